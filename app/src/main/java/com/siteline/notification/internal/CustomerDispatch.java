package com.siteline.notification.internal;

import com.siteline.base.Message;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.notification.CustomerConsents;
import com.siteline.notification.MessagePurpose;
import com.siteline.notification.Notice;
import com.siteline.notification.NotificationService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sdk.ChannelException;
import com.siteline.sdk.CustomerChannel;
import com.siteline.sdk.OutgoingText;
import com.siteline.sla.UserZones;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through the customer outbox: a message is claimed by one node (a conditional update, so two nodes never
 * send it twice), routed to the customer's first channel that is in use, can reach them and they did not opt out
 * of, held for the unit's quiet hours or the daily cap, handed to the channel outside any transaction, and on a
 * refusal tried again later (passing trouble, with back-off) or sent on to the next channel; when none is left,
 * the unit's managers are told. Decisions take "now" as a parameter, so the demo can settle its history.
 */
@Component
public class CustomerDispatch {

    private static final Logger log = LoggerFactory.getLogger(CustomerDispatch.class);
    /** A claim older than this belongs to a node that died mid-message: another node may take the message. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private final CustomerMessageRepository messages;
    private final ChannelGateway gateway;
    private final ChannelInbound inbound;
    private final UnitRuleRepository unitRules;
    private final AddressFailureRepository failures;
    private final Duration failingFor;
    private final java.time.Clock clock;
    private final CustomerConsents consents;
    private final CustomerService customers;
    private final OrganizationService organization;
    private final NotificationService notifications;
    private final UserZones zones;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final String node;
    private final List<String> order;
    private final LocalTime quietFrom;
    private final LocalTime quietUntil;
    private final int dailyCap;
    private final int maxAttempts;
    private final Duration firstBackOff;

    CustomerDispatch(
            CustomerMessageRepository messages,
            ChannelGateway gateway,
            ChannelInbound inbound,
            UnitRuleRepository unitRules,
            AddressFailureRepository failures,
            @Value("${siteline.channels.failing-days:30}") int failingDays,
            java.time.Clock clock,
            CustomerConsents consents,
            CustomerService customers,
            OrganizationService organization,
            NotificationService notifications,
            UserZones zones,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            @Value("${siteline.channels.order:sms,wecom,email}") String order,
            @Value("${siteline.channels.quiet-from:21:00}") LocalTime quietFrom,
            @Value("${siteline.channels.quiet-until:08:00}") LocalTime quietUntil,
            @Value("${siteline.channels.daily-cap:5}") int dailyCap,
            @Value("${siteline.channels.max-attempts:5}") int maxAttempts,
            @Value("${siteline.channels.first-back-off:PT30S}") Duration firstBackOff) {
        this.messages = messages;
        this.gateway = gateway;
        this.inbound = inbound;
        this.unitRules = unitRules;
        this.failures = failures;
        this.failingFor = Duration.ofDays(failingDays);
        this.clock = clock;
        this.consents = consents;
        this.customers = customers;
        this.organization = organization;
        this.notifications = notifications;
        this.zones = zones;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.node = java.lang.management.ManagementFactory.getRuntimeMXBean().getName() + "-"
                + Integer.toHexString(System.identityHashCode(this));
        this.order = Arrays.stream(order.split(",")).map(String::trim).toList();
        this.quietFrom = quietFrom;
        this.quietUntil = quietUntil;
        this.dailyCap = dailyCap;
        this.maxAttempts = maxAttempts;
        this.firstBackOff = firstBackOff;
    }

    /** The unit's rules, or the defaults. */
    public record Rules(LocalTime quietFrom, LocalTime quietUntil, int dailyCap) {}

    public Rules rulesOf(long businessUnitId) {
        return unitRules
                .findById(businessUnitId)
                .map(r -> new Rules(r.getQuietFrom(), r.getQuietUntil(), r.getDailyCap()))
                .orElse(new Rules(quietFrom, quietUntil, dailyCap));
    }

    /** Works through the messages due by {@code now}, at most {@code limit}; returns how many it handled. */
    public int dispatchDue(Instant now, int limit) {
        int handled = 0;
        for (long id : messages.due(now, Limit.of(limit))) {
            if (dispatch(id, now)) {
                handled++;
            }
        }
        return handled;
    }

