-- Customer channels both ways (#29): the outbox becomes a queue that a timer works through (claimed by one node at a
-- time), with delivery states, retries with back-off and the channels tried for the fallback; receipts per part.
alter table customer_message add column urgent boolean not null default false;
alter table customer_message add column attempts int not null default 0;
alter table customer_message add column next_attempt_at datetime(6) null;
alter table customer_message add column claimed_by varchar(60) null;
alter table customer_message add column claimed_at datetime(6) null;
alter table customer_message add column tried varchar(200) null;
alter table customer_message add column delivered_at datetime(6) null;
alter table customer_message add column replied_at datetime(6) null;
alter table customer_message add column failed_at datetime(6) null;
alter table customer_message add column reply_text varchar(1000) null;
create index ix_customer_message_due on customer_message (outcome, next_attempt_at);
create index ix_customer_message_address on customer_message (channel, address, sent_at);

-- The gateway's references of a sent message (one per SMS part) and what their receipts said; a receipt that
-- arrives before its message's references were stored waits here with no message id.
create table customer_message_part (
    id          bigint       not null auto_increment primary key,
    message_id  bigint       null,
    channel     varchar(40)  not null,
    reference   varchar(100) not null,
    delivered   boolean      null,
    detail      varchar(300) null,
    receipt_at  datetime(6)  null,
    constraint uq_customer_message_part unique (channel, reference)
);
create index ix_customer_message_part_message on customer_message_part (message_id);

-- How a channel is used: off, record only (the demo: nothing leaves the machine) or live, with its settings (the
-- plain ones as JSON, the secret ones encrypted with the installation's key).
create table channel_config (
    channel_id  varchar(40)   not null primary key,
    version     bigint        not null default 0,
    mode        varchar(12)   not null,
    settings    varchar(4000) null,
    secrets     varchar(4000) null,
    updated_by  varchar(60)   not null,
    updated_at  datetime(6)   not null
);

-- Quiet hours and the daily cap of a business unit (the defaults apply to a unit without a row).
create table channel_unit_rule (
    business_unit_id bigint  not null primary key,
    version          bigint  not null default 0,
    quiet_from       time    not null,
    quiet_until      time    not null,
    daily_cap        int     not null
);

-- A customer's consent (PIPL): per channel ("channel:sms") and per purpose ("purpose:MARKETING"), every decision kept
-- with when and how it was given or withdrawn; the newest decision of a subject is the one in force.
create table customer_consent (
    id               bigint       not null auto_increment primary key,
    customer_id      bigint       not null,
    business_unit_id bigint       not null,
    subject          varchar(40)  not null,
    granted          boolean      not null,
    how              varchar(200) not null,
    recorded_by      varchar(60)  not null,
    recorded_at      datetime(6)  not null
);
create index ix_customer_consent on customer_consent (customer_id, subject, recorded_at);
