-- Filters that pick one value (status, variant, assignee, category) ordered newest first: the equality
-- columns lead, then the sort in its direction (descending parts, so a mixed "status, newest" sort reads
-- the index too), the id and the business unit. See docs/benchmarks.md.
create index ix_issue_status_sort on customer_issue (status, created_at desc, id desc, business_unit_id);
create index ix_issue_variant_sort on customer_issue (variant_id, open_issue, created_at desc, id desc, business_unit_id);
create index ix_issue_assignee_sort on customer_issue (assignee, open_issue, created_at desc, id desc, business_unit_id);
create index ix_issue_category_sort on customer_issue (category_id, created_at desc, id desc, business_unit_id);
create index ix_comm_promise_open_sort on communication
    (replied_at, occurred_at desc, id desc, business_unit_id, promised_reply_at);
