package com.siteline.notification;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.RefusedException;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.notification.internal.ConsentRepository;
import com.siteline.notification.internal.ConsentRow;
import com.siteline.organization.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's consent (PIPL 个人信息保护法): per channel and per purpose, each decision kept with when, how and by whom
 * it was recorded; without a decision a channel and a purpose are allowed (the customer gave the address for it).
 * The outbox obeys the newest decision of each.
 */
@Service
@Transactional(readOnly = true)
public class CustomerConsents {

    /** The purposes a customer decides about (security codes are not among them: they are always sent). */
    public static final List<MessagePurpose> PURPOSES =
            List.of(MessagePurpose.SERVICE, MessagePurpose.SURVEY, MessagePurpose.MARKETING);

    /** One decision: granted or withdrawn, how (a call, a signed form, the portal, an SMS "TD"), by whom, when. */
    public record Decision(String subject, boolean granted, String how, String recordedBy, Instant at) {}

    /** The input's fields a refusal names. */
    public enum Field implements com.siteline.base.InputField {
        SUBJECT,
        HOW,
        ADDRESS
    }

    private final ConsentRepository consents;
    private final com.siteline.notification.internal.ChannelAddressRepository addresses;
    private final CustomerService customers;
    private final Clock clock;

    CustomerConsents(
            ConsentRepository consents,
            com.siteline.notification.internal.ChannelAddressRepository addresses,
            CustomerService customers,
            Clock clock) {
        this.consents = consents;
        this.addresses = addresses;
        this.customers = customers;
        this.clock = clock;
    }

    /** A customer's address on a channel of its own (a group robot's key), for the outbox; null when none. */
    public String addressOf(long customerId, String channelId) {
        return addresses
                .findByCustomerIdAndChannelId(customerId, channelId)
                .map(com.siteline.notification.internal.ChannelAddressRow::getAddress)
                .orElse(null);
    }

    /** Which channels of their own a customer of the user's units has an address on. */
    @PreAuthorize(Role.Can.WORK)
    public java.util.Set<String> channelsWithAddress(long customerId) {
        customers.get(customerId);
        return addresses.findByCustomerId(customerId).stream()
                .map(com.siteline.notification.internal.ChannelAddressRow::getChannelId)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Sets (or with an empty value removes) a customer's address on a channel of its own.
     *
     * @throws com.siteline.base.InvalidInputException when the address is longer than 200 characters
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public void setAddress(long customerId, String channelId, String address) {
        CustomerDetails customer = customers.get(customerId);
        new InputProblems()
                .maxLength(Field.ADDRESS, address, 200, "consent.error.address-long")
                .refuseIfAny();
        java.util.Optional<com.siteline.notification.internal.ChannelAddressRow> row =
                addresses.findByCustomerIdAndChannelId(customerId, channelId);
        if (address == null || address.isBlank()) {
            row.ifPresent(addresses::delete);
            return;
        }
        com.siteline.notification.internal.ChannelAddressRow changed =
                row.orElseGet(() -> new com.siteline.notification.internal.ChannelAddressRow(
                        customer.id(), customer.businessUnitId(), channelId));
        changed.change(address.strip(), Actors.current(), clock.instant());
        addresses.saveAndFlush(changed);
    }

    public static String channelSubject(String channelId) {
        return "channel:" + channelId;
    }

    public static String purposeSubject(MessagePurpose purpose) {
        return "purpose:" + purpose.name();
    }

    /** Every decision of a customer the user may read, newest first. */
    @PreAuthorize(Role.Can.WORK)
    public List<Decision> history(long customerId) {
        customers.get(customerId);
        return consents.findByCustomerIdOrderByRecordedAtDescIdDesc(customerId).stream()
                .map(CustomerConsents::decision)
                .toList();
    }

    /** The decision in force per subject. */
    public Map<String, Decision> current(long customerId) {
        Map<String, Decision> current = new LinkedHashMap<>();
        for (ConsentRow row : consents.findByCustomerIdOrderByRecordedAtDescIdDesc(customerId)) {
            current.putIfAbsent(row.getSubject(), decision(row));
        }
        return current;
    }

    /**
     * Records a decision of a customer of the user's units.
     *
     * @throws com.siteline.base.InvalidInputException when the subject is unknown or how it was given is not said
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public Decision record(long customerId, String subject, boolean granted, String how) {
        CustomerDetails customer = customers.get(customerId);
        InputProblems problems = new InputProblems();
        if (subject == null
                || !(subject.matches("channel:[a-z0-9-]{1,30}")
                        || PURPOSES.stream().anyMatch(p -> purposeSubject(p).equals(subject)))) {
            problems.add(Field.SUBJECT, "consent.error.subject");
        }
        if (how == null || how.isBlank()) {
            problems.add(Field.HOW, "consent.error.how");
        }
        problems.maxLength(Field.HOW, how, 200, "consent.error.how-long");
        problems.refuseIfAny();
        Map<String, Decision> now = current(customerId);
        Decision before = now.get(subject);
        if (before != null && before.granted() == granted) {
            throw new RefusedException(granted ? "consent.error.already-granted" : "consent.error.already-withdrawn");
        }
        ConsentRow row = consents.saveAndFlush(new ConsentRow(
                customer.id(),
                customer.businessUnitId(),
                subject,
                granted,
                how.strip(),
                Actors.current(),
                clock.instant()));
        return decision(row);
    }

    private static Decision decision(ConsentRow row) {
        return new Decision(row.getSubject(), row.isGranted(), row.getHow(), row.getRecordedBy(), row.getRecordedAt());
    }
}
