package com.siteline.importing;

import com.siteline.base.Actors;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.SitelineI18NProvider;
import com.siteline.base.grid.GridDefinition;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSource;
import com.siteline.base.grid.JpaGrid;
import com.siteline.customer.CustomerService;
import com.siteline.importing.internal.CustomerRows;
import com.siteline.importing.internal.ImportErrorFile;
import com.siteline.importing.internal.ImportErrorFileRepository;
import com.siteline.importing.internal.ImportGrid;
import com.siteline.importing.internal.ImportMappings;
import com.siteline.importing.internal.ImportPass;
import com.siteline.importing.internal.ImportPreview;
import com.siteline.importing.internal.ImportRun;
import com.siteline.importing.internal.ImportRunRepository;
import com.siteline.importing.internal.IssueRows;
import com.siteline.importing.internal.ProjectRows;
import com.siteline.importing.internal.RowResult;
import com.siteline.importing.internal.RowTarget;
import com.siteline.importing.internal.RowTarget.Plan;
import com.siteline.importing.internal.TableReader;
import com.siteline.importing.internal.Templates;
import com.siteline.importing.internal.Values;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.project.ProjectService;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports customers, projects and past issues into the administrator's units. A run reads the file as a stream
 * (never whole in memory), checks each row with the rules of the forms (the services' own checks) and writes
 * it through the same services, so every record is audited like a typed one. All-or-nothing: every row is
 * checked first and nothing is written unless all pass, then all are written in one transaction. Valid rows
 * only: rows are written in transactions of {@value ImportPass#CHUNK}; a chunk that fails is retried row by row, so a
 * row is either wholly imported or not at all.
 */
@Service
@PreAuthorize(Role.Can.ADMINISTER)
public class Importer implements GridSource<ImportSummary> {

    public static final int PREVIEW_ROWS = 20;

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final CustomerService customers;
    private final ProjectService projects;
    private final IssueService issues;
    private final IssueQueries issueQueries;
    private final OrganizationService organization;
    private final UserZones zones;
    private final ImportRunRepository runs;
    private final ImportMappings mappings;
    private final ImportErrorFileRepository errorFiles;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransaction;
    private final EntityManager em;
    private final Clock clock;
    private final JpaGrid<ImportRun> grid;

    Importer(
            CustomerService customers,
            ProjectService projects,
            IssueService issues,
            IssueQueries issueQueries,
            OrganizationService organization,
            UserZones zones,
            ImportRunRepository runs,
            ImportMappings mappings,
            PlatformTransactionManager transactionManager,
            EntityManager em,
            Clock clock,
            ImportErrorFileRepository errorFiles) {
        this.errorFiles = errorFiles;
        this.customers = customers;
        this.projects = projects;
        this.issues = issues;
        this.issueQueries = issueQueries;
        this.organization = organization;
        this.zones = zones;
        this.runs = runs;
        this.mappings = mappings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.em = em;
        this.clock = clock;
        this.grid = new JpaGrid<>(
                ImportRun.class,
                ImportGrid.DEFINITION,
                zones::zoneOf,
                (text, user) -> (root, q, cb) -> cb.like(root.get("fileName"), "%" + JpaGrid.escape(text) + "%", '\\'));
    }

    /** A template of the kind: its columns in the user's language and one example row. */
    public byte[] template(ImportKind kind, Locale locale) {
        return Templates.xlsx(kind, locale);
    }

    /** Which field each column fills: the user's choice for this header last time, else the header's own words. */
    public Map<Integer, String> mappingFor(ImportKind kind, List<String> headers) {
        Map<String, String> remembered = mappings.of(Actors.current(), kind);
        Map<Integer, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String folded = Values.fold(headers.get(i).replace("*", ""));
            if (folded.isEmpty()) {
                continue;
            }
            String field = Optional.ofNullable(remembered.get(folded))
                    .filter(key -> kind.fields().stream().anyMatch(f -> f.key().equals(key)))
                    .orElseGet(() -> kind.fields().stream()
                            .map(ImportField::key)
                            .filter(key -> Values.fold(key).equals(folded)
                                    || Values.labels(kind.labelKey(key)).contains(folded))
                            .findFirst()
                            .orElse(null));
            if (field != null && !mapping.containsValue(field)) {
                mapping.put(i, field);
            }
        }
        return mapping;
    }

    /**
     * The first {@value #PREVIEW_ROWS} rows as they would be imported, with the mapping given (or the remembered
     * or matched one when null). Nothing is written. A file that cannot be read is refused with a message.
     */
    public ImportPreview preview(
            ImportKind kind, String fileName, Path file, Map<Integer, String> mapping, ImportOptions options) {
        List<String> headers = new ArrayList<>();
        List<RowResult> results = new ArrayList<>();
        Map<Integer, String>[] used = new Map[1];
        RowTarget target = target(kind);
        TableReader.read(fileName, file, new TableReader.Rows() {
            @Override
            public void header(List<String> header) {
                headers.addAll(header);
                used[0] = mapping == null ? mappingFor(kind, header) : mapping;
            }

            @Override
            public boolean row(int number, List<String> cells) {
                results.add(new RowResult(number, cells, null, List.of()));
                return results.size() < PREVIEW_ROWS;
            }
        });
        Map<Integer, String> columns = used[0] == null ? Map.of() : used[0];
        List<Plan> plans = ImportPass.plan(
                target,
                results.stream()
                        .map(r -> new ImportPass.Line(r.row(), r.cells()))
                        .toList(),
                columns,
                options);
        for (int i = 0; i < results.size(); i++) {
            RowResult read = results.get(i);
            results.set(
                    i,
                    new RowResult(
                            read.row(),
                            read.cells(),
                            plans.get(i).outcome(),
                            plans.get(i).reasons()));
        }
        return new ImportPreview(kind, headers, columns, missing(kind, columns), results);
    }

    /**
     * Imports the file and returns the run as the history keeps it. {@code progress} hears the rows read so far.
     * The mapping must name every required field.
     */
    public ImportSummary run(
            ImportKind kind,
            String fileName,
            Path file,
            Map<Integer, String> mapping,
            ImportOptions options,
            Locale locale,
            LongConsumer progress) {
        String username = Actors.current();
        List<String> missing = missing(kind, mapping);
        if (!missing.isEmpty()) {
            ResourceBundle words = SitelineI18NProvider.bundle(locale);
            throw new RefusedException(
                    "import.error.columns",
                    Message.value(String.join(
                            "、",
                            missing.stream()
                                    .map(f -> words.getString(kind.labelKey(f)))
                                    .toList())));
        }
        // the whole file is read once before anything is written: a problem with the file itself (a formula in
        // row 90,000, too many rows, a broken quote) refuses it with nothing imported, in either mode
        countRows(fileName, file);
        long runId = ownTransaction.execute(status -> runs.save(new ImportRun(
                        username, kind, fileName, options.allOrNothing(), options.updateDuplicates(), clock.instant()))
                .getId());
        ImportPass pass = new ImportPass(
                () -> target(kind),
                fileName,
                file,
                mapping,
                options,
                SitelineI18NProvider.bundle(locale),
                transactions,
                em,
                progress);
        ImportSummary.Status outcome;
        String message = null;
        try {
            outcome = pass.run();
            rememberMapping(username, kind, pass.headers(), mapping);
        } catch (RefusedException e) {
            finish(runId, ImportSummary.Status.FAILED, pass.counts(), e.messageKey(), null);
            throw e;
        } catch (RuntimeException e) {
            log.warn("Import {} of {} stopped by a fault", runId, fileName, e);
            outcome = ImportSummary.Status.FAILED;
            message = "import.failed";
            pass.faulted();
        }
        return finish(runId, outcome, pass.counts(), message, pass.errorFile());
    }

    /** Reads the whole file and counts its data rows; a problem with the file itself is refused with a message. */
    public long countRows(String fileName, Path file) {
        long[] rows = {0};
        TableReader.read(fileName, file, new TableReader.Rows() {
            @Override
            public void header(List<String> header) {}

            @Override
            public boolean row(int number, List<String> cells) {
                rows[0]++;
                return true;
            }
        });
        return rows[0];
    }

    private ImportSummary finish(
            long runId, ImportSummary.Status outcome, ImportPass.Counts counts, String message, byte[] errorFile) {
        return ownTransaction.execute(status -> {
            ImportRun run = runs.findById(runId).orElseThrow();
            run.finish(
                    outcome,
                    clock.instant(),
                    counts.rows,
                    counts.created,
                    counts.updated,
                    counts.skipped,
                    counts.refused,
                    message,
                    errorFile != null);
            if (errorFile != null) {
                errorFiles.save(new ImportErrorFile(runId, errorFile));
            }
            return runs.saveAndFlush(run).summary();
        });
    }

    private void rememberMapping(String username, ImportKind kind, List<String> headers, Map<Integer, String> mapping) {
        Map<String, String> byHeader = new LinkedHashMap<>();
        mapping.forEach((column, field) -> {
            if (column < headers.size()) {
                byHeader.put(Values.fold(headers.get(column).replace("*", "")), field);
            }
        });
        ownTransaction.executeWithoutResult(status -> mappings.remember(username, kind, byHeader));
    }

    /** The error file of a run, when it has one. */
    public Optional<byte[]> errorFile(long runId) {
        return transactions.execute(status -> errorFiles.findById(runId).map(ImportErrorFile::getContent));
    }

    @Override
    public GridDefinition definition() {
        return grid.definition();
    }

    @Override
    public List<ImportSummary> page(GridQuery query, int offset, int limit) {
        return transactions.execute(status ->
                grid
                        .page(
                                em,
                                grid.where((root, q, cb) -> cb.conjunction(), query, Actors.current()),
                                query,
                                offset,
                                limit)
                        .stream()
                        .map(ImportRun::summary)
                        .toList());
    }

    @Override
    public long count(GridQuery query) {
        return transactions.execute(
                status -> grid.count(em, grid.where((root, q, cb) -> cb.conjunction(), query, Actors.current())));
    }

    private RowTarget target(ImportKind kind) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        Map<Long, String> codes = new LinkedHashMap<>();
        for (BusinessUnitSummary unit : organization.businessUnitsOf(username)) {
            codes.put(unit.id(), unit.code());
        }
        return switch (kind) {
            case CUSTOMERS -> new CustomerRows(customers, units, codes);
            case PROJECTS -> new ProjectRows(projects, customers, units, codes);
            case ISSUES -> new IssueRows(issues, issueQueries, customers, units, codes, zones.zoneOf(username));
        };
    }

    private static List<String> missing(ImportKind kind, Map<Integer, String> mapping) {
        return kind.fields().stream()
                .filter(ImportField::required)
                .map(ImportField::key)
                .filter(key -> !mapping.containsValue(key))
                .toList();
    }
}
