package com.siteline.bench;

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
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills a Siteline database (schema made by Flyway) with N customers, projects, issues and log
 * entries spread over 10 benchmark business units, by JDBC batch inserts. Idempotent per size: a
 * database that already holds the requested numbers is left alone.
 *
 * <p>Users: {@code bench-manager} (all 10 units) and {@code bench-agent} (units 0 and 1, a fifth
 * of the data), plus 20 handlers {@code bench-handler-NN}.
 */
public final class WorkspaceDataGenerator {

    public record Counts(int customers, int projects, int issues, int logEntries) {
        public static final Counts FULL = new Counts(100_000, 200_000, 1_000_000, 5_000_000);
    }

    public record Report(Counts counts, Duration took, boolean reused) {}

    static final int UNITS = 10;
    private static final String[] VARIANTS = {"exterior-painting", "home-decoration", "property-management"};
    private static final String[] STATUSES = {
        "IDENTIFIED",
        "CLASSIFIED",
        "ASSIGNED",
        "IN_PROGRESS",
        "WAITING_CUSTOMER",
        "FEEDBACK_GIVEN",
        "CLOSED",
        "REVISITED"
    };
    /** Weights of the statuses: a tenth of the issues are open (100k of 1M). */
    private static final int[] STATUS_WEIGHTS = {1, 1, 2, 3, 1, 2, 60, 30};

    private static final String[] TYPES = {"ENQUIRY", "SUGGESTION", "COMPLAINT", "DISPUTE", "REPAIR_REQUEST"};
    private static final String[] URGENCIES = {"URGENT", "IMPORTANT", "NORMAL"};
    private static final String[] CATEGORIES = com.siteline.sla.CoreIssueCategories.IDS.toArray(String[]::new);
    private static final String[] CHANNELS = {"PHONE", "WECHAT", "EMAIL", "VISIT", "MEETING", "SURVEY", "OTHER"};
    private static final String[] TIERS = {"VIP", "KEY", "STANDARD", "STANDARD", "STANDARD"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"
    };
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明"};
    private static final String[] TOPICS = {
        "墙面开裂", "卫生间渗水", "工期延误", "发票抬头", "涂层起皮", "噪音扰民", "保修咨询", "色差", "门锁故障", "物业费咨询", "电梯异响", "验收标准", "付款节点", "材料更换",
        "回访预约"
    };
    private static final int BATCH = 5_000;

    private WorkspaceDataGenerator() {}

