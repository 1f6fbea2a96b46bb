package com.siteline.communication.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommunicationAttachmentRepository extends JpaRepository<CommunicationAttachment, Long> {

    /** The files of some entries, without loading their content. */
    @Query(
            "select new com.siteline.communication.internal.LogAttachment(a.id, a.communicationId, a.fileName, a.contentType,"
                    + " a.sizeBytes) from CommunicationAttachment a where a.communicationId in :entryIds order by a.id")
    List<LogAttachment> listOf(Collection<Long> entryIds);
}
