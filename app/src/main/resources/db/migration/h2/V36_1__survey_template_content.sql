-- H2 (quick start): an administrator's survey template as JSON (the SDK's SurveyTemplate).
alter table survey_template add column content clob not null;
