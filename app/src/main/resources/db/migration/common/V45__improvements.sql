-- Improvement actions (改进措施, seeds 000-004): raised from what showed a shortcoming (a closed complaint, a poor survey
-- answer, a report's row, a campaign's result, a post-project review), with the cause found, the measure, its owner
-- and due day; implemented by its owner, then verified by a manager of the unit (who checked that it worked, when),
-- or found not to work and reopened. Overdue ones climb a ladder (escalation_step: 1 the owner, 2 the managers).
create table improvement (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    source           varchar(20)   not null,
    source_id        bigint        null,
    source_label     varchar(200)  not null,
    cause            varchar(1000) not null,
    measure          varchar(1000) not null,
    owner            varchar(60)   not null,
    due_on           date          not null,
    state            varchar(12)   not null,
    raised_by        varchar(60)   not null,
    raised_at        datetime(6)   not null,
    implemented_at   datetime(6)   null,
    implemented_note varchar(1000) null,
    verified_by      varchar(60)   null,
    verified_at      datetime(6)   null,
    verification     varchar(1000) null,
    escalation_step  int           not null default 0
);
create index ix_improvement_unit on improvement (business_unit_id, state, due_on);
create index ix_improvement_source on improvement (source, source_id);
