package com.siteline.importing.internal;

import com.siteline.base.AbstractEntity;
import com.siteline.importing.ImportKind;
import com.siteline.importing.ImportSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import run: who, when, which file, how, and how many rows went where; the error file once there is one. */
@Entity
@Table(name = "import_run")
public class ImportRun extends AbstractEntity {

    @Column(nullable = false, length = 60)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ImportKind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "all_or_nothing", nullable = false)
    private boolean allOrNothing;

    @Column(name = "update_duplicates", nullable = false)
    private boolean updateDuplicates;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportSummary.Status status;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "created_count", nullable = false)
    private long created;

    @Column(name = "updated_count", nullable = false)
    private long updated;

    @Column(name = "skipped_count", nullable = false)
    private long skipped;

    @Column(name = "refused_count", nullable = false)
    private long refused;

    @Column(length = 500)
    private String message;

    @Column(name = "has_error_file", nullable = false)
    private boolean hasErrorFile;

    protected ImportRun() {}

    public ImportRun(
            String username,
            ImportKind kind,
            String fileName,
            boolean allOrNothing,
            boolean updateDuplicates,
            Instant startedAt) {
        this.username = username;
        this.kind = kind;
        this.fileName = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        this.allOrNothing = allOrNothing;
        this.updateDuplicates = updateDuplicates;
        this.startedAt = startedAt;
        this.status = ImportSummary.Status.RUNNING;
    }

    public void finish(
            ImportSummary.Status outcome,
            Instant at,
            long rows,
            long created,
            long updated,
            long skipped,
            long refused,
            String message,
            boolean hasErrorFile) {
        this.status = outcome;
        this.finishedAt = at;
        this.rowsRead = rows;
        this.created = created;
        this.updated = updated;
        this.skipped = skipped;
        this.refused = refused;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
        this.hasErrorFile = hasErrorFile;
    }

    public ImportSummary summary() {
        return new ImportSummary(
                getId(),
                username,
                kind,
                fileName,
                allOrNothing,
                updateDuplicates,
                startedAt,
                finishedAt,
                status,
                rowsRead,
                created,
                updated,
                skipped,
                refused,
                hasErrorFile);
    }

    public String getUsername() {
        return username;
    }
}
