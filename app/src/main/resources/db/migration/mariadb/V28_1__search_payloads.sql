-- MariaDB: the search outbox's payloads as longblob.
alter table hsearch_outbox_event add column payload longblob not null;
alter table hsearch_agent add column payload longblob null;
