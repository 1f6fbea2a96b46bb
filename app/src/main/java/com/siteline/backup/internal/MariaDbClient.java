package com.siteline.backup.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * MariaDB's own client tools: {@code mariadb-dump} writes a database as SQL (one consistent snapshot of the InnoDB
 * tables: {@code --single-transaction}, nothing locked while the app keeps working), gzipped as it streams;
 * {@code mariadb} loads such a file into another database. The password travels in the environment
 * ({@code MYSQL_PWD}), never on a command line another user could read.
 */
public final class MariaDbClient {

    private final String host;
    private final int port;
    private final String user;
    private final String password;

    public MariaDbClient(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password == null ? "" : password;
    }

    /** Writes {@code database} to {@code target} (gzipped SQL). */
    public void dump(String database, Path target) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                tool("mariadb-dump"),
                "--single-transaction",
                "--quick",
                "--routines",
                "--triggers",
                "--hex-blob",
                "--no-tablespaces",
                "--default-character-set=utf8mb4"));
        command.addAll(connection());
        command.add(database);
        Process process = start(command);
        CompletableFuture<String> errors = drain(process.getErrorStream());
        try (InputStream sql = process.getInputStream();
                OutputStream out = new GZIPOutputStream(Files.newOutputStream(target), 1 << 16)) {
            sql.transferTo(out);
        }
        finish(process, errors, "mariadb-dump");
    }

    /** Loads a gzipped SQL file into {@code database}, which must exist. */
    public void load(Path gzipped, String database) throws IOException {
        List<String> command = new ArrayList<>(List.of(tool("mariadb"), "--default-character-set=utf8mb4"));
        command.addAll(connection());
        command.add(database);
        Process process = start(command);
        CompletableFuture<String> errors = drain(process.getErrorStream());
        CompletableFuture<String> output = drain(process.getInputStream());
        try (InputStream sql = new GZIPInputStream(Files.newInputStream(gzipped), 1 << 16);
                OutputStream in = process.getOutputStream()) {
            sql.transferTo(in);
        }
        output.join();
        finish(process, errors, "mariadb");
    }

    private List<String> connection() {
        return List.of("--host=" + host, "--port=" + port, "--user=" + user, "--protocol=TCP");
    }

    private Process start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", password);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new IOException(
                    command.getFirst() + " could not be started (" + e.getMessage()
                            + "); it comes with MariaDB's client: apt-get install mariadb-client",
                    e);
        }
    }

    private static void finish(Process process, CompletableFuture<String> errors, String name) throws IOException {
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException(
                        name + " ended with " + exit + ": " + errors.join().strip());
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException(name + " was interrupted", e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = stream.read(buffer)) >= 0) {
                    if (kept.size() < 64 * 1024) {
                        kept.write(buffer, 0, n);
                    }
                }
                return kept.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.getMessage();
            }
        });
    }

    /** The tool from {@code SITELINE_MARIADB_BIN} when set (a directory), else from the path. */
    private static String tool(String name) {
        String dir = System.getenv("SITELINE_MARIADB_BIN");
        return dir == null || dir.isBlank() ? name : Path.of(dir, name).toString();
    }
}
