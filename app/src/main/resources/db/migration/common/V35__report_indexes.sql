-- Covering indexes for the managers' side at a million issues (docs/benchmarks.md): the response-time
-- report, the KPI scorecard and the overview's weekly bars count the issues raised in a period from
-- ix_issue_report alone; the overview's open-issue tiles and bars count from ix_issue_open_counts alone.
create index ix_issue_report on customer_issue (business_unit_id, created_at, assignee, variant_id, category_id,
    urgency, issue_type, status, open_issue, first_response_due, first_responded_at, resolution_due, resolved_at,
    next_update_due, paused_since, next_update_counted, next_update_met, first_response_taken, resolution_taken,
    customer_id, first_response_minutes, resolution_minutes, reopened_count);
create index ix_issue_open_counts on customer_issue (business_unit_id, open_issue, status, urgency, assignee,
    next_due_at, next_alert_at, escalation_step, promised_reply_at, created_at);
-- the KPI scorecard's repeat issues: an earlier issue of the same customer and category, found by key
create index ix_issue_repeat on customer_issue (customer_id, category_id, created_at, business_unit_id);
