-- MariaDB: file content as longblob (up to 4 GB; the app limits uploads to 20 MB).
alter table project_attachment add column data longblob not null;
