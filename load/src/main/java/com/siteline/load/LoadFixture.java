package com.siteline.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the virtual users need in a Siteline database that holds the demo: an agent account for each virtual agent
 * (as the demo's {@code agent}: its role, units and password) with an issue of its own in progress, so that agents
 * who take steps never race each other for one issue; a personal portal link for each virtual customer; and the
 * one-time code the portal sent a customer, read where the outbox keeps it (as the customer reads the SMS).
 */
public final class LoadFixture {

    /** One virtual agent: the account it signs in with and the issue it works on. */
    public record Agent(String username, long issueId) {}

    /** One virtual customer: the customer and the token of the personal link it opens the portal with. */
    public record Customer(long customerId, String token) {}

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final String url;
    private final String user;
    private final String password;

    public LoadFixture(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Accounts {@code load-agent-001…} (made once, reused by later runs), each with a new issue in progress. */
    public List<Agent> agents(String run, int count) throws SQLException {
        List<Agent> agents = new ArrayList<>();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long model = single(c, "select id from app_user where username = 'agent'");
            String hash = text(c, "select password_hash from app_user where id = " + model);
            long template = single(
                    c,
                    "select i.id from customer_issue i join app_user_business_unit m on m.business_unit_id ="
                            + " i.business_unit_id where m.user_id = " + model
                            + " and i.status = 'IN_PROGRESS' order by i.id limit 1");
            List<String> columns = columns(c, "customer_issue");
            for (int i = 1; i <= count; i++) {
                String username = String.format("load-agent-%03d", i);
                account(c, username, hash, model);
                agents.add(new Agent(username, copyIssue(c, columns, template, username, run)));
                if (i % 100 == 0) {
                    c.commit();
                }
            }
            c.commit();
        }
        return agents;
    }

    private static long account(Connection c, String username, String hash, long model) throws SQLException {
        try (PreparedStatement find = c.prepareStatement("select id from app_user where username = ?")) {
            find.setString(1, username);
            try (ResultSet r = find.executeQuery()) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
        }
        long id;
        try (PreparedStatement insert = c.prepareStatement(
                "insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, ?, ?, true, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, username);
            insert.setString(2, "压测坐席 " + username.substring(username.length() - 3));
            insert.setString(3, hash);
            insert.setTimestamp(4, Timestamp.from(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into app_user_role (user_id, role) select " + id
                    + ", role from app_user_role where user_id = " + model);
            s.executeUpdate("insert into app_user_business_unit (user_id, business_unit_id) select " + id
                    + ", business_unit_id from app_user_business_unit where user_id = " + model);
        }
        return id;
    }

    /** A copy of an issue in progress, assigned to the agent, as new as the run. */
    private static long copyIssue(Connection c, List<String> columns, long template, String username, String run)
            throws SQLException {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("version", "0");
        overrides.put("assignee", "?");
        overrides.put("title", "concat(title, ?)");
        overrides.put("status", "'IN_PROGRESS'");
        overrides.put("open_issue", "true");
        List<String> names = columns.stream().filter(n -> !n.equals("id")).toList();
        String select = String.join(
                ", ", names.stream().map(n -> overrides.getOrDefault(n, n)).toList());
        String sql = "insert into customer_issue (" + String.join(", ", names) + ") select " + select
                + " from customer_issue where id = " + template;
        try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int p = 1;
            for (String n : names) {
                if (n.equals("assignee")) {
                    insert.setString(p++, username);
                } else if (n.equals("title")) {
                    insert.setString(p++, " · " + run);
                }
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** A personal portal link for each of the first customers with a phone (new links; earlier ones stay). */
    public List<Customer> customers(String run, int count) throws SQLException {
        List<Customer> customers = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement find = c.prepareStatement(
                        "select id, business_unit_id from customer where phone is not null order by id limit ?");
                PreparedStatement link = c.prepareStatement("insert into portal_access (customer_id, business_unit_id,"
                        + " token_hash, created_by, created_at, expires_at) values (?, ?, ?, 'load', ?, ?)")) {
            find.setInt(1, count);
            try (ResultSet r = find.executeQuery()) {
                while (r.next()) {
                    String token = "load-" + run + "-" + r.getLong(1);
                    Instant now = Instant.now();
                    link.setLong(1, r.getLong(1));
                    link.setLong(2, r.getLong(2));
                    link.setString(3, sha256(token));
                    link.setTimestamp(4, Timestamp.from(now));
                    link.setTimestamp(5, Timestamp.from(now.plus(Duration.ofDays(1))));
                    link.executeUpdate();
                    customers.add(new Customer(r.getLong(1), token));
                }
            }
        }
        return customers;
    }

    /** The code in the last portal message the customer was sent, or null while none came. */
    public String code(long customerId) {
        try (Connection c = connect();
                PreparedStatement find = c.prepareStatement("select body from customer_message where customer_id = ?"
                        + " and kind = 'PORTAL_CODE' order by id desc limit 1")) {
            find.setLong(1, customerId);
            try (ResultSet r = find.executeQuery()) {
                if (r.next()) {
                    Matcher m = CODE.matcher(r.getString(1));
                    return m.find() ? m.group(1) : null;
                }
            }
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How often each of the run's markers is in the database: contacts by their content, steps by their note. */
    public Map<String, Integer> written(String run) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String prefix = "load-" + run + "-%";
        try (Connection c = connect()) {
            for (String sql : List.of(
                    "select substring_index(content, ' ', 1), count(*) from communication where content like ?"
                            + " group by substring_index(content, ' ', 1)",
                    "select substring_index(detail, ' ', 1), count(*) from issue_event where detail like ?"
                            + " group by substring_index(detail, ' ', 1)")) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setString(1, prefix);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            counts.merge(r.getString(1), r.getInt(2), Integer::sum);
                        }
                    }
                }
            }
        }
        return counts;
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("select column_name from information_schema.columns where"
                + " table_schema = database() and table_name = ? and extra not like '%GENERATED%'"
                + " order by ordinal_position")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("The database lacks what the load test builds on (" + sql
                        + "): start Siteline once on it with the demo (--spring.profiles.active=demo).");
            }
            return r.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
