-- H2 (quick start): a job photo's content as blob.
alter table job_photo add column data blob not null;
