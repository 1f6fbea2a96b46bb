-- Leads (潜在顾客, seed 001's marketing duty): an enquiry kept before it is a customer, with its source and stage (new,
-- contacted, surveyed, quoted, won, lost with a reason); converting makes the customer and keeps the lead's history
-- (lead_event) on the customer's page.
create table sales_lead (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    name             varchar(120)  not null,
    phone            varchar(40)   not null,
    address          varchar(300)  null,
    source           varchar(16)   not null,
    stage            varchar(12)   not null,
    need             varchar(1000) null,
    lost_reason      varchar(500)  null,
    owner            varchar(60)   not null,
    customer_id      bigint        null,
    created_at       datetime(6)   not null,
    updated_at       datetime(6)   not null
);
create index ix_sales_lead_unit on sales_lead (business_unit_id, stage);

create table lead_event (
    id               bigint        not null auto_increment primary key,
    lead_id          bigint        not null,
    at               datetime(6)   not null,
    by_user          varchar(60)   not null,
    stage            varchar(12)   not null,
    note             varchar(1000) null,
    constraint fk_lead_event_lead foreign key (lead_id) references sales_lead (id)
);
create index ix_lead_event_lead on lead_event (lead_id, at);
