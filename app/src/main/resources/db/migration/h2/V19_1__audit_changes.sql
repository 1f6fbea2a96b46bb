-- H2 (quick start): the changes as clob.
alter table audit_entry add column changes clob not null;
