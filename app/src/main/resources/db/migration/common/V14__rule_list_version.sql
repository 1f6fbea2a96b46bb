-- The version of each plugin's stored rule list: every save and reset names the version the admin
-- started from, so of two admins saving at once the second is told instead of silently winning.
create table response_rule_list (
    plugin_id varchar(80) not null primary key,
    version   bigint      not null
);

-- Customer tiers in rules are the customer records' tiers (VIP, KEY, STANDARD) from now on, no longer
-- free text: a stored tier that names none of them is turned off and cleared, so that it neither fails
-- to load nor silently matches more than it did.
update response_rule set customer_tier = upper(trim(customer_tier)) where customer_tier is not null;
update response_rule set enabled = false, customer_tier = null
    where customer_tier is not null and customer_tier not in ('VIP', 'KEY', 'STANDARD');
