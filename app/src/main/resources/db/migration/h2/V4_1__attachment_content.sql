-- H2 (quick start): file content as blob.
alter table project_attachment add column data blob not null;
