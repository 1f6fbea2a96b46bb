-- Import (导入): each run with who, when, what and how many rows went where; and each user's last column
-- mapping per kind (the file's header, folded, to the field it fills).
create table import_run (
    id                bigint       not null auto_increment primary key,
    version           bigint       not null default 0,
    username          varchar(60)  not null,
    kind              varchar(12)  not null,
    file_name         varchar(200) not null,
    all_or_nothing    boolean      not null,
    update_duplicates boolean      not null,
    started_at        datetime(6)  not null,
    finished_at       datetime(6)  null,
    status            varchar(10)  not null,
    rows_read         bigint       not null default 0,
    created_count     bigint       not null default 0,
    updated_count     bigint       not null default 0,
    skipped_count     bigint       not null default 0,
    refused_count     bigint       not null default 0,
    has_error_file    boolean      not null default false,
    message           varchar(500) null
);
create index ix_import_run_started on import_run (started_at, id);

create table import_mapping (
    username varchar(60)   not null,
    kind     varchar(12)   not null,
    mapping  varchar(4000) not null,
    primary key (username, kind)
);
