-- MariaDB: an audit row may still not be changed, except by an erasure of a version 2 row: only its personal
-- columns, with their digests kept (set by the first erasure, never changed by a later one) and the moment of the
-- erasure; every other column, the hashes included, as before.
drop trigger audit_entry_no_update;
create trigger audit_entry_no_update before update on audit_entry for each row
begin
    if not (OLD.hash_version = 2 and NEW.hash_version = 2 and NEW.redacted_at is not null
            and NEW.id = OLD.id and NEW.at = OLD.at and NEW.actor = OLD.actor
            and NEW.record_type = OLD.record_type and NEW.record_id = OLD.record_id
            and NEW.business_unit_id <=> OLD.business_unit_id and NEW.customer_id <=> OLD.customer_id
            and NEW.action = OLD.action and NEW.prev_hash = OLD.prev_hash and NEW.hash = OLD.hash
            and NEW.address_digest is not null and NEW.label_digest is not null
            and NEW.changes_digest is not null
            and (OLD.redacted_at is null
                or (NEW.address_digest = OLD.address_digest and NEW.label_digest = OLD.label_digest
                    and NEW.changes_digest = OLD.changes_digest))) then
        signal sqlstate '45000' set message_text = 'audit rows are append-only';
    end if;
end;
