-- Repair dispatch (报修派工, #30): technicians are users with the role TECHNICIAN, a phone the customer may call and
-- the trades they work in (水电, 木工, ...); a job is dispatched to one of them with an appointment window agreed with
-- the customer, the technician's phone written on the job as it was when dispatched.
alter table app_user add column phone varchar(30) null;
alter table app_user add column trades varchar(300) null;
alter table repair_job add column technician_username varchar(60) null;
alter table repair_job add column technician_phone varchar(30) null;
alter table repair_job add column appointment_from datetime(6) null;
alter table repair_job add column appointment_to datetime(6) null;
create index repair_job_technician on repair_job (technician_username, appointment_from);
