-- Changing which plugins a unit runs touches the unit row, so its optimistic-lock version moves.
alter table business_unit add column updated_at datetime(6) null;
