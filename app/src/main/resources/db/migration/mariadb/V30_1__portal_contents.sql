-- MariaDB: what the customer is asked to sign, frozen as JSON when staff ask.
alter table portal_confirmation add column content longtext not null;
alter table portal_upload add column data longblob not null;
