package com.siteline.notification;

import com.siteline.organization.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import com.siteline.base.Actors;
import com.siteline.base.Message;
import com.siteline.base.SitelineI18NProvider;
import com.siteline.notification.internal.NotificationRepository;
import com.siteline.notification.internal.NotificationRow;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.UserAccount;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
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

    private final NotificationRepository notifications;
    private final List<NotificationChannel> channels;
    private final OrganizationService organization;
    private final SitelineI18NProvider i18n;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final com.siteline.sla.UserZones zones;

    NotificationService(NotificationRepository notifications, List<NotificationChannel> channels,
            OrganizationService organization, SitelineI18NProvider i18n, Clock clock,
            PlatformTransactionManager transactions, com.siteline.sla.UserZones zones) {
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
            row = newTransaction.execute(tx -> notifications.saveAndFlush(new NotificationRow(notice.recipient(),
                    notice.issueId(), notice.kind(), notice.dedupKey(),
                    truncate(notice.params().isEmpty() ? "" : Message.plain(notice.params().getFirst()), 300),
                    truncate(String.join(SEPARATOR, notice.params().stream().map(Message::encode).toList()), 1000),
                    clock.instant())));
        } catch (DataIntegrityViolationException duplicate) {
            return false;
        }
        deliver(row);
        return true;
    }

    private void deliver(NotificationRow row) {
        UserAccount account = organization.findAccount(row.getRecipient()).orElse(null);
        Locale locale = account == null || account.locale() == null ? Locale.SIMPLIFIED_CHINESE : account.locale();
        String email = organization.emailOf(row.getRecipient()).orElse(null);
        NotificationItem item = item(row);
        String subject = i18n.getTranslation("notification.subject", locale);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(zones.zoneOf(row.getRecipient()));
        String text = item.message().text((key, args) -> i18n.getTranslation(key, locale, args), time::format);
        for (NotificationChannel channel : channels) {
            try {
                if (channel.deliver(item, row.getRecipient(), email, subject, text) && "email".equals(channel.id())) {
                    newTransaction.executeWithoutResult(tx -> notifications.findById(row.getId())
                            .ifPresent(r -> r.emailed(clock.instant())));
                }
            } catch (RuntimeException e) {
                // a channel that fails loses nothing: the notice stays under the bell
                log.warn("Channel {} could not deliver notification {}: {}", channel.id(), row.getId(), e.getMessage());
            }
        }
    }

    public long unread() {
        String username = Actors.current();
        return notifications.countByRecipientAndReadAtIsNull(username);
    }

    public List<NotificationItem> latest() {
        String username = Actors.current();
        return notifications.findTop30ByRecipientOrderByCreatedAtDescIdDesc(username).stream().map(NotificationService::item)
                .toList();
    }

    /** Every notice raised about an issue (its escalation history), oldest first. */
    public List<NotificationItem> ofIssue(long issueId) {
        return notifications.findByIssueIdOrderByCreatedAtAsc(issueId).stream().map(NotificationService::item).toList();
    }

    @Transactional
    @PreAuthorize(Role.Can.OWN_SETTINGS)
    public void markRead(long id) {
        String username = Actors.current();
        notifications.findById(id).filter(n -> n.getRecipient().equals(username)).ifPresent(n -> n.read(clock.instant()));
    }

    @Transactional
    @PreAuthorize(Role.Can.OWN_SETTINGS)
    public int markAllRead() {
        String username = Actors.current();
        return notifications.readAll(username, clock.instant());
    }

    private static NotificationItem item(NotificationRow row) {
        List<Message.Arg> params = row.getBody() == null || row.getBody().isEmpty() ? List.of()
                : Arrays.stream(row.getBody().split(SEPARATOR, -1)).map(Message::decode).toList();
        return new NotificationItem(row.getId(), row.getRecipient(), row.getIssueId(), row.getKind(), params,
                row.getCreatedAt(), row.getReadAt());
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