    /**
     * The full-size run needs the working set in memory like a production server would have it: the
     * InnoDB buffer pool is raised to 4 GiB when smaller (a dynamic server setting; reported).
     */
    public static long ensureBufferPool(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select @@innodb_buffer_pool_size")) {
                r.next();
                if (r.getLong(1) < 4L << 30) {
                    s.execute("set global innodb_buffer_pool_size = " + (4L << 30));
                }
            }
            try (ResultSet r = s.executeQuery("select @@innodb_buffer_pool_size")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    public static Report generate(String url, String user, String password, Counts counts) throws SQLException {
        Instant start = Instant.now();
        try (Connection c = DriverManager.getConnection(
                url + (url.contains("?") ? "&" : "?") + "useBulkStmts=true", user, password)) {
            if (existing(
                                    c,
                                    "customer_issue",
                                    "business_unit_id in (select id from business_unit where code like 'BENCH-%')")
                            >= counts.issues()
                    && existing(
                                    c,
                                    "communication",
                                    "business_unit_id in (select id from business_unit where code like 'BENCH-%')")
                            >= counts.logEntries()) {
                return new Report(counts, Duration.between(start, Instant.now()), true);
            }
            if (existing(c, "customer", "business_unit_id in (select id from business_unit where code like 'BENCH-%')")
                    > 0) {
                throw new IllegalStateException("The database holds part of an earlier generation (stopped midway?)."
                        + " Drop it (drop database siteline_bench) and run again.");
            }
            try (Statement s = c.createStatement()) {
                s.execute("set foreign_key_checks = 0");
                s.execute("set unique_checks = 0");
            }
            c.setAutoCommit(false);
            long[] units = units(c);
            users(c, units);
            SplittableRandom random = new SplittableRandom(20261124L);
            Instant now = Instant.now();
            long firstCustomer = nextId(c, "customer");
            String[] customerNames = new String[counts.customers()];
            try (PreparedStatement p = c.prepareStatement(
                    "insert into customer (business_unit_id, name, phone, wechat_id,"
                            + " address, tier, tags, preferred_channel, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < counts.customers(); i++) {
                    String name = SURNAMES[random.nextInt(SURNAMES.length)]
                            + GIVEN[random.nextInt(GIVEN.length)]
                            + GIVEN[random.nextInt(GIVEN.length)]
                            + i;
                    customerNames[i] = name;
                    Instant created = now.minus(Duration.ofMinutes(random.nextLong(2 * 365 * 24 * 60)));
                    p.setLong(1, units[i % UNITS]);
                    p.setString(2, name);
                    p.setString(3, String.valueOf(13_000_000_000L + i * 7919L % 1_000_000_000L));
                    p.setString(4, "wx" + i);
                    p.setString(5, "上海市第" + (i % 300) + "街 " + i + " 号");
                    p.setString(6, TIERS[random.nextInt(TIERS.length)]);
                    p.setString(7, i % 7 == 0 ? ",老客户," : null);
                    p.setString(8, CHANNELS[random.nextInt(3)]);
                    p.setTimestamp(9, Timestamp.from(created));
                    p.setTimestamp(10, Timestamp.from(created));
                    p.addBatch();
                    flush(c, p, i);
                }
                p.executeBatch();
            }
            c.commit();
            long firstProject = nextId(c, "project");
            try (PreparedStatement p = c.prepareStatement("insert into project (business_unit_id, variant_id, name,"
                    + " customer_name, address, current_stage_id, created_at, created_by, customer_id, project_manager,"
                    + " contract_value) values (?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < counts.projects(); i++) {
                    int customer = random.nextInt(counts.customers());
                    int unit = customer % UNITS;
                    p.setLong(1, units[unit]);
                    p.setString(2, VARIANTS[unit % VARIANTS.length]);
                    p.setString(3, customerNames[customer] + " 项目 " + i);
                    p.setString(4, customerNames[customer]);
                    p.setString(5, "上海市第" + (customer % 300) + "街");
                    p.setString(6, "survey");
                    p.setTimestamp(
                            7, Timestamp.from(now.minus(Duration.ofMinutes(random.nextLong(2 * 365 * 24 * 60)))));
                    p.setString(8, "bench-manager");
                    p.setLong(9, firstCustomer + customer);
                    p.setString(10, "bench-handler-" + String.format("%02d", random.nextInt(20)));
                    p.setLong(11, 10_000 + random.nextInt(2_000_000));
                    p.addBatch();
                    flush(c, p, i);
                }
                p.executeBatch();
            }
            c.commit();
            long firstIssue = nextId(c, "customer_issue");
            try (PreparedStatement p = c.prepareStatement("insert into customer_issue (business_unit_id, customer_id,"
                    + " customer_name, project_id, variant_id, title, issue_type, category_id, urgency, status, open_issue,"
                    + " assignee, tags, promised_reply_at, reported_by, created_at, updated_at, business_time,"
                    + " first_response_minutes, resolution_minutes, first_response_due, resolution_due, next_due_at,"
                    + " next_alert_at, escalation_step, urgency_rank) values"
                    + " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < counts.issues(); i++) {
                    int customer = random.nextInt(counts.customers());
                    int unit = customer % UNITS;
                    String status = weighted(random);
                    boolean open = !status.equals("CLOSED") && !status.equals("REVISITED");
                    Instant created = now.minus(Duration.ofMinutes(random.nextLong(2 * 365 * 24 * 60)));
                    p.setLong(1, units[unit]);
                    p.setLong(2, firstCustomer + customer);
                    p.setString(3, customerNames[customer]);
                    if (random.nextInt(3) > 0) {
                        p.setLong(4, firstProject + random.nextInt(counts.projects()));
                    } else {
                        p.setNull(4, java.sql.Types.BIGINT);
                    }
                    p.setString(5, VARIANTS[unit % VARIANTS.length]);
                    p.setString(6, TOPICS[random.nextInt(TOPICS.length)] + " " + i);
                    p.setString(7, TYPES[random.nextInt(TYPES.length)]);
                    p.setString(8, status.equals("IDENTIFIED") ? null : CATEGORIES[random.nextInt(CATEGORIES.length)]);
                    int urgency = random.nextInt(URGENCIES.length);
                    p.setString(9, URGENCIES[urgency]);
                    p.setInt(26, URGENCIES.length - 1 - urgency);
                    p.setString(10, status);
                    p.setBoolean(11, open);
                    p.setString(
                            12,
                            status.equals("IDENTIFIED") || status.equals("CLASSIFIED")
                                    ? null
                                    : random.nextInt(10) == 0 && unit < 2
                                            ? "bench-agent"
                                            : "bench-handler-" + String.format("%02d", random.nextInt(20)));
                    p.setString(13, i % 11 == 0 ? ",回访重点," : null);
                    p.setTimestamp(
                            14,
                            open && random.nextInt(5) == 0
                                    ? Timestamp.from(
                                            now.plus(Duration.ofMinutes(random.nextLong(-7 * 24 * 60, 7 * 24 * 60))))
                                    : null);
                    p.setString(15, "bench-manager");
                    p.setTimestamp(16, Timestamp.from(created));
                    p.setTimestamp(17, Timestamp.from(created.plus(Duration.ofMinutes(random.nextLong(30 * 24 * 60)))));
                    // response times: open issues have a deadline within a week either side of now; most of
                    // those already breached have climbed the whole ladder (no alert left), the rest are due
                    p.setBoolean(18, false);
                    p.setLong(19, 24 * 60);
                    p.setLong(20, 3 * 24 * 60);
                    if (open) {
                        Instant due = now.plus(Duration.ofMinutes(random.nextLong(-7 * 24 * 60, 7 * 24 * 60)));
                        boolean escalated = due.isBefore(now) && random.nextInt(20) > 0;
                        p.setTimestamp(21, Timestamp.from(due));
                        p.setTimestamp(22, Timestamp.from(due.plus(Duration.ofDays(2))));
                        p.setTimestamp(23, Timestamp.from(due));
                        p.setTimestamp(24, escalated ? null : Timestamp.from(due.minus(Duration.ofHours(4))));
                        p.setInt(25, escalated ? 3 : 0);
                    } else {
                        p.setNull(21, java.sql.Types.TIMESTAMP);
                        p.setNull(22, java.sql.Types.TIMESTAMP);
                        p.setTimestamp(23, Timestamp.from(Instant.parse("9999-12-31T00:00:00Z")));
                        p.setNull(24, java.sql.Types.TIMESTAMP);
                        p.setInt(25, 0);
                    }
                    p.addBatch();
                    flush(c, p, i);
                }
                p.executeBatch();
            }
            c.commit();
            try (PreparedStatement p = c.prepareStatement("insert into communication (business_unit_id, customer_id,"
                    + " customer_name, issue_id, occurred_at, channel, participants, content, outcome, promised_reply_at,"
                    + " replied_at, author, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < counts.logEntries(); i++) {
                    int customer = random.nextInt(counts.customers());
                    int unit = customer % UNITS;
                    Instant occurred = now.minus(Duration.ofMinutes(random.nextLong(2 * 365 * 24 * 60)));
                    boolean promise = random.nextInt(20) == 0;
                    p.setLong(1, units[unit]);
                    p.setLong(2, firstCustomer + customer);
                    p.setString(3, customerNames[customer]);
                    if (random.nextInt(2) == 0) {
                        p.setLong(4, firstIssue + random.nextInt(counts.issues()));
                    } else {
                        p.setNull(4, java.sql.Types.BIGINT);
                    }
                    p.setTimestamp(5, Timestamp.from(occurred));
                    p.setString(6, CHANNELS[random.nextInt(CHANNELS.length)]);
                    p.setString(7, "客服；" + customerNames[customer]);
                    p.setString(8, "沟通 " + TOPICS[random.nextInt(TOPICS.length)] + " " + i);
                    p.setString(9, "已记录");
                    p.setTimestamp(10, promise ? Timestamp.from(occurred.plus(Duration.ofHours(4))) : null);
                    p.setTimestamp(
                            11,
                            promise && random.nextInt(10) > 0
                                    ? Timestamp.from(occurred.plus(Duration.ofHours(3)))
                                    : null);
                    p.setString(
                            12,
                            unit < 2 && random.nextInt(5) == 0
                                    ? "bench-agent"
                                    : "bench-handler-" + String.format("%02d", random.nextInt(20)));
                    p.setTimestamp(13, Timestamp.from(occurred));
                    p.addBatch();
                    flush(c, p, i);
                }
                p.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                for (String table : List.of("customer", "project", "customer_issue", "communication")) {
                    s.execute("analyze table " + table);
                }
            }
            c.commit();
        }
        return new Report(counts, Duration.between(start, Instant.now()), false);
    }

    private static void flush(Connection c, PreparedStatement p, int i) throws SQLException {
        if (i % BATCH == BATCH - 1) {
            p.executeBatch();
            c.commit();
        }
    }

    private static String weighted(SplittableRandom random) {
        int total = 0;
        for (int w : STATUS_WEIGHTS) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < STATUS_WEIGHTS.length; i++) {
            pick -= STATUS_WEIGHTS[i];
            if (pick < 0) {
                return STATUSES[i];
            }
        }
        return STATUSES[STATUSES.length - 1];
    }

