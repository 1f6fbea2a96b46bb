-- Communication plans (沟通计划, seed 001): each project's plan in versions. A version is drafted (from the variant's
-- default or the plan in force), submitted, reviewed by the project's lead (项目负责人审核) and approved by a manager
-- of the unit (上级领导批准); then it is in force and the version before it is superseded.
create table comm_plan (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    project_id       bigint        not null,
    plan_version     int           not null,
    state            varchar(12)   not null,
    author           varchar(60)   not null,
    created_at       datetime(6)   not null,
    submitted_at     datetime(6)   null,
    reviewed_by      varchar(60)   null,
    reviewed_at      datetime(6)   null,
    approved_by      varchar(60)   null,
    approved_at      datetime(6)   null,
    superseded_at    datetime(6)   null,
    returned_by      varchar(60)   null,
    returned_note    varchar(500)  null,
    constraint uq_comm_plan unique (project_id, plan_version)
);
create index ix_comm_plan_state on comm_plan (state, project_id);

-- The lines of a plan version: goal, content, audience, the record that shows it held (a log entry of a channel or
-- the weekly report), its rhythm (every n weeks during stages; on entering a stage; on completion), its owner (a
-- role on the project's team or a named user) and whether the customer confirms receipt. line_key is kept across
-- versions: a line's tasks stay its own when the plan is changed.
create table comm_plan_line (
    id              bigint        not null auto_increment primary key,
    plan_id         bigint        not null,
    position        int           not null,
    line_key        varchar(64)   not null,
    goal            varchar(200)  not null,
    content         varchar(1000) not null,
    audience        varchar(200)  not null,
    held_by         varchar(16)   not null,
    channel         varchar(12)   null,
    rhythm          varchar(20)   not null,
    every_weeks     int           null,
    stages          varchar(800)  null,
    trigger_stage   varchar(80)   null,
    within_days     int           null,
    owner_role      varchar(20)   null,
    owner_user      varchar(60)   null,
    confirm_receipt boolean       not null,
    constraint fk_comm_plan_line_plan foreign key (plan_id) references comm_plan (id),
    constraint uq_comm_plan_line unique (plan_id, line_key)
);

-- Communication tasks: one per plan line and period (or trigger day) of a project; the unique key makes a second
-- node or run make none twice. Held by the record that shows it (a log entry or a weekly report: a record holds
-- one task, the second unique key), on time or late; closed as missed with a reason; cancelled when a later plan
-- drops its line. Overdue tasks climb a ladder (escalation_step: 1 the owner, 2 the project's manager).
create table comm_task (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    project_id       bigint        not null,
    project_name     varchar(200)  not null,
    plan_id          bigint        not null,
    line_key         varchar(64)   not null,
    goal             varchar(200)  not null,
    held_by          varchar(16)   not null,
    channel          varchar(12)   null,
    owner            varchar(60)   not null,
    period_first     date          not null,
    period_last      date          not null,
    due_on           date          not null,
    state            varchar(10)   not null,
    held_at          datetime(6)   null,
    record_kind      varchar(16)   null,
    record_id        bigint        null,
    closed_by        varchar(60)   null,
    note             varchar(500)  null,
    escalation_step  int           not null default 0,
    created_at       datetime(6)   not null,
    constraint uq_comm_task unique (project_id, line_key, period_first),
    constraint uq_comm_task_record unique (record_kind, record_id)
);
create index ix_comm_task_due on comm_task (business_unit_id, state, due_on);
create index ix_comm_task_owner on comm_task (owner, state, due_on);

-- What the customer must do next week, written in the weekly report (seed 002: 需客户配合事项).
alter table portal_report add column customer_next varchar(1000) null;
