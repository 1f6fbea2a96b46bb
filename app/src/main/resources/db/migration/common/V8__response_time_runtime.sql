-- Response-time runtime: the deadlines of each issue (targets copied from the rule that matched when
-- the issue was raised or reclassified), its pauses, the alerts due, notifications, and db-scheduler's
-- task table.

alter table customer_issue add column rule_plugin varchar(80) null;
alter table customer_issue add column rule_number int null;
alter table customer_issue add column business_time boolean null;
alter table customer_issue add column first_response_minutes bigint null;
alter table customer_issue add column next_update_minutes bigint null;
alter table customer_issue add column resolution_minutes bigint null;
alter table customer_issue add column first_response_due datetime(6) null;
alter table customer_issue add column next_update_due datetime(6) null;
alter table customer_issue add column resolution_due datetime(6) null;
alter table customer_issue add column first_responded_at datetime(6) null;
alter table customer_issue add column last_update_at datetime(6) null;
alter table customer_issue add column resolved_at datetime(6) null;
alter table customer_issue add column paused_since datetime(6) null;
alter table customer_issue add column next_due_at datetime(6) null;
alter table customer_issue add column next_alert_at datetime(6) null;
alter table customer_issue add column escalation_step int not null default 0;
-- "breaching soonest first" within a unit, and the sweep of alerts that are due (nearing, breach, escalation)
create index ix_issue_unit_open_due on customer_issue (business_unit_id, open_issue, next_due_at);
create index ix_issue_next_alert on customer_issue (next_alert_at);

-- Times an issue's clock stood still (waiting for the customer), kept exact across any number of pauses.
create table issue_pause (
    id          bigint      not null auto_increment primary key,
    issue_id    bigint      not null,
    paused_from datetime(6) not null,
    paused_to   datetime(6) null,
    constraint fk_issue_pause_issue foreign key (issue_id) references customer_issue (id) on delete cascade
);
create index ix_issue_pause_issue on issue_pause (issue_id, paused_from);

alter table app_user add column email varchar(120) null;

-- In-app notifications; the dedup key makes each alert exist once, whichever node raised it.
create table notification (
    id         bigint        not null auto_increment primary key,
    recipient  varchar(60)   not null,
    issue_id   bigint        null,
    kind       varchar(30)   not null,
    dedup_key  varchar(160)  not null,
    title      varchar(300)  not null,
    body       varchar(1000) null,
    created_at datetime(6)   not null,
    read_at    datetime(6)   null,
    emailed_at datetime(6)   null,
    constraint uk_notification_dedup unique (dedup_key)
);
create index ix_notification_recipient on notification (recipient, read_at, created_at);

-- db-scheduler (cluster-safe persistent timers), per its MySQL schema with datetime columns.
create table scheduled_tasks (
    task_name            varchar(100) not null,
    task_instance        varchar(100) not null,
    task_data            blob         null,
    execution_time       datetime(6)  not null,
    picked               boolean      not null,
    picked_by            varchar(50)  null,
    last_success         datetime(6)  null,
    last_failure         datetime(6)  null,
    consecutive_failures int          null,
    last_heartbeat       datetime(6)  null,
    version              bigint       not null,
    priority             smallint     null,
    primary key (task_name, task_instance)
);
create index ix_scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index ix_scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index ix_scheduled_tasks_priority_time on scheduled_tasks (priority, execution_time);

-- Promised replies whose author must still be told they fell due.
alter table communication add column promise_alert_at datetime(6) null;
create index ix_comm_promise_alert on communication (promise_alert_at);
