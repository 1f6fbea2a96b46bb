-- Counts kept ahead (docs/benchmarks.md, IssueRollups): whether an issue's report figures are settled (closed,
-- no running first-response or resolution deadline, so nothing about it changes without a write), and when
-- any column of it last changed, stamped by the database on every write, whoever makes it.
alter table customer_issue
    add column settled boolean as (open_issue = false and (first_response_due is null or first_responded_at is not null)
        and (resolution_due is null or resolved_at is not null)) persistent,
    add column changed_at datetime(6) not null default current_timestamp(6) on update current_timestamp(6);
