-- Bulk exports (不得擅自复制): the most rows a role may export at once; over it the export is refused and the attempt
-- kept in the audit log. Null: no limit. A user with several roles has the largest of their limits.
create table export_limit (
    role       varchar(20) not null primary key,
    version    bigint      not null default 0,
    max_rows   int         null,
    updated_by varchar(60) not null,
    updated_at datetime(6) not null
);
insert into export_limit (role, max_rows, updated_by, updated_at) values
    ('AGENT', 1000, 'system', current_timestamp(6)),
    ('PROJECT_MANAGER', 1000, 'system', current_timestamp(6)),
    ('MANAGER', 20000, 'system', current_timestamp(6)),
    ('ADMIN', null, 'system', current_timestamp(6));
