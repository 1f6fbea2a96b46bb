-- H2 (quick start): a survey's answers as JSON in a clob.
alter table survey_request add column answers clob null;
