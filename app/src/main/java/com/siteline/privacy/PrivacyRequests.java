package com.siteline.privacy;

import com.siteline.audit.AuditAction;
import com.siteline.audit.AuditChange;
import com.siteline.audit.AuditTrail;
import com.siteline.base.Actors;
import com.siteline.base.CustomerActor;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.privacy.internal.Erasure;
import com.siteline.privacy.internal.PrivacyRequest;
import com.siteline.privacy.internal.PrivacyRequestRepository;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure requests (个人信息删除, PIPL art. 47): asked by staff on the customer's behalf or by the customer in the
 * portal, with the reason; decided by a manager of the customer's unit (or an administrator) who did not ask. An
 * approval carries the erasure out at once, in the same transaction: the customer's personal values are replaced
 * everywhere ({@link Erasure}), the business records, dates and figures stay, the audit history keeps that it
 * happened, who asked and who approved, without any value it removed, and its chain still verifies.
 */
@Service
@Transactional
public class PrivacyRequests {

    static final int TEXT_MAX = 500;

    private final PrivacyRequestRepository requests;
    private final CustomerService customers;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final Erasure erasure;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PrivacyRequests(
            PrivacyRequestRepository requests,
            CustomerService customers,
            OrganizationService organization,
            NotificationService notifications,
            Erasure erasure,
            AuditTrail audit,
            JdbcTemplate jdbc,
            Clock clock) {
        this.requests = requests;
        this.customers = customers;
        this.organization = organization;
        this.notifications = notifications;
        this.erasure = erasure;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Staff ask, on the customer's behalf, for the customer's personal information to be erased.
     *
     * @throws InvalidInputException when the reason is missing or too long; nothing is stored
     * @throws RefusedException when the customer is erased already or a request waits
     */
    @PreAuthorize(Role.Can.WORK)
    public PrivacyRequestRow requestErasure(long customerId, String reason) {
        CustomerDetails customer = customers.get(customerId);
        return file(customerId, customer.businessUnitId(), "STAFF", reason, Actors.current());
    }

    /** The customer asks in the portal for their personal information to be erased. */
    @PreAuthorize(CustomerActor.SELF)
    public PrivacyRequestRow requestFromPortal(long customerId, String reason) {
        long unit = CustomerActor.current().orElseThrow().businessUnitId();
        return file(customerId, unit, "PORTAL", reason, "customer:" + customerId);
    }

    private PrivacyRequestRow file(long customerId, long unit, String source, String reason, String by) {
        text(reason, true);
        if (erased(customerId)) {
            throw new RefusedException("privacy.refused.erased");
        }
        if (requests.existsByCustomerIdAndStatus(customerId, PrivacyStatus.REQUESTED)) {
            throw new RefusedException("privacy.refused.pending");
        }
        PrivacyRequest saved = requests.saveAndFlush(
                new PrivacyRequest(customerId, unit, source, reason.strip(), by, clock.instant()));
        for (String manager : organization.usersWithRole(unit, Role.MANAGER)) {
            notifications.send(new Notice(
                    manager,
                    null,
                    "PRIVACY_REQUESTED",
                    "privacy-requested-" + saved.getId() + "-" + manager,
                    List.of(Message.value("#" + customerId))));
        }
        return row(saved);
    }

    /**
     * A manager of the customer's unit (or an administrator) who did not ask decides: an approval erases the
     * customer's personal information at once; a rejection needs its reason.
     *
     * @throws InvalidInputException when a rejection has no note or a note is too long; nothing is stored
     * @throws RefusedException when the user may not decide, asked themselves, or the request was decided already
     */
    @PreAuthorize(Role.Can.REPORT)
    public PrivacyRequestRow decide(long id, long expectedVersion, boolean approve, String note) {
        PrivacyRequest request = requests.findById(id).orElseThrow(() -> new NoSuchElementException("request " + id));
        if (request.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(PrivacyRequest.class, id);
        }
        String user = Actors.current();
        boolean admin = AuditTrail.administrator();
        if (!admin
                && !organization
                        .usersWithRole(request.getBusinessUnitId(), Role.MANAGER)
                        .contains(user)) {
            throw new RefusedException("privacy.refused.not-manager");
        }
        if (user.equals(request.getRequestedBy())) {
            throw new RefusedException("privacy.refused.own");
        }
        if (request.getStatus() != PrivacyStatus.REQUESTED) {
            throw new RefusedException("privacy.refused.decided");
        }
        text(note, !approve);
        String decision = note == null || note.isBlank() ? null : note.strip();
        if (!approve) {
            request.decided(PrivacyStatus.REJECTED, user, decision, clock.instant(), null);
            return row(requests.saveAndFlush(request));
        }
        long customerId = request.getCustomerId();
        long unit = request.getBusinessUnitId();
        String requestedBy = request.getRequestedBy();
        Erasure.Result result = erasure.erase(customerId);
        // the erasure cleared the persistence context: the request is read again, its reason erased too
        PrivacyRequest erased = requests.findById(id).orElseThrow();
        String summary = "tables " + result.tables() + ", values " + result.values() + ", audit rows "
                + result.auditRows() + ", older audit rows left " + result.olderAuditRows();
        erased.decided(PrivacyStatus.DONE, user, decision, clock.instant(), summary);
        audit.record(
                "customer",
                Long.toString(customerId),
                Erasure.REPLACEMENT,
                unit,
                customerId,
                AuditAction.UPDATE,
                List.of(new AuditChange(
                        "personal-data",
                        "Erased",
                        null,
                        summary + "; asked by " + requestedBy + ", approved by " + user)));
        return row(requests.saveAndFlush(erased));
    }

    /** The requests waiting in the user's units, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Can.REPORT)
    public List<PrivacyRequestRow> waiting() {
        return requests.findByStatusOrderByRequestedAtAsc(PrivacyStatus.REQUESTED).stream()
                .map(r -> row(r))
                .toList();
    }

    /** The last fifty decided requests in the user's units. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Can.REPORT)
    public List<PrivacyRequestRow> decided() {
        return requests.findTop50ByStatusNotOrderByDecidedAtDesc(PrivacyStatus.REQUESTED).stream()
                .map(r -> row(r))
                .toList();
    }

    /** A customer's requests, newest first (the customer must be visible to the user). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Can.WORK)
    public List<PrivacyRequestRow> ofCustomer(long customerId) {
        customers.get(customerId);
        return requests.findByCustomerIdOrderByIdDesc(customerId).stream()
                .map(r -> row(r))
                .toList();
    }

    /** Whether an erasure request of the customer waits (the portal asks for its own customer). */
    @Transactional(readOnly = true)
    @PreAuthorize(CustomerActor.SELF)
    public boolean waitingFor(long customerId) {
        return requests.existsByCustomerIdAndStatus(customerId, PrivacyStatus.REQUESTED);
    }

    /** Whether the customer's personal information was erased. */
    @Transactional(readOnly = true)
    public boolean erased(long customerId) {
        return jdbc
                .queryForList("select erased_at from customer where id = ?", java.sql.Timestamp.class, customerId)
                .stream()
                .anyMatch(java.util.Objects::nonNull);
    }

    private static void text(String text, boolean required) {
        if (required && (text == null || text.isBlank())) {
            throw new InvalidInputException(List.of("privacy.error.reason"));
        }
        if (text != null && text.strip().length() > TEXT_MAX) {
            throw new InvalidInputException(List.of("privacy.error.length"));
        }
    }

    private PrivacyRequestRow row(PrivacyRequest r) {
        String name =
                jdbc.queryForList("select name from customer where id = ?", String.class, r.getCustomerId()).stream()
                        .findFirst()
                        .orElse("#" + r.getCustomerId());
        return new PrivacyRequestRow(
                r.getId(),
                r.getVersion(),
                r.getCustomerId(),
                name,
                r.getBusinessUnitId(),
                r.getSource(),
                r.getStatus(),
                r.getReason(),
                r.getRequestedBy(),
                r.getRequestedAt(),
                r.getDecidedBy(),
                r.getDecidedAt(),
                r.getDecisionNote(),
                r.getSummary());
    }
}
