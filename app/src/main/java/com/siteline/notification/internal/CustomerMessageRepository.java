package com.siteline.notification.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CustomerMessageRepository
        extends JpaRepository<CustomerMessageRow, Long>, JpaSpecificationExecutor<CustomerMessageRow> {

    List<CustomerMessageRow> findByCustomerIdOrderByCreatedAtDesc(long customerId);

    java.util.Optional<CustomerMessageRow> findFirstByChannelAndAddressAndSentAtNotNullOrderBySentAtDescIdDesc(
            String channel, String address);

    /** Messages the outbox has work on, due by a time, oldest first. */
    @org.springframework.data.jpa.repository.Query(
            "select m.id from CustomerMessageRow m where m.outcome in (com.siteline.notification.MessageOutcome.PENDING, com.siteline.notification.MessageOutcome.HELD)"
                    + " and (m.nextAttemptAt is null or m.nextAttemptAt <= :now) order by m.id")
    List<Long> due(java.time.Instant now, org.springframework.data.domain.Limit limit);

    /** Messages that count towards a customer's daily cap: sent (not urgent) since a time. */
    @org.springframework.data.jpa.repository.Query(
            "select count(m) from CustomerMessageRow m where m.customerId = :customerId and m.urgent = false"
                    + " and m.sentAt >= :since and m.channel <> 'email'")
    long sentSince(long customerId, java.time.Instant since);
}
