-- A plan line that asks the customer to confirm receipt (客户确认收到): its tasks keep the ask, and once a task is held
-- the customer confirms in the portal; receipt_confirmed_at is when.
alter table comm_task add column confirm_receipt boolean not null default false;
alter table comm_task add column receipt_confirmed_at datetime(6) null;
