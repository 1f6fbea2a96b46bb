package com.siteline.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<NotificationRow, Long> {

    long countByRecipientAndReadAtIsNull(String recipient);

    List<NotificationRow> findTop30ByRecipientOrderByCreatedAtDescIdDesc(String recipient);

    List<NotificationRow> findByIssueIdOrderByCreatedAtAsc(long issueId);

    @Modifying
    @Query("update NotificationRow n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int readAll(String recipient, Instant at);

    /** Emails due for another try, earliest first (the outbox). */
    @Query("select n.id from NotificationRow n where n.emailDueAt <= :now order by n.emailDueAt")
    List<Long> emailsDue(Instant now, org.springframework.data.domain.Pageable page);

    /**
     * Takes an email for this node: moves its due time on to a lease, unless another node (or run) took it
     * first. Returns 1 when this caller has it.
     */
    @Modifying
    @Query("update NotificationRow n set n.emailDueAt = :lease where n.id = :id and n.emailDueAt = :due")
    int claimEmail(long id, Instant due, Instant lease);
}
