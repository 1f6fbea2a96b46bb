-- Email that a mail server could not take waits in the notification row and is tried again with a
-- growing delay: email_due_at is when (null: nothing to send), email_attempts how often it failed.
alter table notification add column email_attempts int not null default 0;
alter table notification add column email_due_at datetime(6) null;
create index ix_notification_email_due on notification (email_due_at);
