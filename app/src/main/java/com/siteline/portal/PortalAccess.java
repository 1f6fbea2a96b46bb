package com.siteline.portal;

import com.siteline.base.Actors;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.base.SitelineI18NProvider;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.notification.CustomerMessages;
import com.siteline.organization.Role;
import com.siteline.portal.internal.PortalAccessRepository;
import com.siteline.portal.internal.PortalAccessRow;
import com.siteline.portal.internal.PortalAccessStatus;
import com.siteline.portal.internal.PortalClosedException;
import com.siteline.portal.internal.PortalCodeRepository;
import com.siteline.portal.internal.PortalCodeRow;
import com.siteline.portal.internal.PortalEventRepository;
import com.siteline.portal.internal.PortalEventRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may use the customer portal, and proof of it: staff invite a customer (a personal link, only its SHA-256
 * kept, running out after 30 days by default) and revoke the access at once; the customer proves the link is
 * theirs with a 6-digit one-time code sent to their phone or email (single use, 10 minutes, five tries a code;
 * from the fifth wrong code in a row the link waits 1, 2, 4 … minutes); a fresh code signs a confirmation. Every
 * step is recorded with the customer's address and browser.
 */
@Service
@Transactional(readOnly = true)
public class PortalAccess {

    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    /** At most this many codes a link may ask for within an hour. */
    public static final int CODES_PER_HOUR = 6;

    static final String LOGIN = "LOGIN";
    static final String SIGN = "SIGN";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PortalAccessRepository accesses;
    private final PortalCodeRepository codes;
    private final PortalEventRepository events;
    private final CustomerService customers;
    private final CustomerMessages messages;
    private final SitelineI18NProvider i18n;
    private final Clock clock;
    private final Duration linkLifetime;
    private final String publicUrl;

