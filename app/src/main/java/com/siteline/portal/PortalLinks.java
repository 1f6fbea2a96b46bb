package com.siteline.portal;

import com.siteline.base.RefusedException;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.portal.internal.LinkRequestRepository;
import com.siteline.portal.internal.LinkRequestRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "I lost my invitation": a customer asks on {@code portal} for a new link with their phone number or e-mail
 * address. The answer is the same whether or not the address is a customer's (nobody learns who is one); when it is,
 * a new personal link goes out on the customer's channels (earlier links keep working, so nobody can end a
 * customer's access by asking). At most {@value #PER_ADDRESS} requests an hour per address (known or not) and
 * {@value #PER_CUSTOMER} links a day per customer.
 */
@Service
public class PortalLinks {

    static final int PER_ADDRESS = 3;
    static final int PER_CUSTOMER = 3;

    private final PortalAccess access;
    private final LinkRequestRepository requests;
    private final CustomerService customers;
    private final Clock clock;

    PortalLinks(PortalAccess access, LinkRequestRepository requests, CustomerService customers, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * Takes a request for a new link. Returns the same (nothing) for an address of a customer and for any other.
     *
     * @throws RefusedException when the text is neither a mobile number nor an e-mail address, or this address asked
     *     too often within the hour (said alike for every address)
     */
    @Transactional
    public void request(String contact, Client client) {
        String text = contact == null ? "" : contact.strip();
        String phone = phone(text);
        String email = phone == null && text.matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}")
                ? text.toLowerCase(Locale.ROOT)
                : null;
        if (phone == null && email == null) {
            throw new RefusedException("portal.new-link.error.contact");
        }
        Instant now = clock.instant();
        String addressHash = PortalAccess.hash("contact:" + (phone != null ? phone : email));
        if (requests.countByAddressHashAndAtAfter(addressHash, now.minus(Duration.ofHours(1))) >= PER_ADDRESS) {
            throw new RefusedException("portal.new-link.error.too-often");
        }
        List<Long> found = customers.idsByContact(phone, email);
        if (found.isEmpty()) {
            requests.save(new LinkRequestRow(addressHash, null, client.ip(), now));
            return;
        }
        for (long customerId : found.subList(0, Math.min(3, found.size()))) {
            requests.save(new LinkRequestRow(addressHash, customerId, client.ip(), now));
            if (requests.countByCustomerIdAndAtAfter(customerId, now.minus(Duration.ofDays(1))) > PER_CUSTOMER) {
                continue;
            }
            CustomerDetails customer = customers.contactOf(customerId);
            if (customer != null) {
                access.newLink(customer, "customer", "LINK_REQUESTED");
            }
        }
    }

    /** A mainland mobile number as digits, or null. */
    static String phone(String text) {
        String digits = text.replaceAll("[\\s-]", "").replaceFirst("^\\+?86", "");
        return digits.matches("1\\d{10}") ? digits : null;
    }
}
