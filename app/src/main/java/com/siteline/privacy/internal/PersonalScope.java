package com.siteline.privacy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which rows of which tables are a customer's, read from the schema itself so that a module's new table is covered
 * without being named here: a table with a {@code customer_id} column (the customer's rows), or with a column linking
 * to a table that has one (an issue's, a project's, a log entry's, a job's, a visit's, a message's, a portal
 * access's rows), and the customer's own row. Tables of the application's machinery (the audit history, which
 * {@code AuditRedaction} handles, migrations, the scheduler, the search coordination) are left out.
 */
public final class PersonalScope {

    /** The link columns and the table each points into (that table's own {@code customer_id} decides). */
    private static final Map<String, String> LINKS = Map.ofEntries(
            Map.entry("issue_id", "customer_issue"),
            Map.entry("raised_issue_id", "customer_issue"),
            Map.entry("project_id", "project"),
            Map.entry("communication_id", "communication"),
            Map.entry("log_entry_id", "communication"),
            Map.entry("job_id", "repair_job"),
            Map.entry("visit_id", "return_visit"),
            Map.entry("message_id", "customer_message"),
            Map.entry("access_id", "portal_access"),
            Map.entry("lead_id", "sales_lead"));

    private static final Set<String> MACHINERY =
            Set.of("audit_entry", "audit_chain", "flyway_schema_history", "scheduled_tasks", "search_lease");

    private static final Set<String> TEXT_TYPES = Set.of(
            "varchar",
            "char",
            "text",
            "tinytext",
            "mediumtext",
            "longtext",
            "json",
            "character varying",
            "character",
            "character large object");

    private static final Set<String> BINARY_TYPES =
            Set.of("blob", "mediumblob", "longblob", "varbinary", "binary large object", "binary varying");

    /** A table with its text and binary columns and the condition that selects the customer's rows (or null). */
    public record Table(String name, List<String> text, List<String> binary, List<String> all, String mine) {

        public boolean hasId() {
            return all.contains("id");
        }
    }

    private PersonalScope() {}

    /** Every table but the machinery's, each with its condition for {@code customerId}'s rows. */
    public static List<Table> of(JdbcTemplate jdbc, long customerId) {
        Map<String, List<String[]>> columns = new LinkedHashMap<>();
        jdbc.query(
                "select c.table_name, c.column_name, c.data_type from information_schema.columns c"
                        + " join information_schema.tables t on t.table_schema = c.table_schema"
                        + " and t.table_name = c.table_name where c.table_schema = schema()"
                        + " and t.table_type = 'BASE TABLE' order by c.table_name, c.ordinal_position",
                row -> {
                    String table = row.getString(1).toLowerCase(Locale.ROOT);
                    columns.computeIfAbsent(table, t -> new ArrayList<>()).add(new String[] {
                        row.getString(2).toLowerCase(Locale.ROOT),
                        row.getString(3).toLowerCase(Locale.ROOT)
                    });
                });
        Set<String> withCustomer = new java.util.HashSet<>();
        columns.forEach((table, cols) -> {
            if (cols.stream().anyMatch(c -> c[0].equals("customer_id"))) {
                withCustomer.add(table);
            }
        });
        List<Table> tables = new ArrayList<>();
        columns.forEach((table, cols) -> {
            if (MACHINERY.contains(table) || table.startsWith("hsearch_")) {
                return;
            }
            List<String> conditions = new ArrayList<>();
            if (table.equals("customer")) {
                conditions.add("id = " + customerId);
            }
            List<String> text = new ArrayList<>();
            List<String> binary = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (String[] column : cols) {
                String name = column[0];
                all.add(name);
                if (TEXT_TYPES.contains(column[1])) {
                    text.add(name);
                } else if (BINARY_TYPES.contains(column[1])) {
                    binary.add(name);
                }
                if (name.equals("customer_id")) {
                    conditions.add("customer_id = " + customerId);
                } else if (LINKS.containsKey(name)
                        && withCustomer.contains(LINKS.get(name))
                        && !LINKS.get(name).equals(table)) {
                    conditions.add(name + " in (select id from " + LINKS.get(name) + " where customer_id = "
                            + customerId + ")");
                }
            }
            tables.add(new Table(
                    table,
                    text,
                    binary,
                    all,
                    conditions.isEmpty() ? null : "(" + String.join(" or ", conditions) + ")"));
        });
        return tables;
    }
}
