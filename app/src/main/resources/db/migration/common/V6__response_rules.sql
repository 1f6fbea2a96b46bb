-- Response-time rules per plugin, as admins keep them: ordered, first match wins. Seeded from the
-- plugin's defaults the first time they are needed; never overwritten by a plugin upgrade.
create table response_rule (
    id                     bigint      not null auto_increment primary key,
    plugin_id              varchar(80) not null,
    position               int         not null,
    enabled                boolean     not null,
    issue_type             varchar(20) null,
    category_id            varchar(80) null,
    urgency                varchar(20) null,
    stage_id               varchar(80) null,
    customer_tier          varchar(40) null,
    first_response_minutes bigint      not null,
    next_update_minutes    bigint      null,
    resolution_minutes     bigint      null,
    business_time          boolean     not null
);
create index ix_response_rule_plugin on response_rule (plugin_id, position);
