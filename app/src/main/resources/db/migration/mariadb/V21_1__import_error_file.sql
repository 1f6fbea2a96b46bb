-- MariaDB: the error file of a run (original columns plus the reasons), kept apart from the history rows.
create table import_error_file (
    run_id  bigint   not null primary key,
    content longblob not null,
    constraint fk_import_error_file_run foreign key (run_id) references import_run (id)
);
