-- A repair job's trade (工种) when the project's variant declares warranty terms per trade: the job's warranty
-- runs to the project's completion plus that trade's period.
alter table repair_job add column warranty_trade varchar(64) null;
