-- MariaDB: an obligation photo's content as longblob.
alter table obligation_photo add column data longblob not null;
