-- Files attached to communication log entries (photos, minutes, scans); content per dialect in V11_1.
create table communication_attachment (
    id               bigint       not null auto_increment primary key,
    communication_id bigint       not null,
    file_name        varchar(200) not null,
    content_type     varchar(100) not null,
    size_bytes       bigint       not null,
    uploaded_by      varchar(60)  not null,
    uploaded_at      datetime(6)  not null,
    constraint fk_comm_attachment_comm foreign key (communication_id) references communication (id) on delete cascade
);
create index ix_comm_attachment_comm on communication_attachment (communication_id);
