package com.siteline.privacy.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer's personal data as one ZIP archive (个人信息副本): a readable index ({@code index.html}, in both
 * languages) naming each part with its rows, one CSV per part (UTF-8 with a byte-order mark, so Excel reads the
 * Chinese), the files (photos, documents) under {@code files/}, and the history of the customer's records. Every
 * table that holds rows of the customer is a part ({@link PersonalScope}); the application's own secrets (hashes of
 * codes and links, tokens) are left out.
 */
public final class PersonalArchive {

    private static final Pattern SECRET = Pattern.compile(".*(hash|token|secret|password).*");

    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private PersonalArchive() {}

    /** Writes the archive; returns the number of rows in it. */
    public static long write(JdbcTemplate jdbc, long customerId, String by, Instant at, OutputStream out) {
        List<String[]> index = new ArrayList<>();
        long total = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (PersonalScope.Table table : PersonalScope.of(jdbc, customerId)) {
                if (table.mine() == null) {
                    continue;
                }
                List<String> columns = table.all().stream()
                        .filter(c -> !SECRET.matcher(c).matches() && !c.equals("version"))
                        .toList();
                List<Map<String, Object>> rows = jdbc.queryForList("select " + String.join(", ", columns)
                        + " from " + table.name() + " where " + table.mine()
                        + (table.hasId() ? " order by id" : ""));
                if (rows.isEmpty()) {
                    continue;
                }
                total += rows.size();
                index.add(new String[] {table.name(), Integer.toString(rows.size())});
                csv(zip, table.name(), columns, rows, table.binary());
            }
            List<Map<String, Object>> history = jdbc.queryForList(
                    "select at, actor, action, record_type, record_id, record_label, changes from audit_entry"
                            + " where customer_id = ? or (record_type = 'customer' and record_id = ?) order by id",
                    customerId,
                    Long.toString(customerId));
            if (!history.isEmpty()) {
                total += history.size();
                index.add(new String[] {"history", Integer.toString(history.size())});
                csv(
                        zip,
                        "history",
                        List.of("at", "actor", "action", "record_type", "record_id", "record_label", "changes"),
                        history,
                        List.of());
            }
            zip.putNextEntry(new ZipEntry("index.html"));
            zip.write(indexPage(customerId, by, at, index).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    private static void csv(
            ZipOutputStream zip, String part, List<String> columns, List<Map<String, Object>> rows, List<String> binary)
            throws IOException {
        List<Object[]> files = new ArrayList<>();
        zip.putNextEntry(new ZipEntry(part + ".csv"));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        CSVPrinter printer = new CSVPrinter(
                writer,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(columns.toArray(String[]::new))
                        .get());
        for (Map<String, Object> row : rows) {
            List<String> values = new ArrayList<>();
            for (String column : columns) {
                Object value = row.get(column);
                if (value instanceof byte[] bytes) {
                    String name = "files/" + part + "/" + row.getOrDefault("id", files.size()) + "-" + column
                            + extension(bytes);
                    files.add(new Object[] {name, bytes});
                    values.add(name);
                } else if (value instanceof java.sql.Blob blob) {
                    try {
                        byte[] bytes = blob.getBytes(1, (int) blob.length());
                        String name = "files/" + part + "/" + row.getOrDefault("id", files.size()) + "-" + column
                                + extension(bytes);
                        files.add(new Object[] {name, bytes});
                        values.add(name);
                    } catch (java.sql.SQLException e) {
                        throw new IOException(e);
                    }
                } else {
                    values.add(value == null ? "" : String.valueOf(value));
                }
            }
            printer.printRecord(values);
        }
        printer.flush();
        zip.closeEntry();
        for (Object[] file : files) {
            zip.putNextEntry(new ZipEntry((String) file[0]));
            zip.write((byte[]) file[1]);
            zip.closeEntry();
        }
    }

    private static String extension(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            return ".jpg";
        }
        if (bytes.length > 4 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return ".png";
        }
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            return ".pdf";
        }
        return ".bin";
    }

    private static String indexPage(long customerId, String by, Instant at, List<String[]> parts) {
        String title = both("privacy.archive.title");
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + escape(title) + "</title>"
                + "<style>body{font-family:sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem}"
                + "td,th{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:left}</style></head><body>");
        html.append("<h1>")
                .append(escape(title))
                .append("</h1><p>")
                .append(escape(both("privacy.archive.customer")))
                .append(" #")
                .append(customerId)
                .append("<br>")
                .append(escape(both("privacy.archive.at")))
                .append(' ')
                .append(at)
                .append(" (UTC)<br>")
                .append(escape(both("privacy.archive.by")))
                .append(' ')
                .append(escape(by))
                .append("</p><p>")
                .append(escape(text(Locale.ROOT, "privacy.archive.about", "")))
                .append("<br>")
                .append(escape(text(Locale.ENGLISH, "privacy.archive.about", "")))
                .append("</p><table><tr><th>")
                .append(escape(both("privacy.archive.part")))
                .append("</th><th>")
                .append(escape(both("privacy.archive.rows")))
                .append("</th><th>")
                .append(escape(both("privacy.archive.file")))
                .append("</th></tr>");
        for (String[] part : parts) {
            String[] label = {
                text(Locale.ROOT, "privacy.part." + part[0], part[0]),
                text(Locale.ENGLISH, "privacy.part." + part[0], part[0])
            };
            html.append("<tr><td>")
                    .append(escape(label[0]))
                    .append(" / ")
                    .append(escape(label[1]))
                    .append("</td><td>")
                    .append(part[1])
                    .append("</td><td><a href=\"")
                    .append(part[0])
                    .append(".csv\">")
                    .append(part[0])
                    .append(".csv</a></td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    /** A text of the bundles in Chinese (the default bundle) or English, or {@code fallback} when it has none. */
    private static String text(Locale locale, String key, String fallback) {
        try {
            return ResourceBundle.getBundle("i18n.messages", locale, EXACT).getString(key);
        } catch (java.util.MissingResourceException e) {
            return fallback;
        }
    }

    private static String both(String key) {
        return text(Locale.ROOT, key, key) + " / " + text(Locale.ENGLISH, key, key);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
