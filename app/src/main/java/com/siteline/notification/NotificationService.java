package com.siteline.notification;

import com.siteline.base.Actors;
import com.siteline.base.Message;
import com.siteline.base.SitelineI18NProvider;
import com.siteline.notification.internal.NotificationChannel;
import com.siteline.notification.internal.NotificationRepository;
import com.siteline.notification.internal.NotificationRow;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.UserAccount;
import com.siteline.sla.UserZones;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications: stored once per dedup key (whichever node raises them), shown under the bell, and
 * sent through every {@link NotificationChannel} (email ships with the core) in the recipient's language.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    static final String SEPARATOR = "\u001f";
    private static final String EMAIL = "email";

    private final NotificationRepository notifications;
    private final List<NotificationChannel> channels;
    private final OrganizationService organization;
    private final SitelineI18NProvider i18n;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final UserZones zones;

    NotificationService(
            NotificationRepository notifications,
            List<NotificationChannel> channels,
            OrganizationService organization,
            SitelineI18NProvider i18n,
            Clock clock,
            PlatformTransactionManager transactions,
            UserZones zones) {
        this.zones = zones;
        this.notifications = notifications;
        this.channels = channels;
        this.organization = organization;
        this.i18n = i18n;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Stores and sends a notice unless one with its dedup key exists already.
     *
     * @return whether this call created it (false: another node or an earlier run did)
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public boolean send(Notice notice) {
        NotificationRow row;
        try {
            row = newTransaction.execute(tx -> notifications.saveAndFlush(new NotificationRow(
                    notice.recipient(),
                    notice.issueId(),
                    notice.kind(),
                    notice.dedupKey(),
                    truncate(
                            notice.params().isEmpty()
                                    ? ""
                                    : Message.plain(notice.params().getFirst()),
                            300),
                    truncate(
                            String.join(
                                    SEPARATOR,
                                    notice.params().stream()
                                            .map(Message::encode)
                                            .toList()),
                            1000),
                    clock.instant())));
        } catch (DataIntegrityViolationException duplicate) {
            return false;
        }
        deliver(row);
        return true;
    }

    /** A notice in its recipient's words and zone: the subject and the text. */
    private record Written(NotificationItem item, String email, String subject, String text) {}

    private Written write(NotificationRow row) {
        UserAccount account = organization.findAccount(row.getRecipient()).orElse(null);
        Locale locale = account == null || account.locale() == null ? Locale.SIMPLIFIED_CHINESE : account.locale();
        NotificationItem item = item(row);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(zones.zoneOf(row.getRecipient()));
        return new Written(
                item,
                organization.emailOf(row.getRecipient()).orElse(null),
                i18n.getTranslation("notification.subject", locale),
                item.message().text((key, args) -> i18n.getTranslation(key, locale, args), time::format));
    }

    private void deliver(NotificationRow row) {
        Written notice = write(row);
        for (NotificationChannel channel : channels) {
            if (EMAIL.equals(channel.id())) {
                email(channel, row.getId(), notice);
                continue;
            }
            try {
                channel.deliver(notice.item(), row.getRecipient(), notice.email(), notice.subject(), notice.text());
            } catch (RuntimeException e) {
                // a channel that fails loses nothing: the notice stays under the bell
                log.warn("Channel {} could not deliver notification {}: {}", channel.id(), row.getId(), e.getMessage());
            }
        }
    }

    /**
     * Emails a notice. One the mail server does not take waits in the outbox ({@code email_due_at}) and is
     * tried again by {@link #retryEmails} after 30 s, 1, 2, 4 … minutes (at most an hour), until it goes.
     */
    private void email(NotificationChannel channel, long id, Written notice) {
        boolean sent;
        try {
            sent = channel.deliver(
                    notice.item(), notice.item().recipient(), notice.email(), notice.subject(), notice.text());
        } catch (RuntimeException e) {
            log.warn("Email of notification {} failed, kept for another try: {}", id, e.getMessage());
            newTransaction.executeWithoutResult(tx -> notifications
                    .findById(id)
                    .ifPresent(r -> r.emailFailed(clock.instant().plus(backoff(r.getEmailAttempts() + 1)))));
            return;
        }
        // sent, or nothing to send (no mail server configured, no address): either way nothing waits
        newTransaction.executeWithoutResult(tx -> notifications.findById(id).ifPresent(r -> {
            if (sent) {
                r.emailed(clock.instant());
            } else {
                r.noEmail();
            }
        }));
    }

    /**
     * Tries again the emails whose time has come (the timer's run calls it): each is first taken for this
     * node, so two nodes never send the same one. Returns how many went out.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int retryEmails(java.time.Instant now, int batch) {
        NotificationChannel email =
                channels.stream().filter(c -> EMAIL.equals(c.id())).findFirst().orElse(null);
        if (email == null) {
            return 0;
        }
        int sent = 0;
        for (long id : notifications.emailsDue(now, org.springframework.data.domain.PageRequest.of(0, batch))) {
            NotificationRow row = notifications.findById(id).orElse(null);
            if (row == null || row.getEmailDueAt() == null) {
                continue;
            }
            java.time.Instant lease = now.plus(java.time.Duration.ofMinutes(5));
            Integer claimed = newTransaction.execute(tx -> notifications.claimEmail(id, row.getEmailDueAt(), lease));
            if (claimed == null || claimed != 1) {
                continue;
            }
            email(email, id, write(row));
            sent += notifications
                            .findById(id)
                            .map(NotificationRow::getEmailedAt)
                            .isPresent()
                    ? 1
                    : 0;
        }
        return sent;
    }

    /** 30 s after the first failure, then 1, 2, 4 … minutes, at most an hour. */
    static java.time.Duration backoff(int attempts) {
        long seconds = 30L << Math.min(Math.max(attempts - 1, 0), 7);
        return java.time.Duration.ofSeconds(Math.min(seconds, 3600));
    }

    public long unread() {
        String username = Actors.current();
        return notifications.countByRecipientAndReadAtIsNull(username);
    }

    public List<NotificationItem> latest() {
        String username = Actors.current();
        return notifications.findTop30ByRecipientOrderByCreatedAtDescIdDesc(username).stream()
                .map(NotificationService::item)
                .toList();
    }

    /** Every notice raised about an issue (its escalation history), oldest first. */
    public List<NotificationItem> ofIssue(long issueId) {
        return notifications.findByIssueIdOrderByCreatedAtAsc(issueId).stream()
                .map(NotificationService::item)
                .toList();
    }

    @Transactional
    @PreAuthorize(Role.Can.OWN_SETTINGS)
    public void markRead(long id) {
        String username = Actors.current();
        notifications
                .findById(id)
                .filter(n -> n.getRecipient().equals(username))
                .ifPresent(n -> n.read(clock.instant()));
    }

    @Transactional
    @PreAuthorize(Role.Can.OWN_SETTINGS)
    public int markAllRead() {
        String username = Actors.current();
        return notifications.readAll(username, clock.instant());
    }

    private static NotificationItem item(NotificationRow row) {
        List<Message.Arg> params = row.getBody() == null || row.getBody().isEmpty()
                ? List.of()
                : Arrays.stream(row.getBody().split(SEPARATOR, -1))
                        .map(Message::decode)
                        .toList();
        return new NotificationItem(
                row.getId(),
                row.getRecipient(),
                row.getIssueId(),
                row.getKind(),
                params,
                row.getCreatedAt(),
                row.getReadAt());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
