package com.siteline.lead;

import com.siteline.base.Actors;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.base.RowVersion;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.lead.internal.SalesLead;
import com.siteline.lead.internal.SalesLeadRepository;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.sla.CustomerTier;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads (潜在顾客, seed 001's marketing duty) of the user's units: kept with their source and what they asked for, moved
 * along their stages (new → contacted → surveyed → quoted; lost with a reason at any of them), and won by converting
 * them into a customer — the customer record made with the lead's name, phone and address in the same transaction,
 * the lead's history kept and shown on the customer's page.
 */
@Service
@Transactional(readOnly = true)
public class Leads {

    public static final int TEXT_MAX = 1000;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,40}");

    private final SalesLeadRepository leads;
    private final CustomerService customers;
    private final OrganizationService organization;
    private final Clock clock;
    private final com.siteline.base.RecordAudit audit;

    Leads(
            SalesLeadRepository leads,
            CustomerService customers,
            OrganizationService organization,
            Clock clock,
            com.siteline.base.RecordAudit audit) {
        this.audit = audit;
        this.leads = leads;
        this.customers = customers;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * A lead's phone and address shown in full to the user who asked (号码脱敏, revealed on demand): the audit log keeps
     * who saw them, in a transaction of its own.
     */
    @PreAuthorize(Role.Can.WORK)
    public LeadView reveal(long id) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        SalesLead lead = leads.findById(id)
                .filter(l -> units.containsKey(l.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no lead " + id));
        audit.revealed("lead", id, lead.getName(), lead.getBusinessUnitId(), null, List.of("phone", "address"));
        return view(lead, units);
    }

    /** Every lead of the user's units, the latest changed first. */
    public List<LeadView> list() {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return leads.findAllByOrderByUpdatedAtDesc().stream()
                .filter(l -> units.containsKey(l.getBusinessUnitId()))
                .map(l -> view(l, units))
                .toList();
    }

    /** The lead a customer was converted from, if any (visible in the user's units). */
    public Optional<LeadView> ofCustomer(long customerId) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        return leads.findFirstByCustomerId(customerId)
                .filter(l -> units.containsKey(l.getBusinessUnitId()))
                .map(l -> view(l, units));
    }

    /**
     * Keeps a new lead, owned by the user.
     *
     * @throws InvalidInputException naming each field to fix; nothing is stored
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public LeadView create(NewLead input) {
        String user = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(user);
        InputProblems problems = new InputProblems();
        if (input.businessUnitId() == null || !units.containsKey(input.businessUnitId())) {
            problems.add(NewLead.Field.BUSINESS_UNIT_ID, "lead.error.unit");
        }
        if (input.name() == null || input.name().isBlank()) {
            problems.add(NewLead.Field.NAME, "lead.error.name");
        }
        problems.maxLength(NewLead.Field.NAME, input.name(), 120, "lead.error.name-length");
        if (input.phone() == null || !PHONE.matcher(input.phone().strip()).matches()) {
            problems.add(NewLead.Field.PHONE, "lead.error.phone");
        }
        problems.maxLength(NewLead.Field.ADDRESS, input.address(), 300, "lead.error.address-length");
        if (input.source() == null) {
            problems.add(NewLead.Field.SOURCE, "lead.error.source");
        }
        problems.maxLength(NewLead.Field.NEED, input.need(), TEXT_MAX, "lead.error.need-length");
        problems.refuseIfAny();
        SalesLead lead = leads.saveAndFlush(new SalesLead(
                input.businessUnitId(),
                input.name().strip(),
                input.phone().strip(),
                blankToNull(input.address()),
                input.source(),
                blankToNull(input.need()),
                user,
                clock.instant()));
        return view(lead, units);
    }

    /**
     * Moves an open lead to a later stage, or to lost with the reason.
     *
     * @throws RefusedException when the lead is won or lost already, or the stage is not a later one
     * @throws InvalidInputException when a loss has no reason or a note is too long
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public LeadView move(long id, long expectedVersion, LeadStage to, String note) {
        SalesLead lead = load(id, expectedVersion);
        if (lead.getStage() == LeadStage.WON || lead.getStage() == LeadStage.LOST) {
            throw new RefusedException("lead.refused.closed");
        }
        if (to == null
                || to == LeadStage.WON
                || (to != LeadStage.LOST && to.ordinal() <= lead.getStage().ordinal())) {
            throw new RefusedException("lead.refused.stage");
        }
        if (to == LeadStage.LOST && (note == null || note.isBlank())) {
            throw new InvalidInputException(List.of("lead.error.lost-reason"));
        }
        if (note != null && note.strip().length() > TEXT_MAX) {
            throw new InvalidInputException(List.of("lead.error.need-length"));
        }
        lead.moved(to, Actors.current(), blankToNull(note), clock.instant());
        return view(leads.saveAndFlush(lead), organization.unitNamesOf(Actors.current()));
    }

    /**
     * Wins an open lead: the customer is made from it (its name, phone, address, what it asked for in the notes) and
     * the lead keeps the customer and its history.
     *
     * @throws RefusedException when the lead is won or lost already
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public LeadView convert(long id, long expectedVersion) {
        SalesLead lead = load(id, expectedVersion);
        if (lead.getStage() == LeadStage.WON || lead.getStage() == LeadStage.LOST) {
            throw new RefusedException("lead.refused.closed");
        }
        CustomerDetails customer = customers.create(new CustomerDraft(
                lead.getBusinessUnitId(),
                lead.getName(),
                lead.getPhone(),
                null,
                null,
                null,
                lead.getAddress(),
                CustomerTier.STANDARD,
                Set.of(),
                Channel.PHONE,
                null,
                lead.getNeed()));
        lead.converted(customer.id(), Actors.current(), clock.instant());
        return view(leads.saveAndFlush(lead), organization.unitNamesOf(Actors.current()));
    }

    private SalesLead load(long id, long expectedVersion) {
        Map<Long, String> units = organization.unitNamesOf(Actors.current());
        SalesLead lead = leads.findById(id)
                .filter(l -> units.containsKey(l.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no lead " + id));
        RowVersion.check(SalesLead.class, id, lead.getVersion(), expectedVersion);
        return lead;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LeadView view(SalesLead l, Map<Long, String> units) {
        return new LeadView(
                l.getId(),
                l.getVersion(),
                l.getBusinessUnitId(),
                units.get(l.getBusinessUnitId()),
                l.getName(),
                l.getPhone(),
                l.getAddress(),
                l.getSource(),
                l.getStage(),
                l.getNeed(),
                l.getLostReason(),
                l.getOwner(),
                l.getCustomerId(),
                l.getCreatedAt(),
                l.getHistory().stream()
                        .map(e -> new LeadView.Step(e.getAt(), e.getBy(), e.getStage(), e.getNote()))
                        .toList());
    }
}
