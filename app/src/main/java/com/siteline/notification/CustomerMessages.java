package com.siteline.notification;

import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.notification.internal.CustomerChannel;
import com.siteline.notification.internal.CustomerMessageRepository;
import com.siteline.notification.internal.CustomerMessageRow;
import com.siteline.notification.internal.OutboxGrid;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages to customers (survey links, reminders): each is stored with the writes that caused it and handed
 * to the {@link CustomerChannel}s only once those are committed, so a rolled-back change sends nothing and a
 * sent message is always on record. Whatever the channels do, the message stays in the outbox with its outcome.
 */
@Service
@Transactional(readOnly = true)
public class CustomerMessages extends UnitScopedGridSource<CustomerMessageRow, CustomerMessage> {

    private static final Logger log = LoggerFactory.getLogger(CustomerMessages.class);

    /** What to send, and where the customer can be reached. */
    public record Outgoing(
            long customerId,
            String customerName,
            long businessUnitId,
            String kind,
            String email,
            String phone,
            String subject,
            String body) {}

    private final CustomerMessageRepository messages;
    private final List<CustomerChannel> channels;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final JpaGrid<CustomerMessageRow> grid;

    CustomerMessages(
            CustomerMessageRepository messages,
            List<CustomerChannel> channels,
            Clock clock,
            PlatformTransactionManager transactions,
            EntityManager em,
            OrganizationService organization,
            UserZones zones) {
        super(
                em,
                username -> organization.businessUnits().stream()
                        .collect(java.util.stream.Collectors.toMap(u -> u.id(), u -> u.name())));
        this.messages = messages;
        this.channels = channels;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.grid = new JpaGrid<>(
                CustomerMessageRow.class,
                OutboxGrid.DEFINITION,
                zones::zoneOf,
                (text, user) -> (root, q, cb) -> cb.or(
                        cb.like(root.get("customerName"), "%" + JpaGrid.escape(text) + "%", '\\'),
                        cb.like(root.get("subject"), "%" + JpaGrid.escape(text) + "%", '\\'),
                        cb.like(root.get("body"), "%" + JpaGrid.escape(text) + "%", '\\')));
    }

    /**
     * Stores the message in the caller's transaction and sends it once that commits (at once without one).
     *
     * @return the message's id in the outbox
     */
    @Transactional
    public long send(Outgoing message) {
        CustomerMessageRow row = messages.saveAndFlush(new CustomerMessageRow(
                message.customerId(),
                message.customerName(),
                message.businessUnitId(),
                message.kind(),
                cut(message.subject(), 300),
                cut(message.body(), 4000),
                clock.instant()));
        long id = row.getId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(id, message);
                }
            });
        } else {
            deliver(id, message);
        }
        return id;
    }

    private void deliver(long id, Outgoing message) {
        for (CustomerChannel channel : channels) {
            String address;
            try {
                address = channel.deliver(message.email(), message.phone(), message.subject(), message.body());
            } catch (RuntimeException e) {
                log.warn("Channel {} could not send customer message {}: {}", channel.id(), id, e.getMessage());
                newTransaction.executeWithoutResult(
                        tx -> messages.findById(id).ifPresent(r -> r.failed(channel.id(), null, e.getMessage())));
                continue;
            }
            if (address != null) {
                newTransaction.executeWithoutResult(tx ->
                        messages.findById(id).ifPresent(r -> r.delivered(channel.id(), address, clock.instant())));
                return;
            }
        }
        newTransaction.executeWithoutResult(tx -> messages.findById(id).ifPresent(r -> {
            if (r.getOutcome() == MessageOutcome.PENDING) {
                r.kept(null);
            }
        }));
    }

    /** A customer's messages, newest first, for administrators. */
    @PreAuthorize(Role.Can.ADMINISTER)
    public List<CustomerMessage> ofCustomer(long customerId) {
        return messages.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
                .map(r -> toRow(r, Map.of()))
                .toList();
    }

    /** One message, for administrators (the outbox). */
    @PreAuthorize(Role.Can.ADMINISTER)
    public CustomerMessage get(long id) {
        return messages.findById(id)
                .map(r -> toRow(r, Map.of()))
                .orElseThrow(() -> new java.util.NoSuchElementException("no message " + id));
    }

    @Override
    @PreAuthorize(Role.Can.ADMINISTER)
    public List<CustomerMessage> page(GridQuery query, int offset, int limit) {
        return super.page(query, offset, limit);
    }

    @Override
    @PreAuthorize(Role.Can.ADMINISTER)
    public long count(GridQuery query) {
        return super.count(query);
    }

    @Override
    @PreAuthorize(Role.Can.ADMINISTER)
    public long countUpTo(GridQuery query, int cap) {
        return super.countUpTo(query, cap);
    }

    @Override
    public JpaGrid<CustomerMessageRow> grid() {
        return grid;
    }

    @Override
    protected CustomerMessage toRow(CustomerMessageRow r, Map<Long, String> units) {
        return new CustomerMessage(
                r.getId(),
                r.getCustomerId(),
                r.getCustomerName(),
                r.getBusinessUnitId(),
                units.get(r.getBusinessUnitId()),
                r.getKind(),
                r.getChannel(),
                r.getAddress(),
                r.getSubject(),
                r.getBody(),
                r.getCreatedAt(),
                r.getSentAt(),
                r.getOutcome(),
                r.getDetail());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
