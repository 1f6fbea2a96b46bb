-- The variant's own visit form (FollowUpSchedule.formId, SDK 1.4) filled in at a visit that reached the
-- customer: which form and version, the answers as JSON (V38_1 per dialect).
alter table return_visit add column form_id varchar(80) null;
alter table return_visit add column form_version int null;
