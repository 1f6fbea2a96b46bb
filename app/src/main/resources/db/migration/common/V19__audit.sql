-- Audit history: one append-only row per change of a record (who, when, from which address, old and new
-- value per field as JSON), chained by hash: each row's hash covers its content and the previous row's hash,
-- and audit_chain keeps the newest hash, so a row changed, removed or inserted outside the app breaks the chain.
create table audit_entry (
    id               bigint       not null auto_increment primary key,
    at               datetime(6)  not null,
    actor            varchar(60)  not null,
    address          varchar(64)  null,
    record_type      varchar(30)  not null,
    record_id        varchar(80)  not null,
    record_label     varchar(200) null,
    business_unit_id bigint       null,
    customer_id      bigint       null,
    action           varchar(10)  not null,
    prev_hash        varchar(64)  not null,
    hash             varchar(64)  not null
);
create index ix_audit_record on audit_entry (record_type, record_id, id);
create index ix_audit_customer on audit_entry (customer_id, id);
create index ix_audit_at on audit_entry (at, id);
create index ix_audit_actor on audit_entry (actor, id);

create table audit_chain (
    id        int      not null primary key,
    last_hash varchar(64) not null,
    entries   bigint   not null
);
insert into audit_chain (id, last_hash, entries) values (1, '0000000000000000000000000000000000000000000000000000000000000000', 0);
-- the audit log's search: a record by the start of its name, its number or the user (each an index, merged)
create index ix_audit_label on audit_entry (record_label);
create index ix_audit_record_id on audit_entry (record_id);
