-- Return visits (回访) from the plugins' follow-up schedules: one per schedule offset and source (the unique
-- source key: a second run or node makes none twice), due on a working day of the unit's calendar; attempts
-- that did not reach the customer move the due day (planned_on keeps the schedule's day); the outcome of the one that did, with a problem found raising
-- a linked issue; overdue visits climb the escalation ladder (escalation_step).
create table return_visit (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    source_key       varchar(120)  not null,
    business_unit_id bigint        not null,
    variant_id       varchar(64)   not null,
    schedule_id      varchar(64)   not null,
    sequence_no      int           not null,
    offset_text      varchar(20)   not null,
    customer_id      bigint        null,
    customer_name    varchar(200)  not null,
    project_id       bigint        null,
    subject          varchar(300)  not null,
    owner            varchar(60)   null,
    planned_on       date          not null,
    due_on           date          not null,
    state            varchar(12)   not null,
    attempts         int           not null default 0,
    last_attempt_at  datetime(6)   null,
    channel          varchar(12)   null,
    satisfaction     int           null,
    remarks          varchar(1000) null,
    problems         varchar(1000) null,
    raised_issue_id  bigint        null,
    done_at          datetime(6)   null,
    done_by          varchar(60)   null,
    escalation_step  int           not null default 0,
    created_at       datetime(6)   not null,
    constraint uq_return_visit_source unique (source_key)
);
create index ix_return_visit_due on return_visit (state, due_on);
create index ix_return_visit_unit on return_visit (business_unit_id, due_on);
create index ix_return_visit_project on return_visit (project_id);
