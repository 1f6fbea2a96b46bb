-- The reply with a handling plan a complaint gets (seed 003: within 24 hours, 解决问题的方案): measures, owner, when
-- expected, and when it was given. A complaint's first response counts only with it (or with its feedback).
alter table customer_issue add column plan_measures varchar(1000) null;
alter table customer_issue add column plan_owner varchar(60) null;
alter table customer_issue add column plan_expected_by datetime(6) null;
alter table customer_issue add column plan_given_at datetime(6) null;
alter table customer_issue add column plan_given_by varchar(60) null;