    /** Handles one message if it is due and no other node has it; returns whether this call handled it. */
    public boolean dispatch(long id, Instant now) {
        int claimed = jdbc.update(
                "update customer_message set claimed_by = ?, claimed_at = ? where id = ?"
                        + " and outcome in ('PENDING', 'HELD') and (next_attempt_at is null or next_attempt_at <= ?)"
                        + " and (claimed_by is null or claimed_at < ?)",
                node,
                java.sql.Timestamp.from(now),
                id,
                java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now.minus(STALE_CLAIM)));
        if (claimed == 0) {
            return false;
        }
        try {
            // each refusal by a channel sends the message on to the next one at once; a few channels at most
            for (int hop = 0; hop < 8 && route(id, now); hop++) {
                // routed on
            }
        } catch (RuntimeException e) {
            log.warn("Customer message {} not dispatched now; tried again later", id, e);
            tx.executeWithoutResult(s -> messages.findById(id)
                    .ifPresent(m -> m.retryAt(now.plus(firstBackOff), "outbox: " + e.getMessage(), true)));
        } finally {
            jdbc.update(
                    "update customer_message set claimed_by = null, claimed_at = null where id = ? and claimed_by = ?",
                    id,
                    node);
        }
        return true;
    }

    private record Route(CustomerChannel channel, ChannelGateway.Use use, String address) {}

    /** One step of a message; true when it should be routed again at once (its channel gave it up). */
    private boolean route(long id, Instant now) {
        CustomerMessageRow message = messages.findById(id).orElseThrow();
        if (!message.getOutcome().waiting()) {
            return false;
        }
        Optional<CustomerDetails> found = customerOf(message.getCustomerId());
        if (found.isEmpty()) {
            settle(id, m -> m.kept("the customer record no longer exists"));
            return false;
        }
        CustomerDetails customer = found.get();
        MessagePurpose purpose = MessagePurpose.of(message.getKind());
        Map<String, CustomerConsents.Decision> decisions = consents.current(customer.id());
        CustomerConsents.Decision forPurpose = decisions.get(CustomerConsents.purposeSubject(purpose));
        if (purpose.needsConsent() && forPurpose != null && !forPurpose.granted()) {
            settle(
                    id,
                    m -> m.kept("consent for " + purpose.name() + " withdrawn " + forPurpose.at() + " ("
                            + forPurpose.how() + ")"));
            return false;
        }
        List<String> reasons = new ArrayList<>();
        Route route = null;
        for (CustomerChannel channel : channelsFor(customer, message.getChannelFirst())) {
            String channelId = channel.id();
            if (message.triedChannels().contains(channelId)) {
                continue;
            }
            ChannelGateway.Use use = gateway.use(channel);
            String address = addressOf(channel, customer);
            String whyNot = whyNot(use, address, decisions, purpose, now);
            if (whyNot == null) {
                route = new Route(channel, use, address);
                break;
            }
            reasons.add(channelId + whyNot);
        }
        if (route == null) {
            if (message.triedChannels().isEmpty()) {
                String why = "no channel reaches the customer (" + String.join("; ", reasons) + ")";
                settle(id, m -> m.kept(why));
            } else {
                String why = "no channel worked (tried " + String.join(", ", message.triedChannels()) + "; "
                        + message.getDetail() + ")";
                settle(id, m -> m.failed(why, now));
                tellManagers(message, customer);
            }
            return false;
        }
        Rules rules = rulesOf(customer.businessUnitId());
        ZoneId zone = zones.zoneOfUnit(customer.businessUnitId());
        if (!message.isUrgent() && route.channel().respectsQuietHours()) {
            Optional<Instant> quietEnd = quietEnd(rules, now, zone);
            if (quietEnd.isPresent()) {
                Instant until = quietEnd.get();
                settle(id, m -> m.held(until, "quiet hours " + rules.quietFrom() + "–" + rules.quietUntil()));
                return false;
            }
            Instant dayStart = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
            if (messages.sentSince(customer.id(), dayStart) >= rules.dailyCap()) {
                Instant until = now.atZone(zone)
                        .toLocalDate()
                        .plusDays(1)
                        .atTime(rules.quietUntil())
                        .atZone(zone)
                        .toInstant();
                settle(id, m -> m.held(until, "daily cap of " + rules.dailyCap() + " reached"));
                return false;
            }
        }
        Route chosen = route;
        String channelId = chosen.channel().id();
        if (chosen.use().mode() == ChannelConfigRow.Mode.RECORD) {
            settle(id, m -> {
                m.sent(channelId, chosen.address(), now, "recorded only: the channel is in record-only mode");
                inbound.sent(id, channelId, List.of("rec-" + id));
            });
            return false;
        }
        String unitName = organization.unitNameOf(customer.businessUnitId()).values().stream()
                .findFirst()
                .orElse(null);
        try {
            List<String> references = gateway.send(
                    chosen.use(),
                    new OutgoingText(
                            id,
                            chosen.address(),
                            message.getKind(),
                            message.getSubject(),
                            message.getBody(),
                            unitName));
            settle(id, m -> {
                m.sent(channelId, chosen.address(), now, null);
                inbound.sent(id, channelId, references);
            });
            return false;
        } catch (ChannelException e) {
            if (e.retryable() && message.getAttempts() + 1 < maxAttempts) {
                Instant next = now.plus(firstBackOff.multipliedBy(1L << Math.min(10, 2 * message.getAttempts())));
                settle(id, m -> m.retryAt(next, channelId + ": " + e.getMessage(), true));
                return false;
            }
            settle(id, m -> m.channelFailed(channelId, e.getMessage(), now));
            return true;
        }
    }

    /**
     * The channels that would take a message of a kind to a customer now, in order, with the address on each: in use,
     * an address, not opted out of (the hour and the cap left aside). Empty when the customer withdrew the purpose.
     */
    public List<Map.Entry<String, String>> routes(long customerId, String kind) {
        Optional<CustomerDetails> found = customerOf(customerId);
        if (found.isEmpty()) {
            return List.of();
        }
        CustomerDetails customer = found.get();
        MessagePurpose purpose = MessagePurpose.of(kind);
        Map<String, CustomerConsents.Decision> decisions = consents.current(customerId);
        CustomerConsents.Decision forPurpose = decisions.get(CustomerConsents.purposeSubject(purpose));
        if (purpose.needsConsent() && forPurpose != null && !forPurpose.granted()) {
            return List.of();
        }
        List<Map.Entry<String, String>> routes = new ArrayList<>();
        for (CustomerChannel channel : channelsFor(customer, null)) {
            String address = addressOf(channel, customer);
            if (whyNot(gateway.use(channel), address, decisions, purpose, clock.instant()) == null) {
                routes.add(Map.entry(channel.id(), address));
            }
        }
        return routes;
    }

    /** Why a channel cannot take a message to this address now (after the channel's id), or null when it can. */
    private String whyNot(
            ChannelGateway.Use use,
            String address,
            Map<String, CustomerConsents.Decision> decisions,
            MessagePurpose purpose,
            Instant now) {
        String channelId = use.channel().id();
        CustomerConsents.Decision forChannel = decisions.get(CustomerConsents.channelSubject(channelId));
        if (use.mode() == ChannelConfigRow.Mode.OFF) {
            return " off";
        }
        if (address == null) {
            return ": no address";
        }
        if (failing(channelId, address, now)) {
            return ": the address is failing";
        }
        if (purpose.needsConsent() && forChannel != null && !forChannel.granted()) {
            return ": opted out";
        }
        return null;
    }

    /** Whether the address bounced within the last {@code siteline.channels.failing-days}. */
    private boolean failing(String channel, String address, Instant now) {
        return failures.existsByChannelIdAndAddressAndFailedAtAfter(channel, address, now.minus(failingFor));
    }

    /** The channels in the customer's order: the one asked for first, the preferred one, the installation's order. */
    private List<CustomerChannel> channelsFor(CustomerDetails customer, String first) {
        List<CustomerChannel> all = new ArrayList<>(gateway.channels());
        String preferred = switch (customer.preferredChannel() == null ? Channel.OTHER : customer.preferredChannel()) {
            case PHONE, SMS -> "sms";
            case WECHAT -> "wecom";
            case EMAIL -> "email";
            default -> null;
        };
        all.sort(java.util.Comparator.comparingInt(c -> {
            if (c.id().equals(first)) {
                return -2;
            }
            if (c.id().equals(preferred)) {
                return -1;
            }
            int at = order.indexOf(c.id());
            return at < 0 ? order.size() : at;
        }));
        return all;
    }

    private String addressOf(CustomerChannel channel, CustomerDetails customer) {
        String address = switch (channel.addressKind()) {
            case PHONE -> mobile(customer.phone()) != null ? mobile(customer.phone()) : mobile(customer.phone2());
            case EMAIL -> customer.email();
            case ACCOUNT -> consents.addressOf(customer.id(), channel.id());
        };
        return address == null || address.isBlank() ? null : address.trim();
    }

    /** A mainland mobile number (11 digits starting with 1), or null: a landline takes no SMS. */
    static String mobile(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[\\s-]", "").replaceFirst("^\\+?86", "");
        return digits.matches("1\\d{10}") ? digits : null;
    }

    /** When the quiet hours around {@code now} end, or empty when it is not quiet. */
    static Optional<Instant> quietEnd(Rules rules, Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalTime from = rules.quietFrom();
        LocalTime until = rules.quietUntil();
        if (from.equals(until)) {
            return Optional.empty();
        }
        boolean overnight = from.isAfter(until);
        if (overnight) {
            if (!time.isBefore(from)) {
                return Optional.of(local.toLocalDate()
                        .plusDays(1)
                        .atTime(until)
                        .atZone(zone)
                        .toInstant());
            }
            if (time.isBefore(until)) {
                return Optional.of(
                        local.toLocalDate().atTime(until).atZone(zone).toInstant());
            }
            return Optional.empty();
        }
        return !time.isBefore(from) && time.isBefore(until)
                ? Optional.of(local.toLocalDate().atTime(until).atZone(zone).toInstant())
                : Optional.empty();
    }

    private Optional<CustomerDetails> customerOf(long customerId) {
        return Optional.ofNullable(customers.contactOf(customerId));
    }

    private void settle(long id, java.util.function.Consumer<CustomerMessageRow> change) {
        tx.executeWithoutResult(s -> change.accept(messages.findById(id).orElseThrow()));
    }

    private void tellManagers(CustomerMessageRow message, CustomerDetails customer) {
        for (String manager : organization.usersWithRole(customer.businessUnitId(), Role.MANAGER)) {
            notifications.send(new Notice(
                    manager,
                    null,
                    "MESSAGE_FAILED",
                    "message-failed:" + message.getId() + ":" + manager,
                    List.of(Message.value(customer.name()), Message.key("outbox.kind." + message.getKind()))));
        }
    }
}
