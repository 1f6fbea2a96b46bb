package com.siteline.backup.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database a backup is taken of, read from its JDBC address: MariaDB (host, port, database) or H2 (its file).
 */
public record DatabaseTarget(Engine engine, String host, int port, String database, String h2File) {

    public enum Engine {
        MARIADB,
        H2
    }

    /**
     * MariaDB Connector/J's address, a single server or several with a failover mode
     * ({@code jdbc:mariadb:sequential://a:3306,b:3306/siteline}, as {@code ./siteline cluster}'s Galera nodes): the
     * dump reads the first server named, which holds the whole database like every other node of the cluster.
     */
    private static final Pattern MARIADB = Pattern.compile(
            "jdbc:(?:mariadb|mysql):(?:(?:sequential|loadbalance|replication|load-balance-read):)?//"
                    + "([^:/?,]+)(?::(\\d+))?(?:,[^/]*)?/([^?;]+).*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern H2_FILE =
            Pattern.compile("jdbc:h2:(?:file:)?([^;:][^;]*).*", Pattern.CASE_INSENSITIVE);

    public static DatabaseTarget of(String url) {
        Matcher mariadb = MARIADB.matcher(url);
        if (mariadb.matches()) {
            return new DatabaseTarget(
                    Engine.MARIADB,
                    mariadb.group(1),
                    mariadb.group(2) == null ? 3306 : Integer.parseInt(mariadb.group(2)),
                    mariadb.group(3),
                    null);
        }
        if (!url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")) {
            Matcher h2 = H2_FILE.matcher(url);
            if (h2.matches()) {
                String file = h2.group(1);
                return new DatabaseTarget(Engine.H2, null, 0, fileName(file), file);
            }
        }
        throw new IllegalArgumentException("backups are taken of MariaDB databases and H2 files only, not of "
                + url.replaceAll("password=[^&;]*", "password=…"));
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
