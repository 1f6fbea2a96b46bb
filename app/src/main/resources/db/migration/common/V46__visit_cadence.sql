-- How often a unit visits its important customers (定期拜访重要顾客 / 定期走访客户, 分层管理): every n months for
-- VIP and for key customers (0: not by cadence). Units without a row use the defaults (VIP monthly, key quarterly).
create table visit_cadence (
    business_unit_id bigint      not null primary key,
    version          bigint      not null default 0,
    vip_months       int         not null,
    key_months       int         not null,
    changed_by       varchar(60) not null,
    changed_at       datetime(6) not null
);
