package com.siteline.privacy;

import com.siteline.audit.AuditChange;
import com.siteline.audit.AuditTrail;
import com.siteline.base.Actors;
import com.siteline.base.CustomerActor;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.organization.Role;
import com.siteline.privacy.internal.PersonalArchive;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's copy of their personal data (个人信息查阅、复制, PIPL art. 45) as one archive with a readable index:
 * asked by staff on the customer's behalf (from the customer's page) or by the customer in the portal. Each copy is
 * kept in the audit log (record type {@code export}, action 导出: who, for which customer, from where, how many rows).
 */
@Service
public class PersonalDataExport {

    private final CustomerService customers;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonalDataExport(CustomerService customers, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
        this.customers = customers;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Staff write the archive of a customer they may see; returns its rows. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Can.WORK)
    public long forStaff(long customerId, OutputStream out) {
        CustomerDetails customer = customers.get(customerId);
        long rows = PersonalArchive.write(jdbc, customerId, Actors.current(), clock.instant(), out);
        recorded(customerId, customer.businessUnitId(), "staff", rows);
        return rows;
    }

    /** The customer writes their own archive in the portal; returns its rows. */
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerActor.SELF)
    public long forCustomer(long customerId, OutputStream out) {
        long rows = PersonalArchive.write(jdbc, customerId, "customer #" + customerId, clock.instant(), out);
        recorded(customerId, CustomerActor.current().orElseThrow().businessUnitId(), "portal", rows);
        return rows;
    }

    private void recorded(long customerId, long unit, String source, long rows) {
        audit.recordExport(
                "export",
                "personal-data",
                "personal-data",
                unit,
                customerId,
                List.of(
                        new AuditChange("filter", null, null, "customer " + customerId + " (" + source + ")"),
                        new AuditChange("rows", null, null, Long.toString(rows))));
    }
}
