-- Counts kept ahead per unit, day raised (in the unit's zone, as days since 1970-01-01) and group, of the settled issues only
-- (IssueRollups). dim names the grouping (IssueTallies.By), grouping_key its value.
create table issue_day_tally (
    business_unit_id bigint       not null,
    tally_day        int          not null,
    dim              varchar(16)  not null,
    grouping_key     varchar(100) not null,
    issues           int          not null,
    frc              int          not null,
    frm              int          not null,
    nuc              int          not null,
    num              int          not null,
    rc               int          not null,
    rm               int          not null,
    missed           int          not null,
    feedback         int          not null,
    reopened         int          not null,
    repeats          int          not null,
    primary key (business_unit_id, dim, tally_day, grouping_key)
);
-- The one row saying up to when the counts kept ahead hold every write (issues changed since are read live);
-- none yet: the first roll counts every day. A roll locks the row, so that two never run at once.
create table issue_tally_mark (
    id        int          not null primary key,
    watermark datetime(6)  null
);
insert into issue_tally_mark (id, watermark) values (1, null);
-- which issues changed since the mark, and on which day they were raised
create index ix_issue_changed on customer_issue (changed_at, business_unit_id, created_at);
-- the issues still running in a period, read live beside the counts kept ahead (the columns ix_issue_report holds)
create index ix_issue_unsettled on customer_issue (business_unit_id, settled, created_at, assignee, variant_id,
    category_id, urgency, issue_type, open_issue, first_response_due, first_responded_at, resolution_due,
    resolved_at, next_update_due, paused_since, next_update_counted, next_update_met, customer_id, reopened_count);
