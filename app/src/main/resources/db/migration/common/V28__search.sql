-- Search (Hibernate Search). With OpenSearch (several nodes) index changes travel through an outbox in this
-- database, which every node polls (Hibernate Search's outbox-polling coordination; its own table layout).
create table hsearch_outbox_event (
    id             uuid          not null primary key,
    entity_name    varchar(256)  not null,
    entity_id      varchar(256)  not null,
    entity_id_hash integer       not null,
    tenant_id      varchar(255)  null,
    retries        integer       not null,
    process_after  datetime(6)   not null,
    status         varchar(16)   not null
);
create index ix_hsearch_outbox_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid          not null primary key,
    type                 varchar(64)   not null,
    name                 varchar(255)  not null,
    tenant_id            varchar(255)  null,
    expiration           datetime(6)   not null,
    state                varchar(16)   not null,
    total_shard_count    integer       null,
    assigned_shard_index integer       null
);

-- With the embedded Lucene index (one node): the node that holds the index. A second node on the same
-- database finds the lease taken and does not serve searches from an index that misses the first one's changes.
create table search_lease (
    id          int          not null primary key,
    holder      varchar(200) not null,
    renewed_at  datetime(6)  not null
);
