-- Indexes for the grids at a million issues and five million log entries (see docs/benchmarks.md).
-- Each holds a sort column, the id (the tie-breaker, so the index order is the query's order) and the
-- business unit (the scope), plus the most used filter columns: a page's ids are read from the index
-- alone, however deep the page, and only the 50 rows of the page are then fetched.

-- urgency by severity, stored, so that it sorts from an index
alter table customer_issue add column urgency_rank int not null default 2;
update customer_issue set urgency_rank = case urgency when 'URGENT' then 0 when 'IMPORTANT' then 1 else 2 end;
-- no running deadline sorts last: stored as the end of time instead of null
update customer_issue set next_due_at = '9999-12-31 00:00:00' where next_due_at is null;

create index ix_issue_created_grid on customer_issue
    (created_at, id, business_unit_id, status, urgency, issue_type, open_issue, category_id, variant_id, assignee);
create index ix_issue_updated_grid on customer_issue (updated_at, id, business_unit_id, open_issue);
create index ix_issue_customer_grid on customer_issue (customer_name, id, business_unit_id);
create index ix_issue_due_grid on customer_issue
    (next_due_at, id, business_unit_id, open_issue, escalation_step, next_alert_at, paused_since);
create index ix_issue_promised_grid on customer_issue (promised_reply_at, id, business_unit_id, open_issue);
create index ix_issue_urgency_grid on customer_issue (urgency_rank, id, business_unit_id, open_issue);
create index ix_issue_status_grid on customer_issue (status, id, business_unit_id);

create index ix_comm_occurred_grid on communication (occurred_at, id, business_unit_id, channel, author);
create index ix_comm_customer_grid on communication (customer_name, id, business_unit_id);
create index ix_comm_promised_grid on communication (promised_reply_at, id, business_unit_id, replied_at, author);

create index ix_customer_created_grid on customer (created_at, id, business_unit_id, tier, preferred_channel);
create index ix_customer_name_grid on customer (name, id, business_unit_id);
create index ix_customer_updated_grid on customer (updated_at, id, business_unit_id);
