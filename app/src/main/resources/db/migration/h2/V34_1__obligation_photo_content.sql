-- H2 (quick start): an obligation photo's content as blob.
alter table obligation_photo add column data blob not null;
