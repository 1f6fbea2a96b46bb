package com.siteline.notification;

import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.notification.internal.CustomerDispatch;
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
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Messages to customers (survey links, codes, reports): each is stored with the writes that caused it, and once
 * those are committed the outbox ({@link CustomerDispatch}) takes it on a thread of its own, so a rolled-back change
 * sends nothing, a sent message is always on record and no user waits for a gateway. Whatever the channels do, the
 * message stays in the outbox with its state.
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
            String body,
            String channelFirst,
            Long issueId,
            Long projectId) {

        public Outgoing(
                long customerId,
                String customerName,
                long businessUnitId,
                String kind,
                String email,
                String phone,
                String subject,
                String body) {
            this(customerId, customerName, businessUnitId, kind, email, phone, subject, body, null, null, null);
        }

        /** The same message, about an issue or a project (the customer's answer is logged with it). */
        public Outgoing about(Long issue, Long project) {
            return with(channelFirst, issue, project);
        }

        /** The same message, to be tried on a channel first. */
        public Outgoing first(String channel) {
            return with(channel, issueId, projectId);
        }

        private Outgoing with(String channel, Long issue, Long project) {
            return new Outgoing(
                    customerId,
                    customerName,
                    businessUnitId,
                    kind,
                    email,
                    phone,
                    subject,
                    body,
                    channel,
                    issue,
                    project);
        }
    }

    /** Where a message of a kind would reach a customer: a channel and the address, masked for showing. */
    public record Route(String channel, String maskedAddress) {}

    /**
     * The channels that reach a customer for a kind of message now, in the order the outbox tries them (consent and
     * the channels' modes heeded, the hour not: for codes and the like).
     */
    public List<Route> routes(long customerId, String kind) {
        return dispatch.routes(customerId, kind).stream()
                .map(r -> new Route(r.getKey(), mask(r.getValue())))
                .toList();
    }

    /** 138****1234, k***@example.com, ****1234: enough for the customer to know it, not for anyone to learn it. */
    public static String mask(String address) {
        return com.siteline.base.Masks.contact(address);
    }

    private final CustomerMessageRepository messages;
    private final CustomerDispatch dispatch;
    private final Clock clock;
    private final java.util.concurrent.ThreadPoolExecutor kicks;
    private volatile boolean ready;
    private final JpaGrid<CustomerMessageRow> grid;

    CustomerMessages(
            CustomerMessageRepository messages,
            CustomerDispatch dispatch,
            Clock clock,
            EntityManager em,
            OrganizationService organization,
            UserZones zones) {
        super(
                em,
                username -> organization.businessUnits().stream()
                        .collect(java.util.stream.Collectors.toMap(u -> u.id(), u -> u.name())));
        this.messages = messages;
        this.dispatch = dispatch;
        this.clock = clock;
        // one thread takes new messages at once; when it has a backlog the outbox timer takes the rest
        this.kicks = new java.util.concurrent.ThreadPoolExecutor(
                1,
                1,
                0,
                java.util.concurrent.TimeUnit.SECONDS,
                new java.util.concurrent.ArrayBlockingQueue<>(500),
                Thread.ofPlatform().daemon().name("customer-outbox").factory(),
                new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());
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
        CustomerMessageRow row = new CustomerMessageRow(
                message.customerId(),
                message.customerName(),
                message.businessUnitId(),
                message.kind(),
                cut(message.subject(), 300),
                cut(message.body(), 4000),
                clock.instant());
        row.setUrgent(MessagePurpose.of(message.kind()) == MessagePurpose.SECURITY);
        row.setChannelFirst(message.channelFirst());
        row.about(message.issueId(), message.projectId());
        long id = messages.saveAndFlush(row).getId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    kick(id);
                }
            });
        } else {
            kick(id);
        }
        return id;
    }

    /** From now on a new message is taken at once (before, while the app starts, the outbox timer takes them). */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void ready() {
        ready = true;
    }

    private void kick(long id) {
        if (!ready) {
            return;
        }
        kicks.execute(() -> {
            try {
                dispatch.dispatch(id, clock.instant());
            } catch (RuntimeException e) {
                log.warn("Customer message {} left to the outbox timer", id, e);
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        kicks.shutdownNow();
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
                r.getDetail(),
                r.isUrgent(),
                r.getAttempts(),
                r.getNextAttemptAt(),
                r.getDeliveredAt(),
                r.getRepliedAt(),
                r.getFailedAt(),
                r.getReplyText());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
