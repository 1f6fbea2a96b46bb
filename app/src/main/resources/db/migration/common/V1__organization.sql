-- Business units (业务单元), the users who work in them, and which plugins each unit runs.
-- Written to run unchanged on MariaDB and on H2 in MariaDB mode (the quick start).

create table business_unit (
    id         bigint       not null auto_increment primary key,
    version    bigint       not null default 0,
    code       varchar(40)  not null,
    name       varchar(120) not null,
    created_at datetime(6)  not null,
    constraint uk_business_unit_code unique (code)
);

create table business_unit_plugin (
    business_unit_id bigint      not null,
    plugin_id        varchar(80) not null,
    primary key (business_unit_id, plugin_id),
    constraint fk_bu_plugin_unit foreign key (business_unit_id) references business_unit (id) on delete cascade
);

create table app_user (
    id            bigint       not null auto_increment primary key,
    version       bigint       not null default 0,
    username      varchar(60)  not null,
    display_name  varchar(120) not null,
    password_hash varchar(200) not null,
    locale        varchar(20)  null,
    enabled       boolean      not null default true,
    created_at    datetime(6)  not null,
    constraint uk_app_user_username unique (username)
);

create table app_user_role (
    user_id bigint      not null,
    role    varchar(30) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references app_user (id) on delete cascade
);

create table app_user_business_unit (
    user_id          bigint not null,
    business_unit_id bigint not null,
    primary key (user_id, business_unit_id),
    constraint fk_user_bu_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint fk_user_bu_unit foreign key (business_unit_id) references business_unit (id) on delete cascade
);
create index ix_user_bu_unit on app_user_business_unit (business_unit_id);
