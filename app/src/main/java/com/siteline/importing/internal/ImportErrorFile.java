package com.siteline.importing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A run's error file, in a table of its own so the history never loads it. */
@Entity
@Table(name = "import_error_file")
public class ImportErrorFile {

    @Id
    @Column(name = "run_id")
    private Long runId;

    // longblob on MariaDB (matched by name), blob on H2: see the V21_1 migrations
    @Lob
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    protected ImportErrorFile() {}

    public ImportErrorFile(long runId, byte[] content) {
        this.runId = runId;
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