    PortalAccess(
            PortalAccessRepository accesses,
            PortalCodeRepository codes,
            PortalEventRepository events,
            CustomerService customers,
            CustomerMessages messages,
            SitelineI18NProvider i18n,
            Clock clock,
            @Value("${siteline.portal.link-days:30}") int linkDays,
            @Value("${siteline.public-url:http://localhost:8080}") String publicUrl) {
        this.accesses = accesses;
        this.codes = codes;
        this.events = events;
        this.customers = customers;
        this.messages = messages;
        this.i18n = i18n;
        this.clock = clock;
        this.linkLifetime = Duration.ofDays(linkDays);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * Invites a customer of the user's units: a new personal link (earlier ones stop working), sent through the
     * customer channels and kept in the outbox.
     *
     * @throws RefusedException when the customer has neither a phone nor an email address
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public void invite(long customerId) {
        CustomerDetails customer = visibleCustomer(customerId);
        if (blank(customer.phone()) && blank(customer.email())) {
            throw new RefusedException("portal.refused.no-contact");
        }
        Instant now = clock.instant();
        String actor = Actors.current();
        accesses.findByCustomerIdOrderByCreatedAtDesc(customerId).forEach(a -> a.revoke(actor, now));
        newLink(customer, actor, "INVITED");
    }

    /** A new personal link for the customer, sent on their channels (earlier links are left as they are). */
    void newLink(CustomerDetails customer, String actor, String event) {
        Instant now = clock.instant();
        String token = newToken();
        accesses.save(new PortalAccessRow(
                customer.id(), customer.businessUnitId(), hash(token), actor, now, now.plus(linkLifetime)));
        events.save(new PortalEventRow(customer.id(), customer.businessUnitId(), event, actor, null, null, now));
        String link = publicUrl + "/portal?k=" + token;
        long days = linkLifetime.toDays();
        send(
                customer,
                "PORTAL_INVITE",
                "portal.message.invite.subject",
                both("portal.message.invite", customer.name(), link, days),
                null);
    }

    /** Ends every access of the customer at once: open portal sessions end at their next click. */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public void revoke(long customerId) {
        CustomerDetails customer = visibleCustomer(customerId);
        Instant now = clock.instant();
        String actor = Actors.current();
        accesses.findByCustomerIdOrderByCreatedAtDesc(customerId).forEach(a -> a.revoke(actor, now));
        events.save(new PortalEventRow(customerId, customer.businessUnitId(), "REVOKED", actor, null, null, now));
    }

    /** The customer's newest access, for staff. */
    public Optional<PortalAccessStatus> status(long customerId) {
        visibleCustomer(customerId);
        Instant now = clock.instant();
        Instant lastSignIn = events.findFirstByCustomerIdAndKindOrderByAtDesc(customerId, "LOGIN")
                .map(PortalEventRow::getAt)
                .orElse(null);
        return accesses.findByCustomerIdOrderByCreatedAtDesc(customerId).stream()
                .findFirst()
                .map(a -> new PortalAccessStatus(
                        a.live(now),
                        a.getCreatedAt(),
                        a.getCreatedBy(),
                        a.getExpiresAt(),
                        a.getRevokedAt(),
                        lastSignIn));
    }

    /** The customer's portal actions, newest first (at most 200), for staff. */
    public List<PortalEvent> events(long customerId) {
        visibleCustomer(customerId);
        return events.findByCustomerIdOrderByAtDescIdDesc(customerId, PageRequest.of(0, 200)).stream()
                .map(e -> new PortalEvent(e.getAt(), e.getKind(), e.getSubject(), e.getIp(), e.getUserAgent()))
                .toList();
    }

    /** Whether the link is the one the session signed in with. */
    public boolean opens(String token, PortalSession session) {
        return token != null
                && session != null
                && accesses.findByTokenHash(hash(token))
                        .filter(a -> a.getId() == session.accessId())
                        .isPresent();
    }

    /** Whether a link opens the portal at all (a code can be asked for): live, known. */
    public boolean linkWorks(String token) {
        return token != null
                && accesses.findByTokenHash(hash(token))
                        .filter(a -> a.live(clock.instant()))
                        .isPresent();
    }

    /**
     * Sends a sign-in code to the customer of the link.
     *
     * @throws RefusedException when the link does not work, waits after wrong codes, or asked too often
     */
    @Transactional(noRollbackFor = RefusedException.class)
    public List<CustomerMessages.Route> sendSignInCode(String token, Client client) {
        return sendSignInCode(token, client, null);
    }

    /**
     * Sends a sign-in code, on a channel first (the customer did not get the last one on another).
     *
     * @return the channels that reach the customer, the one the code goes on first (masked addresses)
     */
    @Transactional(noRollbackFor = RefusedException.class)
    public List<CustomerMessages.Route> sendSignInCode(String token, Client client, String channel) {
        PortalAccessRow access = liveAccess(token, client);
        sendCode(access, LOGIN, null, client, channel);
        List<CustomerMessages.Route> routes =
                new java.util.ArrayList<>(messages.routes(access.getCustomerId(), "PORTAL_CODE"));
        routes.stream().filter(r -> r.channel().equals(channel)).findFirst().ifPresent(asked -> {
            routes.remove(asked);
            routes.addFirst(asked);
        });
        return routes;
    }

    /**
     * Signs in with a code sent for the link.
     *
     * @throws RefusedException saying why not (wrong: how many tries are left; run out or used: ask for a new one;
     *                          the link waits after too many wrong codes)
     */
    @Transactional(noRollbackFor = RefusedException.class)
    public PortalSession signIn(String token, String code, Client client) {
        PortalAccessRow access = liveAccess(token, client);
        verify(access, LOGIN, null, code, client);
        CustomerDetails customer = customers.contactOf(access.getCustomerId());
        record(access.getCustomerId(), access.getBusinessUnitId(), "LOGIN", null, client);
        return new PortalSession(
                access.getId(),
                access.getCustomerId(),
                customer == null ? "" : customer.name(),
                access.getBusinessUnitId(),
                clock.instant());
    }

    /**
     * Checks that a session still holds: its access neither revoked nor run out.
     *
     * @throws PortalClosedException when it does not
     */
    public void check(PortalSession session) {
        if (session == null
                || accesses.findById(session.accessId())
                        .filter(a -> a.getCustomerId() == session.customerId() && a.live(clock.instant()))
                        .isEmpty()) {
            throw new PortalClosedException();
        }
    }

    /** Sends a fresh code to sign one confirmation. */
    @Transactional(noRollbackFor = RefusedException.class)
    public void sendSigningCode(PortalSession session, long confirmationId, Client client) {
        check(session);
        sendCode(
                accesses.findById(session.accessId()).orElseThrow(PortalClosedException::new),
                SIGN,
                confirmationId,
                client);
    }

    /** Checks a signing code for one confirmation (used once). */
    @Transactional(noRollbackFor = RefusedException.class)
    public void verifySigningCode(PortalSession session, long confirmationId, String code, Client client) {
        check(session);
        verify(
                accesses.findById(session.accessId()).orElseThrow(PortalClosedException::new),
                SIGN,
                confirmationId,
                code,
                client);
    }

    /** Records a portal action of the session's customer. */
    @Transactional
    public void record(PortalSession session, String kind, String subject, Client client) {
        record(session.customerId(), session.businessUnitId(), kind, subject, client);
    }

    private void record(long customerId, long unitId, String kind, String subject, Client client) {
        events.save(new PortalEventRow(
                customerId, unitId, kind, subject, client.ip(), client.userAgent(), clock.instant()));
    }

    private PortalAccessRow liveAccess(String token, Client client) {
        PortalAccessRow access =
                token == null ? null : accesses.findByTokenHash(hash(token)).orElse(null);
        if (access == null) {
            throw new RefusedException("portal.refused.link");
        }
        Instant now = clock.instant();
        if (!access.live(now)) {
            record(access.getCustomerId(), access.getBusinessUnitId(), "LINK_REFUSED", null, client);
            throw new RefusedException("portal.refused.link");
        }
        if (access.getLockedUntil() != null && now.isBefore(access.getLockedUntil())) {
            throw new RefusedException("portal.refused.locked", Message.at(access.getLockedUntil()));
        }
        return access;
    }

    private void sendCode(PortalAccessRow access, String purpose, Long subject, Client client) {
        sendCode(access, purpose, subject, client, null);
    }

    private void sendCode(PortalAccessRow access, String purpose, Long subject, Client client, String channel) {
        Instant now = clock.instant();
        if (codes.countByAccessIdAndCreatedAtAfter(access.getId(), now.minus(Duration.ofHours(1))) >= CODES_PER_HOUR) {
            throw new RefusedException("portal.refused.too-many-codes");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        codes.save(new PortalCodeRow(
                access.getId(), purpose, subject, hash(access.getId() + ":" + code), now, now.plus(CODE_LIFETIME)));
        record(access.getCustomerId(), access.getBusinessUnitId(), "CODE_SENT", purpose, client);
        CustomerDetails customer = customers.contactOf(access.getCustomerId());
        String key = LOGIN.equals(purpose) ? "portal.message.code" : "portal.message.sign-code";
        send(
                customer,
                "PORTAL_CODE",
                "portal.message.code.subject",
                both(key, code, CODE_LIFETIME.toMinutes()),
                channel);
    }

    private void verify(PortalAccessRow access, String purpose, Long subject, String typed, Client client) {
        Instant now = clock.instant();
        if (access.getLockedUntil() != null && now.isBefore(access.getLockedUntil())) {
            throw new RefusedException("portal.refused.locked", Message.at(access.getLockedUntil()));
        }
        PortalCodeRow code = codes.findByAccessIdAndPurposeOrderByCreatedAtDesc(access.getId(), purpose).stream()
                .filter(c -> java.util.Objects.equals(c.getSubjectId(), subject))
                .findFirst()
                .orElse(null);
        if (code == null || !code.usable(now)) {
            throw new RefusedException("portal.refused.code-gone");
        }
        String clean = typed == null ? "" : typed.replaceAll("\\s", "");
        code.attempted();
        if (clean.matches("\\d{6}")
                && MessageDigest.isEqual(
                        hash(access.getId() + ":" + clean).getBytes(StandardCharsets.US_ASCII),
                        code.getCodeHash().getBytes(StandardCharsets.US_ASCII))) {
            code.used(now);
            access.succeeded();
            return;
        }
        access.failed(now);
        record(access.getCustomerId(), access.getBusinessUnitId(), "CODE_WRONG", purpose, client);
        int left = PortalCodeRow.MAX_ATTEMPTS - code.getAttempts();
        if (access.getLockedUntil() != null && now.isBefore(access.getLockedUntil())) {
            throw new RefusedException("portal.refused.locked", Message.at(access.getLockedUntil()));
        }
        if (left <= 0) {
            throw new RefusedException("portal.refused.code-gone");
        }
        throw new RefusedException("portal.refused.code-wrong", Message.value(left));
    }

    private void send(CustomerDetails customer, String kind, String subjectKey, String body, String channel) {
        send(customer, kind, subjectKey, body, channel, null);
    }

    private void send(
            CustomerDetails customer, String kind, String subjectKey, String body, String channel, Long projectId) {
        String subject = i18n.bilingualSubject(subjectKey);
        messages.send(new CustomerMessages.Outgoing(
                        customer.id(),
                        customer.name(),
                        customer.businessUnitId(),
                        kind,
                        customer.email(),
                        customer.phone(),
                        subject,
                        body)
                .first(channel)
                .about(null, projectId));
    }

    String i18n(Locale locale, String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }

    /** The message in zh-CN, then English. */
    String both(String key, Object... params) {
        return i18n.bilingualBody(key, params);
    }

    /** A message to the customer through the channels (kept in the outbox), in both languages. */
    void tell(long customerId, String kind, String subjectKey, String key, Object... params) {
        tellAbout(customerId, null, kind, subjectKey, key, params);
    }

    /** Tells the customer something about one of their projects (their answer is logged with the project). */
    void tellAbout(long customerId, Long projectId, String kind, String subjectKey, String key, Object... params) {
        CustomerDetails customer = customers.contactOf(customerId);
        if (customer != null) {
            send(customer, kind, subjectKey, both(key, params), null, projectId);
        }
    }

    String link(String path) {
        return publicUrl + "/" + path;
    }

    private CustomerDetails visibleCustomer(long customerId) {
        if (!customers.visible(customerId)) {
            throw new NoSuchElementException("no customer " + customerId);
        }
        return customers.get(customerId);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
