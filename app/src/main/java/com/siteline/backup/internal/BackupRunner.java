package com.siteline.backup.internal;

import com.siteline.audit.AuditChain;
import com.siteline.audit.ChainCheck;
import com.siteline.backup.BackupFile;
import com.siteline.backup.BackupKind;
import com.siteline.backup.BackupRetention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a backup of the application's database into the backup directory with the database's own tool
 * ({@code mariadb-dump} for MariaDB, H2's {@code BACKUP TO} for the quick start's file), checks it and keeps the
 * backups the retention rule keeps. The check reads the file to its end and then restores it where nothing else
 * can see it (a scratch MariaDB database, or the H2 file unpacked into a temporary directory): every table of the
 * source must be there and the audit chain must verify. One backup at a time on a node.
 */
public class BackupRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BackupRunner.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String MANIFEST = ".json";

    private final DataSource dataSource;
    private final DatabaseTarget target;
    private final String user;
    private final String password;
    private final Path directory;
    private final boolean restoreCheck;
    private final ZoneId zone;
    private final BackupRetention retention;
    private final Clock clock;

    public BackupRunner(
            DataSource dataSource,
            String url,
            String user,
            String password,
            Path directory,
            boolean restoreCheck,
            ZoneId zone,
            BackupRetention retention,
            Clock clock) {
        this.dataSource = dataSource;
        this.target = DatabaseTarget.of(url);
        this.user = user;
        this.password = password;
        this.directory = directory.toAbsolutePath().normalize();
        this.restoreCheck = restoreCheck;
        this.zone = zone;
        this.retention = retention;
        this.clock = clock;
    }

    public Path directory() {
        return directory;
    }

    public DatabaseTarget target() {
        return target;
    }

    /** Takes, checks and keeps a backup, then lets the retention rule remove the ones it no longer keeps. */
    public synchronized BackupFile run(BackupKind kind) {
        long started = System.nanoTime();
        Instant at = clock.instant();
        try {
            Files.createDirectories(directory);
            int tables;
            long auditRows;
            try (Connection connection = dataSource.getConnection()) {
                tables = tables(connection);
                auditRows = auditRows(connection);
            }
            String extension = target.engine() == DatabaseTarget.Engine.MARIADB ? ".sql.gz" : ".zip";
            String name = freeName(
                    "siteline-" + STAMP.format(at) + "-"
                            + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    extension);
            Path file = directory.resolve(name);
            Path part = directory.resolve(name + ".part");
            if (target.engine() == DatabaseTarget.Engine.MARIADB) {
                client().dump(target.database(), part);
            } else {
                try (Connection connection = dataSource.getConnection();
                        Statement backup = connection.createStatement()) {
                    backup.execute("backup to '" + part.toString().replace("'", "''") + "'");
                }
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            String check = check(file, tables);
            BackupFile taken = new BackupFile(
                    name,
                    at,
                    kind,
                    target.engine() == DatabaseTarget.Engine.MARIADB ? "mariadb-dump" : "h2 backup",
                    target.database(),
                    Files.size(file),
                    sha256(file),
                    tables,
                    auditRows,
                    (System.nanoTime() - started) / 1_000_000,
                    check == null,
                    check != null
                            ? check
                            : restoreCheck || target.engine() == DatabaseTarget.Engine.H2
                                    ? "restored, " + tables + " tables, audit chain whole"
                                    : "read to its end, " + tables
                                            + " tables (not restored: the restore check is off)");
            JSON.writeValue(directory.resolve(name + MANIFEST).toFile(), taken);
            LOG.info("backup {} taken: {} bytes, {} tables, check: {}", name, taken.bytes(), tables, taken.check());
            prune();
            return taken;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("the backup could not be taken: " + e.getMessage(), e);
        }
    }

    /** The backups in the directory, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (var files = Files.list(directory)) {
            for (Path manifest : files.filter(p -> p.getFileName().toString().endsWith(MANIFEST))
                    .toList()) {
                try {
                    BackupFile backup = JSON.readValue(manifest.toFile(), BackupFile.class);
                    if (Files.exists(directory.resolve(backup.name()))) {
                        found.add(backup);
                    }
                } catch (RuntimeException unreadable) {
                    LOG.warn("backup manifest {} cannot be read: {}", manifest, unreadable.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(BackupFile::at).reversed());
        return found;
    }

    private void prune() throws IOException {
        List<BackupFile> all = list();
        Set<String> kept = retention.keep(all, zone);
        for (BackupFile backup : all) {
            if (!kept.contains(backup.name())) {
                Files.deleteIfExists(directory.resolve(backup.name()));
                Files.deleteIfExists(directory.resolve(backup.name() + MANIFEST));
                LOG.info("backup {} removed by the retention rule", backup.name());
            }
        }
    }

    /** What is wrong with the file, or null when it restores whole. */
    String check(Path file, int tables) {
        try {
            return target.engine() == DatabaseTarget.Engine.MARIADB ? checkDump(file, tables) : checkH2(file, tables);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("backup {} failed its check", file, e);
            return "check failed: " + e.getMessage();
        }
    }

    private String checkDump(Path file, int tables) throws IOException, SQLException {
        int created = 0;
        String last = "";
        try (BufferedReader sql = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = sql.readLine()) != null) {
                if (line.startsWith("CREATE TABLE `")) {
                    created++;
                }
                if (!line.isBlank()) {
                    last = line;
                }
            }
        }
        if (!last.startsWith("-- Dump completed")) {
            return "incomplete: the dump does not end with its completion line";
        }
        if (created != tables) {
            return "incomplete: " + created + " of " + tables + " tables";
        }
        if (!restoreCheck) {
            return null;
        }
        String scratch = scratchName();
        String server = "jdbc:mariadb://" + target.host() + ":" + target.port() + "/";
        try (Connection admin = DriverManager.getConnection(server, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("create database `" + scratch + "` character set utf8mb4 collate utf8mb4_unicode_ci");
            try {
                client().load(file, scratch);
                try (Connection copy = DriverManager.getConnection(server + scratch, user, password)) {
                    return verifyCopy(copy, tables);
                }
            } finally {
                statement.execute("drop database if exists `" + scratch + "`");
            }
        }
    }

    private String checkH2(Path file, int tables) throws IOException, SQLException {
        Path unpacked = Files.createTempDirectory("siteline-backup-check-");
        try {
            String database = null;
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    String entryName = Path.of(entry.getName()).getFileName().toString();
                    if (entryName.endsWith(".mv.db")) {
                        database = entryName.substring(0, entryName.length() - ".mv.db".length());
                        Files.copy(zip, unpacked.resolve(entryName));
                    }
                }
            }
            if (database == null) {
                return "incomplete: the archive holds no database file";
            }
            try (Connection copy = DriverManager.getConnection(
                    "jdbc:h2:file:" + unpacked.resolve(database)
                            + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE",
                    user,
                    password)) {
                return verifyCopy(copy, tables);
            }
        } finally {
            try (var files = Files.walk(unpacked)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String verifyCopy(Connection copy, int tables) throws SQLException {
        int restored = tables(copy);
        if (restored != tables) {
            return "incomplete: " + restored + " of " + tables + " tables restored";
        }
        if (!hasAudit(copy)) {
            return null;
        }
        ChainCheck chain = AuditChain.verify(copy, n -> {});
        return chain.intact()
                ? null
                : "the restored audit chain is broken"
                        + (chain.firstBrokenId() == null ? " at its head" : " at row " + chain.firstBrokenId());
    }

    static int tables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("select count(*) from information_schema.tables"
                        + " where table_schema = schema() and table_type = 'BASE TABLE'")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static boolean hasAudit(Connection connection) throws SQLException {
        try (ResultSet tables = connection
                .getMetaData()
                .getTables(connection.getCatalog(), connection.getSchema(), "audit_chain", null)) {
            return tables.next();
        }
    }

    private static long auditRows(Connection connection) throws SQLException {
        if (!hasAudit(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
                ResultSet entries = statement.executeQuery("select entries from audit_chain where id = 1")) {
            return entries.next() ? entries.getLong(1) : 0;
        }
    }

    private MariaDbClient client() {
        return new MariaDbClient(target.host(), target.port(), user, password);
    }

    private String scratchName() {
        String name = target.database() + "_check_" + Long.toString(clock.millis(), 36);
        return name.length() <= 64 ? name : name.substring(name.length() - 64);
    }

    private String freeName(String stem, String extension) {
        String name = stem + extension;
        for (int n = 2; Files.exists(directory.resolve(name)); n++) {
            name = stem + "-" + n + extension;
        }
        return name;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of()
                    .formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
