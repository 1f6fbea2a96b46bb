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
}
