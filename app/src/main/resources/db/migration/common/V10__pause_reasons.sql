-- Why an issue waits on the customer: the core's "customer" (a reply) or a plugin's reason (e.g. a sign-off).
alter table customer_issue add column pause_reason varchar(80) null;
alter table issue_pause add column reason varchar(80) null;
