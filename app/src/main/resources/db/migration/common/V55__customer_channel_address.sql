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
