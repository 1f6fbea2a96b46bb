-- Standard replies (标准话术, seed 002: 标准化的解答话术) of a unit, optionally for one of its variants, an issue type and
-- a category, in zh-CN and English, with placeholders filled from the record; how often each was used. Knowledge
-- articles (how-tos, causes and remedies of common defects) of a unit, linked to issue categories; public ones are
-- read by the unit's customers in the portal before they raise an issue.
create table knowledge_article (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    title            varchar(120)  not null,
    body             varchar(4000) not null,
    categories       varchar(400)  null,
    public_article   boolean       not null,
    changed_by       varchar(60)   not null,
    changed_at       datetime(6)   not null
);
create index ix_knowledge_article_unit on knowledge_article (business_unit_id, public_article);

create table standard_reply (
    id               bigint        not null auto_increment primary key,
    version          bigint        not null default 0,
    business_unit_id bigint        not null,
    variant_id       varchar(80)   null,
    title            varchar(120)  not null,
    body_zh          varchar(2000) not null,
    body_en          varchar(2000) null,
    issue_type       varchar(20)   null,
    category_id      varchar(80)   null,
    article_id       bigint        null,
    use_count        int           not null default 0,
    last_used_at     datetime(6)   null,
    created_at       datetime(6)   not null,
    changed_by       varchar(60)   not null,
    changed_at       datetime(6)   not null
);
create index ix_standard_reply_unit on standard_reply (business_unit_id, category_id);
