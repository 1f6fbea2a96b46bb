-- MariaDB: a job photo's content as longblob.
alter table job_photo add column data longblob not null;
