-- MariaDB: the changes as longtext; and no statement may change or remove an audit row.
alter table audit_entry add column changes longtext not null;
create trigger audit_entry_no_update before update on audit_entry for each row
    signal sqlstate '45000' set message_text = 'audit rows are append-only';
create trigger audit_entry_no_delete before delete on audit_entry for each row
    signal sqlstate '45000' set message_text = 'audit rows are append-only';
