package com.siteline.audit.internal;

import com.siteline.audit.AuditAction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An audit row, read-only for the application: rows are only ever inserted, by {@link AuditWriter}. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(length = 64)
    private String address;

    @Column(name = "record_type", nullable = false, length = 30)
    private String recordType;

    @Column(name = "record_id", nullable = false, length = 80)
    private String recordId;

    @Column(name = "record_label", length = 200)
    private String recordLabel;

    @Column(name = "business_unit_id")
    private Long businessUnitId;

    @Column(name = "customer_id")
    private Long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AuditAction action;

    // longtext on MariaDB (matched by name), clob on H2 (matched by type): see the V19_1 migrations
    @Lob
    @Column(nullable = false, columnDefinition = "longtext")
    private String changes;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {}

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getRecordLabel() {
        return recordLabel;
    }

    public Long getBusinessUnitId() {
        return businessUnitId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
