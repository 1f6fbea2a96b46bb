package com.siteline.portal.internal;

import com.siteline.base.AbstractRow;
import com.siteline.base.UnitScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;

/** One thing that happened in the portal, with the customer's address and browser; never changed. */
@Entity
@Filter(name = UnitScope.FILTER, condition = UnitScope.OF_CUSTOMER)
@Table(name = "portal_event")
public class PortalEventRow extends AbstractRow {
    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "business_unit_id", nullable = false)
    private long businessUnitId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(length = 300)
    private String subject;

    @Column(length = 64)
    private String ip;

    @Column(name = "user_agent", length = 300)
    private String userAgent;

    @Column(nullable = false)
    private Instant at;

    protected PortalEventRow() {}

    public PortalEventRow(
            long customerId,
            long businessUnitId,
            String kind,
            String subject,
            String ip,
            String userAgent,
            Instant at) {
        this.customerId = customerId;
        this.businessUnitId = businessUnitId;
        this.kind = kind;
        this.subject = cut(subject, 300);
        this.ip = cut(ip, 64);
        this.userAgent = cut(userAgent, 300);
        this.at = at;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getIp() {
        return ip;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Instant getAt() {
        return at;
    }
}
