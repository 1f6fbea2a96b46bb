-- Recurring obligations (周期性义务) of each unit, from its plugins' declarations: one task per obligation and
-- period (the unique key: a second node or run makes none twice), due on its day; done by the record that
-- fulfils it (a published periodic document, a held event or meeting) or by a manager's note; overdue ones
-- escalate (escalation_step).
create table obligation_task (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    variant_id       varchar(64)   not null,
    obligation_id    varchar(64)   not null,
    period_first     date          not null,
    period_last      date          not null,
    due_on           date          not null,
    state            varchar(8)    not null,
    done_at          datetime(6)   null,
    done_by          varchar(60)   null,
    fulfilled_by     varchar(12)   null,
    fulfilment_ref   bigint        null,
    held_on          date          null,
    attendance       int           null,
    evaluation       varchar(2000) null,
    escalation_step  int           not null default 0,
    created_at       datetime(6)   not null,
    constraint uq_obligation_task unique (business_unit_id, obligation_id, period_first)
);
create index ix_obligation_task_due on obligation_task (state, due_on);
