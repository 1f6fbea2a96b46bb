package com.siteline.backup;

import com.siteline.audit.AuditChain;
import com.siteline.audit.ChainCheck;
import com.siteline.backup.internal.MariaDbClient;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code ./siteline restore FILE [NAME]}: restores a backup into a fresh database, never over the one in use, and
 * verifies the restored audit chain. A MariaDB backup ({@code .sql.gz}) goes into a new database {@code NAME}
 * (default {@code siteline_restored_<time>}) on the server of {@code SITELINE_RESTORE_SERVER} (default
 * {@code jdbc:mariadb://127.0.0.1:3306/}, user and password from {@code SITELINE_DB_USER} /
 * {@code SITELINE_DB_PASSWORD}); a database of that name that exists already is refused. An H2 backup
 * ({@code .zip}, the quick start) is unpacked into a new directory {@code NAME} (default
 * {@code ./data/restored-<time>}). It prints the tables and rows restored, the chain's verdict, and the address to
 * start the app on the copy; it exits 0 only when the chain is whole.
 */
public final class Restore {

    private Restore() {}

    public static void main(String[] args) throws Exception {
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ./siteline restore FILE [DATABASE-OR-DIRECTORY]");
            System.exit(2);
        }
        try {
            System.exit(run(args) ? 0 : 1);
        } catch (IOException | SQLException | RuntimeException e) {
            System.err.println("The restore failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static boolean run(String[] args) throws IOException, SQLException {
        Path file = Path.of(args[0]);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmm"));
        String user = env("SITELINE_DB_USER", file.toString().endsWith(".zip") ? "sa" : "root");
        String password = env("SITELINE_DB_PASSWORD", "");
        ChainCheck chain = file.toString().endsWith(".zip")
                ? restoreH2(
                        file, Path.of(args.length > 1 ? args[1] : "data/restored-" + stamp), user, password, System.out)
                : restoreMariaDb(
                        file,
                        env("SITELINE_RESTORE_SERVER", "jdbc:mariadb://127.0.0.1:3306/"),
                        args.length > 1 ? args[1] : "siteline_restored_" + stamp,
                        user,
                        password,
                        System.out);
        return chain.intact();
    }

    /** Restores a {@code mariadb-dump} backup into the new database {@code database} on {@code server}. */
    public static ChainCheck restoreMariaDb(
            Path file, String server, String database, String user, String password, PrintStream out)
            throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no backup file " + file);
        }
        if (!database.matches("[A-Za-z0-9_]{1,64}")) {
            throw new IllegalArgumentException("a database name of letters, digits and _ (at most 64): " + database);
        }
        String base = server.endsWith("/") ? server : server + "/";
        com.siteline.backup.internal.DatabaseTarget target;
        try {
            target = com.siteline.backup.internal.DatabaseTarget.of(base + database);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a server address like jdbc:mariadb://127.0.0.1:3306/: " + server, e);
        }
        if (target.engine() != com.siteline.backup.internal.DatabaseTarget.Engine.MARIADB) {
            throw new IllegalArgumentException("a server address like jdbc:mariadb://127.0.0.1:3306/: " + server);
        }
        try (Connection admin = DriverManager.getConnection(base, user, password);
                Statement statement = admin.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "select count(*) from information_schema.schemata where schema_name = '" + database + "'")) {
                exists.next();
                if (exists.getInt(1) > 0) {
                    throw new IllegalStateException("the database " + database
                            + " exists already; a restore goes into a fresh one (name another)");
                }
            }
            statement.execute("create database `" + database + "` character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        long started = System.nanoTime();
        new MariaDbClient(target.host(), target.port(), user, password).load(file, database);
        out.printf("restored %s into the database %s in %.1f s%n", file, database, (System.nanoTime() - started) / 1e9);
        try (Connection copy = DriverManager.getConnection(base + database, user, password)) {
            ChainCheck chain = report(copy, out);
            out.println("start the app on it: SITELINE_DB_URL=" + base + database + " ./siteline start");
            return chain;
        }
    }

    /** Unpacks an H2 backup into the new directory {@code into} and checks it. */
    public static ChainCheck restoreH2(Path file, Path into, String user, String password, PrintStream out)
            throws IOException, SQLException {
        if (Files.exists(into)) {
            throw new IllegalStateException(into + " exists already; a restore goes into a new directory");
        }
        Files.createDirectories(into);
        String database = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = Path.of(entry.getName()).getFileName().toString();
                if (name.endsWith(".mv.db")) {
                    database = name.substring(0, name.length() - ".mv.db".length());
                    Files.copy(zip, into.resolve(name));
                }
            }
        }
        if (database == null) {
            throw new IOException(file + " holds no H2 database file");
        }
        String url = "jdbc:h2:file:" + into.toAbsolutePath().resolve(database)
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        out.println("restored " + file + " into " + into);
        try (Connection copy = DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, password)) {
            ChainCheck chain = report(copy, out);
            out.println("start the app on it: SITELINE_DB_URL='" + url + "' ./siteline start");
            return chain;
        }
    }

    private static ChainCheck report(Connection copy, PrintStream out) throws SQLException {
        try (Statement statement = copy.createStatement();
                ResultSet tables = statement.executeQuery("select count(*) from information_schema.tables"
                        + " where table_schema = schema() and table_type = 'BASE TABLE'")) {
            tables.next();
            out.println(tables.getInt(1) + " tables");
        }
        ChainCheck chain = AuditChain.verify(copy, n -> {});
        out.println(
                chain.intact()
                        ? "audit chain whole: " + chain.checked() + " rows"
                        : "AUDIT CHAIN BROKEN "
                                + (chain.firstBrokenId() == null ? "at its head" : "at row " + chain.firstBrokenId())
                                + " after " + chain.checked() + " rows");
        return chain;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
