-- When each user last signed in with their password (shown to administrators).
alter table app_user add column last_sign_in_at datetime(6) null;
