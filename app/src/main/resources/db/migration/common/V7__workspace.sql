-- The agent workspace: customer records, communication log, customer issues, and per-user grid settings.
-- Every row carries its business unit; indexes follow the grids' default sorts and filters (see
-- docs/workspace.md and the workspace benchmark).

create table customer (
    id                   bigint        not null auto_increment primary key,
    version              bigint        not null default 0,
    business_unit_id     bigint        not null,
    name                 varchar(120)  not null,
    phone                varchar(40)   not null,
    phone2               varchar(40)   null,
    wechat_id            varchar(60)   null,
    email                varchar(120)  null,
    address              varchar(300)  null,
    tier                 varchar(20)   not null,
    tags                 varchar(300)  null,
    preferred_channel    varchar(20)   not null,
    special_requirements varchar(1000) null,
    notes                varchar(2000) null,
    created_at           datetime(6)   not null,
    updated_at           datetime(6)   not null,
    constraint fk_customer_unit foreign key (business_unit_id) references business_unit (id)
);
create index ix_customer_unit_created on customer (business_unit_id, created_at);
create index ix_customer_unit_name on customer (business_unit_id, name);
create index ix_customer_unit_tier on customer (business_unit_id, tier, created_at);
create index ix_customer_phone on customer (phone);

alter table project add column customer_id bigint null;
alter table project add column project_manager varchar(60) null;
alter table project add column designer varchar(60) null;
alter table project add column agent varchar(60) null;
alter table project add column contract_value decimal(14, 2) null;
alter table project add column planned_start date null;
alter table project add column planned_end date null;
alter table project add column actual_start date null;
alter table project add column actual_end date null;
create index ix_project_customer on project (customer_id);

create table customer_issue (
    id                bigint        not null auto_increment primary key,
    version           bigint        not null default 0,
    business_unit_id  bigint        not null,
    customer_id       bigint        not null,
    customer_name     varchar(120)  not null,
    project_id        bigint        null,
    variant_id        varchar(80)   null,
    title             varchar(200)  not null,
    description       varchar(4000) null,
    issue_type        varchar(20)   not null,
    category_id       varchar(80)   null,
    urgency           varchar(12)   not null,
    status            varchar(20)   not null,
    open_issue        boolean       not null,
    assignee          varchar(60)   null,
    reviewer          varchar(60)   null,
    root_cause        varchar(2000) null,
    resolution        varchar(2000) null,
    verdict           varchar(20)   null,
    tags              varchar(300)  null,
    promised_reply_at datetime(6)   null,
    reported_by       varchar(60)   not null,
    created_at        datetime(6)   not null,
    updated_at        datetime(6)   not null,
    classified_at     datetime(6)   null,
    assigned_at       datetime(6)   null,
    handling_at       datetime(6)   null,
    feedback_at       datetime(6)   null,
    closed_at         datetime(6)   null,
    revisited_at      datetime(6)   null,
    constraint fk_issue_unit foreign key (business_unit_id) references business_unit (id),
    constraint fk_issue_customer foreign key (customer_id) references customer (id)
);
create index ix_issue_unit_created on customer_issue (business_unit_id, created_at);
create index ix_issue_unit_updated on customer_issue (business_unit_id, updated_at);
create index ix_issue_unit_status on customer_issue (business_unit_id, status, created_at);
create index ix_issue_unit_urgency on customer_issue (business_unit_id, urgency, created_at);
create index ix_issue_unit_type on customer_issue (business_unit_id, issue_type, created_at);
create index ix_issue_unit_variant on customer_issue (business_unit_id, variant_id, created_at);
create index ix_issue_unit_open_promise on customer_issue (business_unit_id, open_issue, promised_reply_at);
create index ix_issue_assignee on customer_issue (assignee, open_issue, created_at);
create index ix_issue_customer on customer_issue (customer_id, created_at);
create index ix_issue_project on customer_issue (project_id);

-- Status changes and other steps of an issue, for its timeline.
create table issue_event (
    id          bigint        not null auto_increment primary key,
    issue_id    bigint        not null,
    occurred_at datetime(6)   not null,
    actor       varchar(60)   not null,
    kind        varchar(20)   not null,
    from_status varchar(20)   null,
    to_status   varchar(20)   null,
    detail      varchar(1000) null,
    constraint fk_issue_event_issue foreign key (issue_id) references customer_issue (id) on delete cascade
);
create index ix_issue_event_issue on issue_event (issue_id, occurred_at);

create table communication (
    id                bigint        not null auto_increment primary key,
    version           bigint        not null default 0,
    business_unit_id  bigint        not null,
    customer_id       bigint        not null,
    customer_name     varchar(120)  not null,
    project_id        bigint        null,
    issue_id          bigint        null,
    occurred_at       datetime(6)   not null,
    place             varchar(200)  null,
    channel           varchar(20)   not null,
    participants      varchar(300)  null,
    content           varchar(4000) not null,
    outcome           varchar(1000) null,
    promised_reply_at datetime(6)   null,
    replied_at        datetime(6)   null,
    author            varchar(60)   not null,
    created_at        datetime(6)   not null,
    constraint fk_communication_unit foreign key (business_unit_id) references business_unit (id),
    constraint fk_communication_customer foreign key (customer_id) references customer (id)
);
create index ix_comm_unit_occurred on communication (business_unit_id, occurred_at);
create index ix_comm_unit_channel on communication (business_unit_id, channel, occurred_at);
create index ix_comm_unit_promise on communication (business_unit_id, replied_at, promised_reply_at);
create index ix_comm_customer on communication (customer_id, occurred_at);
create index ix_comm_issue on communication (issue_id, occurred_at);
create index ix_comm_author_promise on communication (author, replied_at, promised_reply_at);

-- A user's column layout of one grid (visibility, order, width), as JSON.
create table grid_preference (
    id         bigint       not null auto_increment primary key,
    username   varchar(60)  not null,
    grid_id    varchar(40)  not null,
    columns    varchar(4000) not null,
    updated_at datetime(6)  not null,
    constraint uk_grid_preference unique (username, grid_id)
);

-- Saved grid views (filters, search, sort): private to their owner or shared with everyone.
create table saved_view (
    id         bigint        not null auto_increment primary key,
    owner      varchar(60)   not null,
    grid_id    varchar(40)   not null,
    name       varchar(80)   not null,
    shared     boolean       not null,
    query      varchar(4000) not null,
    created_at datetime(6)   not null
);
create index ix_saved_view_grid on saved_view (grid_id, owner);
