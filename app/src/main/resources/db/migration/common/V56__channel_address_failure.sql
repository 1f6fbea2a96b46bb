-- An address a channel could not deliver to (an e-mail bounce): the outbox skips it for the customer's next channel
-- until siteline.channels.failing-days have passed or the customer's address changes.
create table channel_address_failure (
    id         bigint       not null auto_increment primary key,
    channel_id varchar(40)  not null,
    address    varchar(200) not null,
    detail     varchar(300) null,
    failed_at  datetime(6)  not null,
    constraint uq_channel_address_failure unique (channel_id, address)
);
