-- The words a customer wrote in a survey (its free-text answers, joined), kept beside the answers so the search finds them.
alter table survey_request add column comment_text varchar(2000) null;
