package com.siteline.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A MariaDB server of a test's own (own data directory, own port on 127.0.0.1), which the test may stop and
 * start again. The machine's shared server is never touched.
 */
public final class SecondMariaDb {

    private final Path dir;
    private final int port;
    private Process server;

    private SecondMariaDb(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Creates its data directory and starts it. */
    public static SecondMariaDb start() {
        try {
            Path dir = Files.createTempDirectory("siteline-second-mariadb");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            run(
                    List.of(
                            "mariadb-install-db",
                            "--no-defaults",
                            "--datadir=" + dir.resolve("data"),
                            "--user=root",
                            "--auth-root-authentication-method=normal",
                            "--skip-test-db"),
                    dir.resolve("install.log"));
            SecondMariaDb db = new SecondMariaDb(dir, port);
            db.startServer();
            return db;
        } catch (IOException e) {
            throw new IllegalStateException("could not start a second MariaDB", e);
        }
    }

    public String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(url(""), "root", "")) {
            connection
                    .createStatement()
                    .execute("create database if not exists " + name
                            + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server as an outage would (no warning to the application) and waits until it is gone. */
    public void stop() {
        server.destroy();
        try {
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void startServer() {
        try {
            server = new ProcessBuilder(
                            "/usr/sbin/mariadbd",
                            "--no-defaults",
                            "--datadir=" + dir.resolve("data"),
                            "--port=" + port,
                            "--bind-address=127.0.0.1",
                            "--socket=" + dir.resolve("sock"),
                            "--pid-file=" + dir.resolve("pid"),
                            "--user=root",
                            "--skip-log-bin",
                            "--innodb-buffer-pool-size=64M")
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("server.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start mariadbd", e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (Connection ignored = DriverManager.getConnection(url(""), "root", "")) {
                return;
            } catch (SQLException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("the second MariaDB did not come up; see " + dir.resolve("server.log"));
    }

    private static void run(List<String> command, Path log) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
