package com.siteline.access.internal;

import com.siteline.access.AccessStatus;
import com.siteline.audit.AuditChange;
import com.siteline.audit.AuditTrail;
import com.siteline.base.Actors;
import com.siteline.base.RecordGrants;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grants themselves, asked on every read of another unit's record: an approved request of the signed-in
 * user for that record whose period is running now. Each read it allows is written to the audit history as a
 * use of the grant (a transaction of its own, so it is kept whatever the read does next).
 */
@Service
@Transactional(readOnly = true)
public class AccessGrants implements RecordGrants {

    private final AccessRequestRepository requests;
    private final AuditTrail audit;
    private final Clock clock;

    AccessGrants(AccessRequestRepository requests, AuditTrail audit, Clock clock) {
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean reads(Kind kind, long recordId) {
        Optional<AccessRequest> grant = running(kind, recordId);
        grant.ifPresent(g -> audit.recordRead(
                "access",
                Long.toString(g.getId()),
                g.getRecordLabel(),
                g.getOwningUnitId(),
                kind == Kind.CUSTOMER ? recordId : null,
                List.of(new AuditChange("record", null, null, kind.name() + " " + recordId))));
        return grant.isPresent();
    }

    @Override
    public java.util.Map<Kind, java.util.Set<Long>> opened() {
        java.util.Map<Kind, java.util.Set<Long>> opened = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            opened.put(kind, new java.util.TreeSet<>());
        }
        for (Object[] row : requests.runningRecords(Actors.current(), clock.instant())) {
            opened.get((Kind) row[0]).add((Long) row[1]);
        }
        return opened;
    }

    /** The signed-in user's running grant for the record, without recording a use. */
    Optional<AccessRequest> running(Kind kind, long recordId) {
        String username = Actors.current();
        var now = clock.instant();
        return requests
                .findByRequesterAndRecordKindAndRecordIdAndStatusIn(
                        username, kind, recordId, List.of(AccessStatus.APPROVED))
                .stream()
                .filter(r -> r.runningAt(now))
                .findFirst();
    }
}
