-- A survey after a return visit (回访后的满意度调查): at most one per visit.
alter table survey_request add column visit_id bigint null;
create unique index uq_survey_request_visit on survey_request (visit_id);
