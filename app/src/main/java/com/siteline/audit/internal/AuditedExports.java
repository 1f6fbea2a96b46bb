package com.siteline.audit.internal;

import com.siteline.audit.AuditAction;
import com.siteline.audit.AuditChange;
import com.siteline.audit.AuditTrail;
import com.siteline.base.Actors;
import com.siteline.base.grid.ExportRecords;
import com.siteline.organization.OrganizationService;
import com.siteline.sla.UserZones;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every export in the audit log (record type {@code export}, action {@code EXPORT}): who (the entry's actor, from
 * which address), which grid or report, with which filter, how many rows; kept in a transaction of its own, whatever
 * the screen does next.
 */
@Component
class AuditedExports implements ExportRecords {

    private final AuditTrail trail;
    private final OrganizationService organization;
    private final Clock clock;
    private final UserZones zones;
    private final TransactionTemplate own;
    private final com.siteline.audit.ExportLimits limits;

    AuditedExports(
            AuditTrail trail,
            OrganizationService organization,
            Clock clock,
            UserZones zones,
            PlatformTransactionManager transactions,
            com.siteline.audit.ExportLimits limits) {
        this.limits = limits;
        this.zones = zones;
        this.trail = trail;
        this.organization = organization;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void exported(String what, String filter, long rows) {
        kept(what, filter, rows, null);
    }

    /** An export, or an attempt refused ({@code refusal}), in a transaction of its own. */
    private void kept(String what, String filter, long rows, String refusal) {
        List<AuditChange> changes = new java.util.ArrayList<>(List.of(
                new AuditChange("filter", null, null, filter),
                new AuditChange("rows", null, null, Long.toString(rows))));
        if (refusal != null) {
            changes.add(new AuditChange("refused", null, null, refusal));
        }
        own.executeWithoutResult(status -> trail.record("export", what, what, null, null, AuditAction.EXPORT, changes));
    }

    @Override
    public long limit() {
        java.util.Set<String> roles = new java.util.HashSet<>();
        var authentication = Actors.authentication();
        if (authentication != null) {
            authentication
                    .getAuthorities()
                    .forEach(a -> roles.add(a.getAuthority().replaceFirst("^ROLE_", "")));
        }
        return limits.limitOf(roles);
    }

    @Override
    public void refused(String what, String filter, long rows) {
        kept(what, filter, rows, "over the limit " + limit());
    }

    @Override
    public com.siteline.base.grid.XlsxExport.Stamp stamp() {
        String username = Actors.current();
        String name = organization.displayNames().getOrDefault(username, username);
        // the time where the exporter works (their first unit's zone), as every screen shows it
        return new com.siteline.base.grid.XlsxExport.Stamp(
                name,
                name + " · "
                        + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                .format(clock.instant().atZone(zones.zoneOf(username))));
    }
}
