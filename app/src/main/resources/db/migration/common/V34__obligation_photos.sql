-- Photos of a community event or owners' meeting recorded as an obligation done; the content per dialect (V34_1).
create table obligation_photo (
    id           bigint       not null auto_increment primary key,
    task_id      bigint       not null,
    file_name    varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null,
    uploaded_at  datetime(6)  not null,
    uploaded_by  varchar(60)  not null,
    constraint fk_obligation_photo_task foreign key (task_id) references obligation_task (id) on delete cascade
);
create index ix_obligation_photo_task on obligation_photo (task_id);
