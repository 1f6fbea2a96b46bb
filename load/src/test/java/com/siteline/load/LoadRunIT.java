package com.siteline.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The load test's tiny run, in the test command so that it cannot rot: a node with the demo, three agents, a manager
 * and two customers for half a minute through Vaadin's client protocol; no request may fail, and every write the
 * users saw succeed is in the database exactly once (recounted here in plain SQL as well as by the run).
 */
class LoadRunIT {

    private static final String SERVER = env("SITELINE_TEST_DB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USER = env("SITELINE_TEST_DB_USER", "root");
    private static final String PASSWORD = env("SITELINE_TEST_DB_PASSWORD", "");

    @Test
    void aTinyRunAnswersEveryRequestRightAndWritesEachLedgerEntryOnce() throws Exception {
        String database = "siteline_load_"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "_" + ProcessHandle.current().pid();
        execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
        String url = SERVER + database;
        Path results = Path.of(System.getProperty("siteline.load.results", "target/gatling"));
        try (AppNode node = AppNode.start(
                Path.of(System.getProperty("siteline.load.app-dir", "../app")),
                url,
                USER,
                PASSWORD,
                results.resolve("node"))) {
            LoadRun.Result result = LoadRun.run(
                    "tiny",
                    node.url(),
                    url,
                    USER,
                    PASSWORD,
                    3,
                    1,
                    2,
                    Duration.ofSeconds(5),
                    Duration.ofSeconds(25),
                    Duration.ofSeconds(2),
                    node.pid(),
                    null,
                    results);
            System.out.println(LoadRun.table(java.util.List.of(result)));
            assertThat(result.requests()).as("requests").isGreaterThan(50);
            assertThat(result.failed()).as("failed requests").isZero();
            assertThat(result.contacts()).as("contacts logged").isPositive();
            assertThat(result.steps()).as("steps taken").isPositive();
            assertThat(result.missing() + result.duplicated() + result.unledgered())
                    .as("writes not exactly once")
                    .isZero();
            assertThat(result.heap()).isNotNull();
            assertThat(result.heap().sessions()).isEqualTo(6);
            try (Connection c = DriverManager.getConnection(url, USER, PASSWORD);
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select (select count(*) from communication where content like"
                            + " 'load-%'), (select count(*) from issue_event where detail like 'load-%')")) {
                r.next();
                assertThat(r.getLong(1)).as("contacts in the database").isEqualTo(result.contacts());
                assertThat(r.getLong(2)).as("steps in the database").isEqualTo(result.steps());
            }
        } finally {
            execute("drop database if exists " + database);
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
