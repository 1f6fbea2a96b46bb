-- 客户类型 (seed 003: 政府部门、企事业单位、个人): who a customer is. Every customer so far is an individual.
alter table customer add column customer_type varchar(20) default 'INDIVIDUAL' not null;
-- the customers grid filters and sorts by type
create index ix_customer_type_grid on customer (customer_type, id, business_unit_id);
-- kept with each issue (as the customer's name is) for the inbox's filter and the response-time report's groups;
-- the customer's issues follow when the type changes (IssueReactions)
alter table customer_issue add column customer_type varchar(20) default 'INDIVIDUAL' not null;
-- a response-time rule's criterion (empty: any type)
alter table response_rule add column customer_type varchar(20);
-- the counts kept ahead for the reports gain the grouping by customer type: counted again at the next roll
delete from issue_day_tally;
update issue_tally_mark set watermark = null where id = 1;
