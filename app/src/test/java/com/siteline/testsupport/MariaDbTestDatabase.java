package com.siteline.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test at a database of its own on the real MariaDB (127.0.0.1:3306, root,
 * no password, or SITELINE_TEST_DB_* to override): created once per test JVM, named after the
 * time and process, dropped when the JVM ends. Tests never use H2, except the one that sets
 * {@code siteline.test.embedded=true} to prove the quick start boots.
 */
public class MariaDbTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String SERVER = env("SITELINE_TEST_DB_SERVER", "jdbc:mariadb://127.0.0.1:3306/");
    private static final String USER = env("SITELINE_TEST_DB_USER", "root");
    private static final String PASSWORD = env("SITELINE_TEST_DB_PASSWORD", "");
    private static String databaseUrl;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // every application context its own search index (an index belongs to one running application); the
        // contexts of one test run share its database on purpose, so the one-node guard of the embedded index is
        // off, except in the test of that guard (LuceneSingleNodeIT)
        if (!context.getEnvironment().containsProperty("siteline.search.single-node-guard")) {
            context.getEnvironment()
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "siteline-test-guard", Map.of("siteline.search.single-node-guard", "false")));
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "siteline-test-index",
                        Map.of(
                                "siteline.search.index-dir",
                                indexDir(),
                                // backups of this context's database go to a directory of its own
                                "siteline.backup.dir",
                                indexDir())));
        if (context.getEnvironment().getProperty("siteline.test.embedded", Boolean.class, false)) {
            return;
        }
        // a test with a server of its own (DatabaseOutageIT) names it; every other test uses this run's database
        String own = System.getProperty("siteline.test.database-url");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "siteline-test-database",
                        Map.of(
                                // tests drive the response-time sweep themselves (TwoNodeTimersIT starts its own
                                // schedulers)
                                "siteline.timers.enabled",
                                "false",
                                "spring.datasource.url",
                                own != null ? own : url(),
                                "spring.datasource.username",
                                USER,
                                "spring.datasource.password",
                                PASSWORD)));
    }

    private static String indexDir() {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("siteline-index-");
            // removed with its files when the test JVM ends
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (var files = java.nio.file.Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    // a temporary directory left behind is the system's to clean
                }
            }));
            return dir.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The JDBC URL of this test run's database, created on first use. */
    public static synchronized String url() {
        if (databaseUrl == null && System.getProperty("siteline.bench.db") != null) {
            // the full-size benchmark keeps its data in a database of its own across runs
            String name = System.getProperty("siteline.bench.db");
            execute("create database if not exists " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
            databaseUrl = SERVER + name;
        }
        if (databaseUrl == null) {
            String name = "siteline_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                    + "_" + ProcessHandle.current().pid();
            execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name)));
            databaseUrl = SERVER + name;
        }
        return databaseUrl;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "MariaDB at " + SERVER + " is needed for the tests (" + sql + "): "
                            + e.getMessage() + ". Start it with: start-stop-daemon --start --oknodo --background "
                            + "--exec /usr/sbin/mariadbd",
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
