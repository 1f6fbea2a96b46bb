-- An erasure (个人信息删除) must remove a customer's personal values from the audit history too, and the chain must
-- still verify. Rows from now on are hashed by version 2: the address, the record's label and the changes enter the
-- hash by their own SHA-256, so an erasure can replace their text and keep their digests here. Rows written before
-- keep version 1 (their hash covers the text itself; an erasure leaves them and says how many).
alter table audit_entry add column hash_version int not null default 1;
alter table audit_entry add column redacted_at datetime(6) null;
alter table audit_entry add column address_digest varchar(64) null;
alter table audit_entry add column label_digest varchar(64) null;
alter table audit_entry add column changes_digest varchar(64) null;
