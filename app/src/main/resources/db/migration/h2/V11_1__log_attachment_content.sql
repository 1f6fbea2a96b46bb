-- H2 (quick start): log attachment content as blob.
alter table communication_attachment add column data blob not null;