    private static long existing(Connection c, String table, String where) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from " + table + " where " + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long nextId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long[] units(Connection c) throws SQLException {
        long[] ids = new long[UNITS];
        for (int u = 0; u < UNITS; u++) {
            String code = String.format("BENCH-%02d", u);
            try (PreparedStatement find = c.prepareStatement("select id from business_unit where code = ?")) {
                find.setString(1, code);
                try (ResultSet r = find.executeQuery()) {
                    if (r.next()) {
                        ids[u] = r.getLong(1);
                        continue;
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into business_unit (code, name, created_at, updated_at) values (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, code);
                insert.setString(2, "压测单元 " + u);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids[u] = keys.getLong(1);
                }
            }
            try (PreparedStatement plugin = c.prepareStatement(
                    "insert into business_unit_plugin (business_unit_id, plugin_id) values (?, ?)")) {
                plugin.setLong(1, ids[u]);
                plugin.setString(2, VARIANTS[u % VARIANTS.length]);
                plugin.executeUpdate();
            }
        }
        c.commit();
        return ids;
    }

    private static void users(Connection c, long[] units) throws SQLException {
        List<String> names = new ArrayList<>(List.of("bench-manager", "bench-agent"));
        for (int h = 0; h < 20; h++) {
            names.add(String.format("bench-handler-%02d", h));
        }
        for (String name : names) {
            try (PreparedStatement find = c.prepareStatement("select id from app_user where username = ?")) {
                find.setString(1, name);
                try (ResultSet r = find.executeQuery()) {
                    if (r.next()) {
                        continue;
                    }
                }
            }
            long id;
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into app_user (username, display_name,"
                            + " password_hash, enabled, created_at) values (?, ?, ?, true, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, name);
                insert.setString(2, "压测 " + name);
                insert.setString(3, "{noop}disabled-" + name);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement role =
                    c.prepareStatement("insert into app_user_role (user_id, role) values (?, ?)")) {
                role.setLong(1, id);
                role.setString(2, name.equals("bench-manager") ? "MANAGER" : "AGENT");
                role.executeUpdate();
            }
            try (PreparedStatement member = c.prepareStatement(
                    "insert into app_user_business_unit (user_id, business_unit_id) values (?, ?)")) {
                for (int u = 0; u < UNITS; u++) {
                    if (name.equals("bench-manager")
                            || (name.equals("bench-agent") && u < 2)
                            || name.startsWith("bench-handler")) {
                        member.setLong(1, id);
                        member.setLong(2, units[u]);
                        member.addBatch();
                    }
                }
                member.executeBatch();
            }
        }
        c.commit();
    }
}
