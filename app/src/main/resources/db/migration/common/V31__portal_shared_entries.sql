-- Communication log entries staff shared with the customer (shown in the portal's project updates); a log entry
-- is internal until shared. portal_shared_photo holds every shared project file: photos and documents alike.
create table portal_shared_entry (
    log_entry_id bigint      not null primary key,
    customer_id  bigint      not null,
    project_id   bigint      null,
    shared_by    varchar(60) not null,
    shared_at    datetime(6) not null
);
create index ix_portal_entry_customer on portal_shared_entry (customer_id, project_id);
