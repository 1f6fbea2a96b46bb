-- The escalation ladder per rule: how long before the deadline the handler is warned, and how long
-- after the breach the managers are told (empty: derived from the target). Copied onto the issue.
alter table response_rule add column warn_lead_minutes bigint null;
alter table response_rule add column escalate_after_minutes bigint null;
alter table customer_issue add column warn_lead_minutes bigint null;
alter table customer_issue add column escalate_after_minutes bigint null;
