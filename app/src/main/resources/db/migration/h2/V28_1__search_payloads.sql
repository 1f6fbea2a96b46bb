-- H2 (quick start): the search outbox's payloads as blob.
alter table hsearch_outbox_event add column payload blob not null;
alter table hsearch_agent add column payload blob null;
