-- Messages to customers (survey links, reminders): every one is kept, whatever channel took it or none did,
-- so that staff (admin/outbox) can see what a customer was sent and when.
create table customer_message (
    id               bigint        not null auto_increment primary key,
    customer_id      bigint        not null,
    customer_name    varchar(200)  not null,
    business_unit_id bigint        not null,
    kind             varchar(30)   not null,
    channel          varchar(20)   null,
    address          varchar(200)  null,
    subject          varchar(300)  not null,
    body             varchar(4000) not null,
    created_at       datetime(6)   not null,
    sent_at          datetime(6)   null,
    outcome          varchar(12)   not null,
    detail           varchar(300)  null
);
create index ix_customer_message_customer on customer_message (customer_id, created_at);
create index ix_customer_message_created on customer_message (created_at);

-- Satisfaction surveys (满意度调查): one request per closed case at most (the unique issue id), sent after a
-- delay through a personal single-use link (only its SHA-256 hash is kept), reminded once, answered by the
-- customer or recorded by an agent from a phone call; a poor rating is followed up once (poor_followed_at).
create table survey_request (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    customer_id      bigint        not null,
    customer_name    varchar(200)  not null,
    business_unit_id bigint        not null,
    variant_id       varchar(64)   null,
    issue_id         bigint        null,
    project_id       bigint        null,
    subject          varchar(300)  not null,
    handler          varchar(60)   null,
    trigger_kind     varchar(20)   not null,
    template_id      varchar(64)   not null,
    template_version int           not null,
    state            varchar(12)   not null,
    due_at           datetime(6)   null,
    sent_at          datetime(6)   null,
    reminded_at      datetime(6)   null,
    expires_at       datetime(6)   null,
    token_hash       varchar(64)   null,
    answered_at      datetime(6)   null,
    answered_by      varchar(60)   null,
    answer_channel   varchar(12)   null,
    answer_ip        varchar(64)   null,
    answer_agent     varchar(300)  null,
    rating           int           null,
    poor_followed_at datetime(6)   null,
    skipped_by       varchar(60)   null,
    created_at       datetime(6)   not null,
    constraint uq_survey_request_issue unique (issue_id),
    constraint uq_survey_request_token unique (token_hash)
);
create index ix_survey_request_due on survey_request (state, due_at);
create index ix_survey_request_customer on survey_request (customer_id, sent_at);
create index ix_survey_request_unit on survey_request (business_unit_id, answered_at);
