-- Complaint handling in depth (seeds 001, 003): the responsible team (责任部门) and the supporting teams (相关部门配合)
-- of an issue, its cause category and impacts beside the root-cause text, the notes its parties add, and
-- compensation (补偿) approved by the level whose authority covers the amount (limits per unit and level).
create table complaint_handling (
    id                  bigint       not null auto_increment primary key,
    version             bigint       not null default 0,
    business_unit_id    bigint       not null,
    issue_id            bigint       not null,
    responsible_team_id bigint       null,
    cause_category      varchar(20)  null,
    impacts             varchar(80)  null,
    changed_by          varchar(60)  not null,
    changed_at          datetime(6)  not null,
    constraint uq_complaint_handling_issue unique (issue_id)
);

-- The supporting teams of an issue, one row each.
create table complaint_party (
    id               bigint      not null auto_increment primary key,
    business_unit_id bigint      not null,
    issue_id         bigint      not null,
    team_id          bigint      not null,
    added_by         varchar(60) not null,
    added_at         datetime(6) not null,
    constraint uq_complaint_party unique (issue_id, team_id)
);

-- What the handler, the teams and the unit's managers write on an issue while it is handled.
create table complaint_note (
    id               bigint        not null auto_increment primary key,
    business_unit_id bigint        not null,
    issue_id         bigint        not null,
    author           varchar(60)   not null,
    team_id          bigint        null,
    body             varchar(2000) not null,
    written_at       datetime(6)   not null
);
create index ix_complaint_note_issue on complaint_note (issue_id, written_at);

-- A compensation (补偿) proposed on an issue: the level its amount needs when proposed; decided by someone other than
-- the proposer and the issue's handler whose level's limit covers the amount; given to the customer when approved.
create table compensation (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    issue_id         bigint        not null,
    issue_title      varchar(200)  not null,
    amount           decimal(12,2) not null,
    reason           varchar(1000) not null,
    level_needed     varchar(16)   not null,
    state            varchar(12)   not null,
    proposed_by      varchar(60)   not null,
    proposed_at      datetime(6)   not null,
    decided_by       varchar(60)   null,
    decided_at       datetime(6)   null,
    decision_note    varchar(1000) null,
    given_by         varchar(60)   null,
    given_at         datetime(6)   null
);
create index ix_compensation_unit on compensation (business_unit_id, state);
create index ix_compensation_issue on compensation (issue_id);

-- Up to which amount each level of a unit may approve compensation (administrators set it; units without a row use
-- the defaults: team lead 500, unit manager 5,000, company 50,000 yuan).
create table compensation_limit (
    business_unit_id bigint        not null primary key,
    version          bigint        not null default 0,
    team_lead_max    decimal(12,2) not null,
    manager_max      decimal(12,2) not null,
    company_max      decimal(12,2) not null,
    changed_by       varchar(60)   not null,
    changed_at       datetime(6)   not null
);
