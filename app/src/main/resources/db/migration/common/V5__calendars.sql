-- Public holidays and make-up workdays (调休), national: one row per special date.
create table calendar_day (
    calendar_date date         not null primary key,
    kind          varchar(10)  not null,
    name        varchar(120) not null,
    imported_at datetime(6)  not null,
    imported_by varchar(60)  not null
);

-- Business hours of each business unit: time zone and a week schedule (two ranges a day, the gap
-- between them being the lunch break), Monday to Friday plus make-up workdays.
create table business_hours (
    business_unit_id bigint      not null primary key,
    version          bigint      not null default 0,
    zone             varchar(40) not null,
    morning_start    time        not null,
    morning_end      time        not null,
    afternoon_start  time        not null,
    afternoon_end    time        not null,
    saturday_works   boolean     not null default false,
    updated_at       datetime(6) not null,
    constraint fk_business_hours_unit foreign key (business_unit_id) references business_unit (id) on delete cascade
);
