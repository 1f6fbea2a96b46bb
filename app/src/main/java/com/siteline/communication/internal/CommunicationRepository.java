package com.siteline.communication.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CommunicationRepository
        extends JpaRepository<Communication, Long>, JpaSpecificationExecutor<Communication> {

    boolean existsByIssueId(long issueId);

    List<Communication> findByIssueIdOrderByOccurredAtDesc(long issueId);

    List<Communication> findByCustomerIdOrderByOccurredAtDesc(long customerId);

    List<Communication> findByProjectIdOrderByOccurredAtAscIdAsc(long projectId);

    List<Communication> findByIssueIdAndPromisedReplyAtNotNullAndRepliedAtIsNull(long issueId);

    List<Communication> findByCustomerIdAndIssueIdIsNullAndPromisedReplyAtNotNullAndRepliedAtIsNull(long customerId);

    List<Communication>
            findTop50ByAuthorAndBusinessUnitIdInAndRepliedAtIsNullAndPromisedReplyAtNotNullOrderByPromisedReplyAtAsc(
                    String author, Collection<Long> businessUnitIds);

    @Query("select min(c.promisedReplyAt) from Communication c where c.issueId = :issueId and c.repliedAt is null")
    Optional<Instant> earliestOpenPromise(long issueId);

    @Modifying
    @Query("update Communication c set c.customerName = :name where c.customerId = :customerId")
    int rename(long customerId, String name);

    /** Promised replies whose time has come and whose author was not told yet (index on promise_alert_at). */
    @Query("select c.id from Communication c where c.promiseAlertAt <= :now order by c.promiseAlertAt")
    List<Long> duePromises(Instant now, org.springframework.data.domain.Pageable page);
}
