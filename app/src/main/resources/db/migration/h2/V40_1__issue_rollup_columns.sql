-- H2 (quick start): the same columns as MariaDB's V40_1 (IssueRollups).
alter table customer_issue add column settled boolean generated always as (open_issue = false
    and (first_response_due is null or first_responded_at is not null)
    and (resolution_due is null or resolved_at is not null));
alter table customer_issue add column changed_at timestamp(6) default localtimestamp(6) on update localtimestamp(6)
    not null;
