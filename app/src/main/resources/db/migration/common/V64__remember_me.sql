-- A persistent sign-in (#31): Spring Security's persistent remember-me tokens, one row a device a user chose to stay
-- signed in on. A token is a random series and value, the value replaced at every use (a stolen cookie used once
-- is detected and every token of the user deleted); signing out, a password change or a deactivation deletes them.
create table persistent_logins (
    username  varchar(64) not null,
    series    varchar(64) not null primary key,
    token     varchar(64) not null,
    last_used timestamp   not null
);
create index persistent_logins_user on persistent_logins (username);
