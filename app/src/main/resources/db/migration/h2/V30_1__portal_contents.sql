-- H2 (quick start): what the customer is asked to sign, frozen as JSON when staff ask.
alter table portal_confirmation add column content clob not null;
alter table portal_upload add column data blob not null;
