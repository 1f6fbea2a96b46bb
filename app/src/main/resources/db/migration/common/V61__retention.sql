-- Retention (保存期限, 档案管理规定): a period per record type after which a record is archived (read-only, out of the
-- grids and the search, still in the figures and the audit history) or deleted; holds (保全) per customer or project
-- that keep their records whatever the period. The defaults are the rules' first values (docs/security.md says why).
create table retention_rule (
    record_type varchar(20) not null primary key,
    version     bigint      not null default 0,
    months      int         null,
    updated_by  varchar(60) not null,
    updated_at  datetime(6) not null
);
insert into retention_rule (record_type, months, updated_by, updated_at) values
    ('LOG_ENTRY', 36, 'system', current_timestamp(6)),
    ('ISSUE', 36, 'system', current_timestamp(6)),
    ('PROJECT', 120, 'system', current_timestamp(6)),
    ('ATTACHMENT', 60, 'system', current_timestamp(6)),
    ('PORTAL_EVENT', 12, 'system', current_timestamp(6)),
    ('AUDIT', null, 'system', current_timestamp(6));

create table retention_hold (
    id               bigint       not null auto_increment primary key,
    version          bigint       not null default 0,
    business_unit_id bigint       not null,
    customer_id      bigint       null,
    project_id       bigint       null,
    reason           varchar(500) not null,
    held_by          varchar(60)  not null,
    held_at          datetime(6)  not null,
    released_by      varchar(60)  null,
    released_at      datetime(6)  null
);
create index ix_retention_hold_customer on retention_hold (customer_id, released_at);
create index ix_retention_hold_project on retention_hold (project_id, released_at);

alter table communication add column archived_at datetime(6) null;
alter table customer_issue add column archived_at datetime(6) null;
alter table project add column archived_at datetime(6) null;
create index ix_communication_retention on communication (archived_at, occurred_at);
create index ix_customer_issue_retention on customer_issue (archived_at, closed_at);
-- a survey's answer: its words, address and browser cleared after the period (the rating stays for the figures)
insert into retention_rule (record_type, months, updated_by, updated_at) values
    ('SURVEY_ANSWER', 36, 'system', current_timestamp(6));
