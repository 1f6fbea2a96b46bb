package com.siteline.portal.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One request for a new portal link: by the asked address's hash, and the customer it found (if any). */
@Entity
@Table(name = "portal_link_request")
public class LinkRequestRow extends AbstractRow {

    @Column(name = "address_hash", nullable = false, length = 64)
    private String addressHash;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(length = 64)
    private String ip;

    @Column(nullable = false)
    private Instant at;

    protected LinkRequestRow() {}

    public LinkRequestRow(String addressHash, Long customerId, String ip, Instant at) {
        this.addressHash = addressHash;
        this.customerId = customerId;
        this.ip = ip;
        this.at = at;
    }
}
