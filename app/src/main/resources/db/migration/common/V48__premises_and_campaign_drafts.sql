-- The kind of premises a unit serves (物业: 住宅 RESIDENTIAL or 写字楼 OFFICE), where a variant's obligations differ by
-- it (the quarterly service report for residential units, the monthly work brief for single-owner offices). Units
-- that ran property management until now served residential estates.
alter table business_unit add column premises_kind varchar(12) null;
update business_unit set premises_kind = 'RESIDENTIAL'
    where id in (select business_unit_id from business_unit_plugin where plugin_id = 'property-management');

-- A survey campaign drafted for its dated obligation (seed 004: the mid-year sampled and the year-end full survey),
-- for the unit's managers to start; campaign_id names the campaign started from it, which fulfils the obligation.
create table campaign_draft (
    id               bigint      not null auto_increment primary key,
    version          bigint      not null default 0,
    business_unit_id bigint      not null,
    variant_id       varchar(80) not null,
    obligation_id    varchar(80) not null,
    template_id      varchar(64) not null,
    due_on           date        not null,
    drafted_at       datetime(6) not null,
    campaign_id      bigint      null,
    started_at       datetime(6) null,
    constraint uq_campaign_draft unique (business_unit_id, obligation_id, due_on)
);
