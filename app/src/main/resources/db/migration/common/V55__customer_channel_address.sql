-- A customer's address on a channel of its own (a WeChat Work group robot's webhook key): entered on the customer's
-- page, one per customer and channel.
create table customer_channel_address (
    id               bigint       not null auto_increment primary key,
    version          bigint       not null default 0,
    customer_id      bigint       not null,
    business_unit_id bigint       not null,
    channel_id       varchar(40)  not null,
    address          varchar(200) not null,
    updated_by       varchar(60)  not null,
    updated_at       datetime(6)  not null,
    constraint uq_customer_channel_address unique (customer_id, channel_id)
);

-- A message may name the channel to try first (a customer who did not get a code by SMS asks for it by e-mail).
alter table customer_message add column channel_first varchar(40) null;

-- What a message is about (a survey's issue, a report's project): the customer's answer is logged with it.
alter table customer_message add column issue_id bigint null;
alter table customer_message add column project_id bigint null;

-- A customer who lost their invitation asks for a new link with a phone number or an e-mail address: every request
-- is kept by the address's hash (known or not), so requests are limited per address and per customer.
create table portal_link_request (
    id           bigint      not null auto_increment primary key,
    address_hash varchar(64) not null,
    customer_id  bigint      null,
    ip           varchar(64) null,
    at           datetime(6) not null
);
create index ix_portal_link_request_address on portal_link_request (address_hash, at);
create index ix_portal_link_request_customer on portal_link_request (customer_id, at);
