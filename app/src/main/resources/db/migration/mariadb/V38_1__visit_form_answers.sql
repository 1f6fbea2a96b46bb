-- MariaDB: a return visit's answers to its variant's visit form, as JSON.
alter table return_visit add column form_answers longtext null;
