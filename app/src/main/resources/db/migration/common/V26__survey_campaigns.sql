-- Survey campaigns (seed 004): a unit's mid-year sampled or year-end full survey from a plugin's template, its
-- numbers (focus share, sample rate, target response rate) as set for it, and the seed its sample was drawn with;
-- each member is a survey request of the campaign with the segment that put them in and why.
create table survey_campaign (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    variant_id       varchar(64)   not null,
    template_id      varchar(64)   not null,
    template_version int           not null,
    focus_share      double        not null,
    sample_rate      double        not null,
    target_rate      double        not null,
    seed             bigint        not null,
    candidates       int           not null,
    ends_on          date          not null,
    reminder_waves   int           not null default 0,
    created_by       varchar(60)   not null,
    created_at       datetime(6)   not null
);
create index ix_survey_campaign_unit on survey_campaign (business_unit_id, created_at);

alter table survey_request add column campaign_id bigint null;
alter table survey_request add column segment varchar(8) null;
alter table survey_request add column reason varchar(60) null;
create index ix_survey_request_campaign on survey_request (campaign_id, state);
