-- MariaDB: JSON documents as longtext (up to 4 GB, utf8mb4).
alter table variant_definition add column content longtext not null;
alter table project_form add column answers longtext not null;
alter table project_checklist add column results longtext not null;
