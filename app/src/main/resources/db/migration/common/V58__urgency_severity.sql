-- The inbox sorts urgency by severity: 紧急 2, 重要 1, 一般 0, none -1, so "descending" puts the urgent first (the
-- rank was the order of the words, which put them last).
update customer_issue set urgency_rank = case urgency when 'URGENT' then 2 when 'IMPORTANT' then 1
    when 'NORMAL' then 0 else -1 end;
