-- Training sessions (内部培训, 沟通技能培训, 人员培训; seeds 000-003) of a unit: topic, trainer, day, material, the
-- staff asked and whether each attended and passed its short test or signed off; a session may be the measure of an
-- improvement action (implemented when it is held with someone attending).
create table training_session (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    topic            varchar(200)  not null,
    trainer          varchar(120)  not null,
    held_on          date          not null,
    material         varchar(2000) null,
    improvement_id   bigint        null,
    state            varchar(12)   not null,
    planned_by       varchar(60)   not null,
    planned_at       datetime(6)   not null,
    recorded_by      varchar(60)   null,
    recorded_at      datetime(6)   null
);
create index ix_training_session_unit on training_session (business_unit_id, held_on);

create table training_attendee (
    id               bigint      not null auto_increment primary key,
    session_id       bigint      not null,
    username         varchar(60) not null,
    attended         boolean     not null default false,
    passed           boolean     null,
    constraint fk_training_attendee foreign key (session_id) references training_session (id),
    constraint uq_training_attendee unique (session_id, username)
);
create index ix_training_attendee_user on training_attendee (username);
