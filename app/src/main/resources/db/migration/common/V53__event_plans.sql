-- The yearly community event plan (全年社区文化活动计划, seed 004, 9): at the start of each year a unit plans its community
-- events, at least one a quarter; approved by a manager of the unit, each quarter's community-event obligation task
-- is due on its first planned event's day.
create table event_plan (
    id               bigint      not null auto_increment primary key,
    version          bigint      not null default 0,
    business_unit_id bigint      not null,
    plan_year        int         not null,
    state            varchar(12) not null,
    drafted_by       varchar(60) not null,
    drafted_at       datetime(6) not null,
    approved_by      varchar(60) null,
    approved_at      datetime(6) null,
    constraint uq_event_plan unique (business_unit_id, plan_year)
);

create table event_plan_item (
    id         bigint       not null auto_increment primary key,
    plan_id    bigint       not null,
    planned_on date         not null,
    title      varchar(200) not null,
    constraint fk_event_plan_item foreign key (plan_id) references event_plan (id)
);
