-- The customer portal (客户端): a customer's access by personal link and one-time code, the codes, every
-- portal action with its address and browser, what staff share with the customer (photos, replies), and the
-- written confirmations the customer signs or rejects (stage inspections and acceptance, change orders), the
-- weekly progress reports; the frozen
-- content of a confirmation is added per dialect (V30_1).

-- the stage a file was added in, so the customer's photo timeline groups it (null for files from before)
alter table project_attachment add column stage_id varchar(80) null;
-- how an issue reached Siteline: null when staff recorded it, 'portal' when the customer raised it there
alter table customer_issue add column channel varchar(20) null;

create table portal_access (
    id               bigint      not null auto_increment primary key,
    version          bigint      not null default 0,
    customer_id      bigint      not null,
    business_unit_id bigint      not null,
    token_hash       varchar(64) not null,
    created_by       varchar(60) not null,
    created_at       datetime(6) not null,
    expires_at       datetime(6) not null,
    revoked_at       datetime(6) null,
    revoked_by       varchar(60) null,
    failed_codes     int         not null default 0,
    locked_until     datetime(6) null,
    constraint uq_portal_access_token unique (token_hash)
);
create index ix_portal_access_customer on portal_access (customer_id);

create table portal_code (
    id         bigint      not null auto_increment primary key,
    version    bigint      not null default 0,
    access_id  bigint      not null,
    purpose    varchar(20) not null,
    subject_id bigint      null,
    code_hash  varchar(64) not null,
    created_at datetime(6) not null,
    expires_at datetime(6) not null,
    used_at    datetime(6) null,
    attempts   int         not null default 0,
    constraint fk_portal_code_access foreign key (access_id) references portal_access (id)
);
create index ix_portal_code_access on portal_code (access_id, created_at);

create table portal_event (
    id               bigint       not null auto_increment primary key,
    customer_id      bigint       not null,
    business_unit_id bigint       not null,
    kind             varchar(40)  not null,
    subject          varchar(300) null,
    ip               varchar(64)  null,
    user_agent       varchar(300) null,
    at               datetime(6)  not null
);
create index ix_portal_event_customer on portal_event (customer_id, at);

create table portal_shared_photo (
    attachment_id bigint       not null primary key,
    project_id    bigint       not null,
    shared_by     varchar(60)  not null,
    shared_at     datetime(6)  not null,
    constraint fk_portal_photo_attachment foreign key (attachment_id) references project_attachment (id) on delete cascade
);
create index ix_portal_photo_project on portal_shared_photo (project_id);

create table portal_confirmation (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    customer_id      bigint        not null,
    project_id       bigint        not null,
    kind             varchar(20)   not null,
    stage_id         varchar(80)   null,
    title            varchar(300)  not null,
    price_delta      decimal(12,2) null,
    days_delta       int           null,
    reviewed_by      varchar(60)   null,
    reviewed_at      datetime(6)   null,
    content_hash     varchar(64)   not null,
    state            varchar(12)   not null,
    requested_by     varchar(60)   not null,
    requested_at     datetime(6)   not null,
    decided_at       datetime(6)   null,
    signer_name      varchar(120)  null,
    reason           varchar(2000) null,
    ip               varchar(64)   null,
    user_agent       varchar(300)  null,
    issue_id         bigint        null
);
create index ix_portal_confirmation_project on portal_confirmation (project_id, state);
create index ix_portal_confirmation_customer on portal_confirmation (customer_id, state);

-- the weekly progress report (每周进度汇报) the project manager sends the customer
create table portal_report (
    id               bigint        not null auto_increment primary key,
    business_unit_id bigint        not null,
    customer_id      bigint        not null,
    project_id       bigint        not null,
    week_start       date          not null,
    body             varchar(4000) not null,
    photo_ids        varchar(1000) null,
    sent_by          varchar(60)   not null,
    sent_at          datetime(6)   not null
);
create index ix_portal_report_project on portal_report (project_id, sent_at);

-- photos the customer sent with an issue raised in the portal (the content column per dialect: V30_1)
create table portal_upload (
    id           bigint       not null auto_increment primary key,
    customer_id  bigint       not null,
    issue_id     bigint       not null,
    file_name    varchar(255) not null,
    content_type varchar(120) not null,
    size_bytes   bigint       not null,
    uploaded_at  datetime(6)  not null,
    uploaded_by  varchar(60)  not null
);
create index ix_portal_upload_issue on portal_upload (issue_id);
