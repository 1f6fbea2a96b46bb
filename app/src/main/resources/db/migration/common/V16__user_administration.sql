-- A password an administrator set (a new user's, a reset one) must be changed by its user at the next
-- sign-in.
alter table app_user add column must_change_password boolean not null default false;
