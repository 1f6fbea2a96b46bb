-- Record-access requests (查阅申请): who asks to read which record of another business unit, why, for which
-- days; the owning unit's manager decides. An approved request is a read-only grant from starts_at to ends_at.
create table access_request (
    id             bigint       not null auto_increment primary key,
    version        bigint       not null default 0,
    requester      varchar(60)  not null,
    record_kind    varchar(10)  not null,
    record_id      bigint       not null,
    record_label   varchar(200) not null,
    owning_unit_id bigint       not null,
    reason         varchar(500) not null,
    first_day      date         not null,
    last_day       date         not null,
    starts_at      datetime(6)  not null,
    ends_at        datetime(6)  not null,
    status         varchar(12)  not null,
    decided_by     varchar(60)  null,
    decided_at     datetime(6)  null,
    decision_note  varchar(500) null,
    created_at     datetime(6)  not null,
    constraint fk_access_request_unit foreign key (owning_unit_id) references business_unit (id)
);
-- every read of another unit's record asks for the reader's running grant on it
create index ix_access_request_grant on access_request (requester, record_kind, record_id, status);
create index ix_access_request_unit on access_request (owning_unit_id, status, created_at);
create index ix_access_request_created on access_request (created_at, id);
