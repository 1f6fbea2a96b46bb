-- Survey templates made by administrators (beside the plugins' own): every version kept, so an answer is
-- always read against the questions it was given; retired ones are no longer offered for new campaigns.
create table survey_template (
    id               bigint        not null auto_increment primary key,
    template_id      varchar(64)   not null,
    template_version int           not null,
    title            varchar(200)  not null,
    active           boolean       not null,
    created_by       varchar(60)   not null,
    created_at       datetime(6)   not null,
    constraint uq_survey_template unique (template_id, template_version)
);
