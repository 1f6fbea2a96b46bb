-- MariaDB: log attachment content as longblob (the app limits uploads to 20 MB).
alter table communication_attachment add column data longblob not null;
