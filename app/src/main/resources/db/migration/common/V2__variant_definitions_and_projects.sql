-- The JSON columns (definition content, answers, results) differ by dialect: see V2_1 under
-- db/migration/mariadb (longtext) and db/migration/h2 (clob).

-- Every version of every form and checklist a plugin has contributed, kept so that records made
-- under an old version still open against it after the plugin ships a new one.
create table variant_definition (
    id                 bigint       not null auto_increment primary key,
    plugin_id          varchar(80)  not null,
    kind               varchar(20)  not null,
    definition_id      varchar(80)  not null,
    definition_version int          not null,
    registered_at      datetime(6)  not null,
    constraint uk_variant_definition unique (plugin_id, kind, definition_id, definition_version)
);

create table project (
    id               bigint       not null auto_increment primary key,
    version          bigint       not null default 0,
    business_unit_id bigint       not null,
    variant_id       varchar(80)  not null,
    name             varchar(200) not null,
    customer_name    varchar(120) not null,
    address          varchar(300) null,
    current_stage_id varchar(80)  not null,
    completed_at     datetime(6)  null,
    created_at       datetime(6)  not null,
    created_by       varchar(60)  not null,
    constraint fk_project_unit foreign key (business_unit_id) references business_unit (id)
);
create index ix_project_unit_created on project (business_unit_id, created_at);

-- Answers of one form on one project, as JSON keyed by field id, with the form version they were given under.
create table project_form (
    id            bigint      not null auto_increment primary key,
    version       bigint      not null default 0,
    project_id    bigint      not null,
    form_id       varchar(80) not null,
    form_version  int         not null,
    updated_at    datetime(6) not null,
    updated_by    varchar(60) not null,
    constraint uk_project_form unique (project_id, form_id),
    constraint fk_project_form_project foreign key (project_id) references project (id) on delete cascade
);

-- Results of one checklist on one project: item id -> status, remark, photo reference.
create table project_checklist (
    id                bigint      not null auto_increment primary key,
    version           bigint      not null default 0,
    project_id        bigint      not null,
    checklist_id      varchar(80) not null,
    checklist_version int         not null,
    updated_at        datetime(6) not null,
    updated_by        varchar(60) not null,
    constraint uk_project_checklist unique (project_id, checklist_id),
    constraint fk_project_checklist_project foreign key (project_id) references project (id) on delete cascade
);

create table project_sign_off (
    project_id  bigint       not null,
    stage_id    varchar(80)  not null,
    signed_by   varchar(120) not null,
    signed_at   datetime(6)  not null,
    recorded_by varchar(60)  not null,
    primary key (project_id, stage_id),
    constraint fk_sign_off_project foreign key (project_id) references project (id) on delete cascade
);

-- The stage history of a project: each move forward, when and by whom.
create table project_stage_event (
    id         bigint      not null auto_increment primary key,
    project_id bigint      not null,
    from_stage varchar(80) null,
    to_stage   varchar(80) null,
    at         datetime(6) not null,
    by_user    varchar(60) not null,
    constraint fk_stage_event_project foreign key (project_id) references project (id) on delete cascade
);
create index ix_stage_event_project on project_stage_event (project_id, at);
