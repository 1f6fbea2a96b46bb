-- Repair and warranty jobs (报修 / 保修): one per repair request (the unique issue id), with the response limit
-- and the on-site limit (上门时限) from the request's response-time rule, dispatch to a technician or crew,
-- arrival, completion (work done, materials, charge), the customer's confirmation; out of warranty only with a
-- quote the customer accepted.
create table repair_job (
    id                bigint         not null auto_increment primary key,
    version           bigint         not null default 0,
    business_unit_id  bigint         not null,
    variant_id        varchar(64)    null,
    issue_id          bigint         not null,
    customer_id       bigint         not null,
    customer_name     varchar(200)   not null,
    project_id        bigint         null,
    title             varchar(300)   not null,
    state             varchar(12)    not null,
    response_due      datetime(6)    null,
    on_site_due       datetime(6)    null,
    in_warranty       boolean        not null,
    warranty_until    date           null,
    quote             decimal(12,2)  null,
    quote_accepted_at datetime(6)    null,
    technician        varchar(100)   null,
    dispatched_at     datetime(6)    null,
    arrived_at        datetime(6)    null,
    completed_at      datetime(6)    null,
    work_done         varchar(2000)  null,
    materials         varchar(1000)  null,
    charge            decimal(12,2)  null,
    confirmed_at      datetime(6)    null,
    confirmed_by      varchar(100)   null,
    created_by        varchar(60)    not null,
    created_at        datetime(6)    not null,
    constraint uq_repair_job_issue unique (issue_id)
);
create index ix_repair_job_unit on repair_job (business_unit_id, state);
create index ix_repair_job_customer on repair_job (customer_id);
