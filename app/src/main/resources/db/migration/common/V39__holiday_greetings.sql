-- Holiday greetings (节日问候): before a public holiday (or an occasion staff name), one line per after-sales
-- customer of a unit, greeted by message or by phone, or skipped. One greeting per customer and occasion.
create table holiday_greeting (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    occasion         varchar(60)   not null,
    occasion_on      date          not null,
    customer_id      bigint        not null,
    customer_name    varchar(200)  not null,
    state            varchar(12)   not null,
    note             varchar(500)  null,
    done_by          varchar(60)   null,
    done_at          datetime(6)   null,
    prepared_by      varchar(60)   not null,
    created_at       datetime(6)   not null,
    constraint uq_holiday_greeting unique (business_unit_id, occasion_on, customer_id)
);
create index ix_holiday_greeting_unit on holiday_greeting (business_unit_id, occasion_on, state);
