-- Photos the technician took when completing a repair job (before and after); the content per dialect (V32_1).
create table job_photo (
    id           bigint       not null auto_increment primary key,
    job_id       bigint       not null,
    file_name    varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null,
    uploaded_at  datetime(6)  not null,
    uploaded_by  varchar(60)  not null,
    constraint fk_job_photo_job foreign key (job_id) references repair_job (id) on delete cascade
);
create index ix_job_photo_job on job_photo (job_id);
