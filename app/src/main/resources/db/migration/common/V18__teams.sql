-- Teams (客服组 / 班组) inside business units, each with a lead: the escalation ladder's "team lead" step
-- goes to the lead of the handler's team.
create table team (
    id               bigint       not null auto_increment primary key,
    version          bigint       not null default 0,
    business_unit_id bigint       not null,
    name             varchar(80)  not null,
    lead_username    varchar(60)  null,
    created_at       datetime(6)  not null,
    constraint uk_team_unit_name unique (business_unit_id, name),
    constraint fk_team_unit foreign key (business_unit_id) references business_unit (id)
);
create table team_member (
    team_id  bigint      not null,
    username varchar(60) not null,
    primary key (team_id, username),
    constraint fk_team_member_team foreign key (team_id) references team (id) on delete cascade
);
create index ix_team_member_user on team_member (username);
