-- Files attached to a project's forms and checklist items (photos, drawings, signed documents).
-- The content column differs by dialect: see V4_1 under db/migration/mariadb and db/migration/h2.
create table project_attachment (
    id           bigint       not null auto_increment primary key,
    project_id   bigint       not null,
    file_name    varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null,
    uploaded_at  datetime(6)  not null,
    uploaded_by  varchar(60)  not null,
    constraint fk_attachment_project foreign key (project_id) references project (id) on delete cascade
);
create index ix_attachment_project on project_attachment (project_id);
