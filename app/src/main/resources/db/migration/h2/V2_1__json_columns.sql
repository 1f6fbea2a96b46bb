-- H2 (quick start): JSON documents as clob; H2 reads MariaDB's longtext as varchar, which is not a lob.
alter table variant_definition add column content clob not null;
alter table project_form add column answers clob not null;
alter table project_checklist add column results clob not null;
