-- Personal-information requests (个人信息主体权利, PIPL): a customer's erasure asked by staff on their behalf or by the
-- customer in the portal, decided by a manager of the unit who did not ask; an approved erasure anonymises the
-- customer's personal values in every table (the business records and figures stay) and is kept here without them.
create table privacy_request (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    customer_id      bigint        not null,
    business_unit_id bigint        not null,
    source           varchar(10)   not null,
    status           varchar(10)   not null,
    reason           varchar(500)  not null,
    requested_by     varchar(60)   not null,
    requested_at     datetime(6)   not null,
    decided_by       varchar(60)   null,
    decided_at       datetime(6)   null,
    decision_note    varchar(500)  null,
    summary          varchar(1000) null
);
create index ix_privacy_request_unit on privacy_request (business_unit_id, status, requested_at);
create index ix_privacy_request_customer on privacy_request (customer_id, id);

-- when the customer's personal values were erased (the record stays for the figures, read-only from then on)
alter table customer add column erased_at datetime(6) null;
