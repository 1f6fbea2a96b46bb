-- MariaDB: a survey's answers as JSON in longtext.
alter table survey_request add column answers longtext null;
