package com.siteline.access.internal;

import com.siteline.access.AccessStatus;
import com.siteline.base.RecordGrants;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessRequestRepository extends JpaRepository<AccessRequest, Long> {

    List<AccessRequest> findByRequesterAndRecordKindAndRecordIdAndStatusIn(String requester, RecordGrants.Kind kind,
            long recordId, Collection<AccessStatus> statuses);
}
