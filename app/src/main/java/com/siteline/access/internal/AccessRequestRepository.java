package com.siteline.access.internal;

import com.siteline.access.AccessStatus;
import com.siteline.base.RecordGrants;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccessRequestRepository extends JpaRepository<AccessRequest, Long> {

    List<AccessRequest> findByRequesterAndRecordKindAndRecordIdAndStatusIn(
            String requester, RecordGrants.Kind kind, long recordId, Collection<AccessStatus> statuses);

    /** The kind and id of each record a user's approved requests open at an instant. */
    @Query("""
            select r.recordKind, r.recordId from AccessRequest r where r.requester = :requester
            and r.status = com.siteline.access.AccessStatus.APPROVED and r.startsAt <= :now and r.endsAt > :now""")
    List<Object[]> runningRecords(String requester, Instant now);
}
