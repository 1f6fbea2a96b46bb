package com.siteline.importing.internal;

import com.siteline.base.InvalidInputException;
import com.siteline.importing.ImportOptions;
import com.siteline.importing.ImportSummary;
import com.siteline.importing.internal.RowResult.Outcome;
import com.siteline.importing.internal.RowTarget.Plan;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import run's reading and writing. All-or-nothing: every row checked first and nothing written if one is
 * refused, then all written in one transaction. Valid rows only: a transaction per chunk of {@value #CHUNK}
 * rows; a chunk that fails is retried row by row, so a row is either wholly imported or not at all. Refused and
 * skipped rows go to the error file with their reasons in the run's language.
 */
public final class ImportPass {

    public static final int CHUNK = 200;

    private final Supplier<RowTarget> targets;
    private final String fileName;
    private final Path file;
    private final Map<Integer, String> mapping;
    private final ImportOptions options;
    private final ResourceBundle words;
    private final TransactionTemplate transactions;
    private final EntityManager em;
    private final LongConsumer progress;
    private final List<String> headers = new ArrayList<>();
    private final Counts counts = new Counts();
    private ErrorFile errors;

    public ImportPass(
            Supplier<RowTarget> targets,
            String fileName,
            Path file,
            Map<Integer, String> mapping,
            ImportOptions options,
            ResourceBundle words,
            TransactionTemplate transactions,
            EntityManager em,
            LongConsumer progress) {
        this.targets = targets;
        this.fileName = fileName;
        this.file = file;
        this.mapping = mapping;
        this.options = options;
        this.words = words;
        this.transactions = transactions;
        this.em = em;
        this.progress = progress;
    }

    /** Runs the import as the options say; a fault escapes with what it did so far in {@link #counts()}. */
    public ImportSummary.Status run() {
        return options.allOrNothing() ? allOrNothing() : validOnly();
    }

    /** After a fault: an all-or-nothing run kept nothing of what it wrote. */
    public void faulted() {
        if (options.allOrNothing()) {
            counts.created = 0;
            counts.updated = 0;
        }
    }

    public List<String> headers() {
        return headers;
    }

    public Counts counts() {
        return counts;
    }

    /** The finished error file, or null when no row went into it. */
    public byte[] errorFile() {
        if (errors == null) {
            return null;
        }
        try (ErrorFile finished = errors) {
            return finished.isEmpty() ? null : finished.bytes();
        }
    }

    /** A file row as read: its number in the file and its cells. */
    public record Line(int number, List<String> cells) {}

    /** Reads the file and hands its rows on in chunks of {@value #CHUNK}. */
    private static void chunks(
            String fileName,
            Path file,
            java.util.function.Consumer<List<String>> header,
            java.util.function.Consumer<List<Line>> chunk) {
        List<Line> lines = new ArrayList<>();
        TableReader.read(fileName, file, new TableReader.Rows() {
            @Override
            public void header(List<String> cells) {
                header.accept(cells);
            }

            @Override
            public boolean row(int number, List<String> cells) {
                lines.add(new Line(number, cells));
                if (lines.size() == CHUNK) {
                    chunk.accept(List.copyOf(lines));
                    lines.clear();
                }
                return true;
            }
        });
        if (!lines.isEmpty()) {
            chunk.accept(List.copyOf(lines));
        }
    }

    /** Keeps the file's header and starts the error file with it. */
    private java.util.function.Consumer<List<String>> keepHeader() {
        return header -> {
            headers.addAll(header);
            errors = errorFile(header, words);
        };
    }

    /** The plans of a chunk's rows, with what they need looked up at once. */
    public static List<Plan> plan(
            RowTarget target, List<Line> lines, Map<Integer, String> mapping, ImportOptions options) {
        List<Map<String, String>> rows =
                lines.stream().map(line -> fields(mapping, line.cells())).toList();
        target.prepare(rows);
        return rows.stream()
                .map(row -> target.plan(row, options.updateDuplicates()))
                .toList();
    }

    private static List<Plan> writable(List<Plan> plans) {
        return plans.stream()
                .filter(p -> p.outcome() == Outcome.CREATE || p.outcome() == Outcome.UPDATE)
                .toList();
    }

    /** Every row checked first; written only if none is refused, then all in one transaction. */
    private ImportSummary.Status allOrNothing() {
        RowTarget check = targets.get();
        chunks(fileName, file, keepHeader(), lines -> {
            List<Plan> plans = plan(check, lines, mapping, options);
            for (int i = 0; i < lines.size(); i++) {
                counts.rows++;
                count(counts, plans.get(i).outcome());
                report(errors, lines.get(i), plans.get(i), words);
            }
            progress.accept(counts.rows);
        });
        if (counts.refused > 0) {
            counts.created = 0;
            counts.updated = 0;
            return ImportSummary.Status.REJECTED;
        }
        long[] written = {0};
        transactions.executeWithoutResult(status -> {
            RowTarget target = targets.get();
            chunks(fileName, file, header -> {}, lines -> {
                List<Plan> plans = plan(target, lines, mapping, options);
                if (plans.stream().anyMatch(p -> p.outcome() == Outcome.REFUSE)) {
                    throw new IllegalStateException("a row passed the check and then failed it");
                }
                target.writeAll(writable(plans));
                em.flush();
                em.clear();
                written[0] += lines.size();
                progress.accept(counts.rows + written[0]);
            });
        });
        return ImportSummary.Status.DONE;
    }

    /** Rows written in chunks; a chunk that fails is retried row by row. */
    private ImportSummary.Status validOnly() {
        RowTarget target = targets.get();
        chunks(fileName, file, keepHeader(), lines -> {
            counts.rows += lines.size();
            writeChunk(target, lines);
            progress.accept(counts.rows);
        });
        return ImportSummary.Status.DONE;
    }

    private void writeChunk(RowTarget target, List<Line> lines) {
        List<Plan> planned = new ArrayList<>();
        try {
            transactions.executeWithoutResult(status -> {
                planned.addAll(plan(target, lines, mapping, options));
                target.writeAll(writable(planned));
            });
        } catch (RuntimeException chunkFailed) {
            // nothing of the chunk was kept: each row again on its own
            planned.forEach(target::forget);
            for (Line line : lines) {
                one(target, line);
            }
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            count(counts, planned.get(i).outcome());
            report(errors, lines.get(i), planned.get(i), words);
        }
    }

    private void one(RowTarget target, Line line) {
        Plan[] plan = new Plan[1];
        try {
            transactions.executeWithoutResult(status -> {
                plan[0] = plan(target, List.of(line), mapping, options).getFirst();
                target.writeAll(writable(List.of(plan[0])));
            });
        } catch (InvalidInputException e) {
            forget(target, plan[0]);
            plan[0] = refused(e.problems());
        } catch (RuntimeException e) {
            forget(target, plan[0]);
            plan[0] = refused(List.of("import.error.row-failed"));
        }
        count(counts, plan[0].outcome());
        report(errors, line, plan[0], words);
    }

    private static void forget(RowTarget target, Plan plan) {
        if (plan != null) {
            target.forget(plan);
        }
    }

    private static void report(ErrorFile errors, Line line, Plan plan, ResourceBundle words) {
        if (plan.outcome() == Outcome.REFUSE || plan.outcome() == Outcome.SKIP) {
            errors.add(
                    line.cells(),
                    line.number(),
                    words.getString("import.outcome." + plan.outcome().name()),
                    reasons(plan.reasons(), words));
        }
    }

    private static Plan refused(List<String> reasons) {
        return new Plan(Outcome.REFUSE, List.copyOf(reasons), null);
    }

    static Map<String, String> fields(Map<Integer, String> mapping, List<String> cells) {
        Map<String, String> row = new LinkedHashMap<>();
        mapping.forEach(
                (column, field) -> row.put(field, column < cells.size() ? blankToNull(cells.get(column)) : null));
        return row;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static ErrorFile errorFile(List<String> header, ResourceBundle words) {
        return new ErrorFile(
                header,
                words.getString("import.errors.row"),
                words.getString("import.errors.outcome"),
                words.getString("import.errors.reason"));
    }

    private static String reasons(List<String> keys, ResourceBundle words) {
        return String.join(
                "；",
                keys.stream()
                        .map(k -> words.containsKey(k) ? words.getString(k) : k)
                        .toList());
    }

    private static void count(Counts counts, Outcome outcome) {
        switch (outcome) {
            case CREATE -> counts.created++;
            case UPDATE -> counts.updated++;
            case SKIP -> counts.skipped++;
            case REFUSE -> counts.refused++;
        }
    }

    /** How many rows a run read and what became of them. */
    public static final class Counts {
        public long rows;
        public long created;
        public long updated;
        public long skipped;
        public long refused;

        void add(Counts other) {
            created += other.created;
            updated += other.updated;
            skipped += other.skipped;
            refused += other.refused;
        }
    }
}
