-- Measures kept on each issue for the reports, set when the step happens: minutes of target time (business
-- or calendar, as the issue's rule says, pauses not counted) from raised to the first response and to the
-- resolution; how many next-update deadlines were kept or missed; how often feedback was taken back.
alter table customer_issue add column first_response_taken bigint null;
alter table customer_issue add column resolution_taken bigint null;
alter table customer_issue add column next_update_counted int not null default 0;
alter table customer_issue add column next_update_met int not null default 0;
alter table customer_issue add column reopened_count int not null default 0;

-- KPI scorecard settings per business unit (no row: the seeds' defaults).
create table kpi_settings (
    business_unit_id     bigint      not null primary key,
    version              bigint      not null default 0,
    response_weight      int         not null,
    resolution_weight    int         not null,
    satisfaction_weight  int         not null,
    response_zero_percent int        not null,
    updated_by           varchar(60) not null,
    updated_at           datetime(6) not null
);

-- Periodic documents (月度投诉汇总, 季度管理服务报告, 月度工作简报): drafted on their day, approved, published.
create table periodic_document (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    kind             varchar(30)   not null,
    period_first     date          not null,
    period_last      date          not null,
    due_on           date          not null,
    status           varchar(12)   not null,
    summary          varchar(4000) null,
    remarks          varchar(4000) null,
    drafted_at       datetime(6)   not null,
    refreshed_at     datetime(6)   not null,
    approved_by      varchar(60)   null,
    approved_at      datetime(6)   null,
    published_by     varchar(60)   null,
    published_at     datetime(6)   null,
    constraint uq_periodic_document unique (business_unit_id, kind, period_first)
);
create index ix_periodic_document_unit on periodic_document (business_unit_id, period_first);

-- Scheduled report emails: which report, to whom, how often; one delivery per subscription and period
-- (the primary key makes a second node's or a retried run's send a no-op), with what became of it.
create table report_subscription (
    id           bigint        not null auto_increment primary key,
    version      bigint        not null default 0,
    owner        varchar(60)   not null,
    report       varchar(12)   not null,
    grouping_key varchar(12)   not null,
    frequency    varchar(10)   not null,
    recipients   varchar(1000) not null,
    active       boolean       not null,
    created_at   datetime(6)   not null
);
create index ix_report_subscription_owner on report_subscription (owner);

create table report_delivery (
    subscription_id bigint        not null,
    period_first    date          not null,
    sent_at         datetime(6)   not null,
    recipients      varchar(1000) not null,
    outcome         varchar(20)   not null,
    primary key (subscription_id, period_first)
);
