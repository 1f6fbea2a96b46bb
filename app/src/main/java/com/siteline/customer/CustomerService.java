package com.siteline.customer;

import com.siteline.base.Actors;
import com.siteline.base.BulkResult;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RecordAudit;
import com.siteline.base.RecordGrants;
import com.siteline.base.RecordOwner;
import com.siteline.base.RefusedException;
import com.siteline.base.RowByRow;
import com.siteline.base.RowVersion;
import com.siteline.base.UnitScope;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.Tags;
import com.siteline.base.grid.TextIndex;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.customer.CustomerDraft.Field;
import com.siteline.customer.internal.Customer;
import com.siteline.customer.internal.CustomerRepository;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.search.SearchSync;
import com.siteline.sla.UserZones;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customer records (客户档案), scoped to the user's business units: a record of another unit does
 * not exist for them, in grids, pickers and the 360 page alike.
 */
@Service
@Transactional(readOnly = true)
public class CustomerService extends UnitScopedGridSource<Customer, CustomerDetails> {

    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CustomerRepository customers;
    private final OrganizationService organization;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final JpaGrid<Customer> grid;
    private final RowByRow rowByRow;
    private final RecordGrants grants;
    private final RecordAudit audit;
    private final EntityManager em;

    CustomerService(
            CustomerRepository customers,
            OrganizationService organization,
            EntityManager em,
            Clock clock,
            ApplicationEventPublisher events,
            UserZones zones,
            PlatformTransactionManager transactions,
            RecordGrants grants,
            RecordAudit audit,
            TextIndex textIndex) {
        super(em, organization::unitNamesOf);
        this.grants = grants;
        this.audit = audit;
        this.em = em;
        this.rowByRow = new RowByRow(transactions);
        this.customers = customers;
        this.organization = organization;
        this.clock = clock;
        this.events = events;
        this.grid = new JpaGrid<>(
                        Customer.class,
                        CustomerGrid.DEFINITION,
                        zones::zoneOf,
                        (text, user) -> (root, q, cb) -> cb.or(
                                cb.like(root.get("name"), "%" + JpaGrid.escape(text) + "%", '\\'),
                                cb.like(root.get("phone"), JpaGrid.escape(text) + "%", '\\')))
                .indexedBy(textIndex, "name", "phone");
    }

    @Override
    protected CustomerDetails toRow(Customer entity, Map<Long, String> units) {
        return details(entity, units);
    }

    @Override
    public JpaGrid<Customer> grid() {
        return grid;
    }

    public CustomerDetails get(long id) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        return details(customer(units, id), units);
    }

    /**
     * A customer of another unit, read-only under the signed-in user's running access grant (each read is
     * logged as a use of the grant); "not found" without one.
     */
    public CustomerDetails getGranted(long id) {
        Customer customer = customers
                .findById(id)
                .filter(c -> grants.reads(RecordGrants.Kind.CUSTOMER, id))
                .orElseThrow(() -> new NoSuchElementException("no customer " + id));
        return details(customer, organization.unitNameOf(customer.getBusinessUnitId()));
    }

    /** Which unit a customer belongs to and their name: for filing an access request, never shown before approval. */
    public java.util.Optional<RecordOwner> owner(long id) {
        // across units: whom to ask is the one thing a user may learn of another unit's customer
        return UnitScope.acrossUnits(
                () -> customers.findById(id).map(c -> new RecordOwner(c.getBusinessUnitId(), c.getName(), c.getId())));
    }

    /** Every customer of a unit, id to name (a survey campaign's candidates; callers check who may ask). */
    public Map<Long, String> namesOfUnit(long unitId) {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        for (Object[] row : customers.namesOfUnit(unitId)) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    /**
     * The customers a phone number (digits only) or an e-mail address (lower case) belongs to, in every unit: for the
     * portal's "send me a new link", which never tells the asker what it found.
     */
    public List<Long> idsByContact(String phone, String email) {
        return customers.idsByContact(phone, email);
    }

    /** How to reach a customer, whoever asks: for messages the system sends (survey links); null when gone. */
    public CustomerDetails contactOf(long id) {
        return customers
                .findById(id)
                .map(c -> details(c, organization.unitNameOf(c.getBusinessUnitId())))
                .orElse(null);
    }

    /**
     * A page of a unit's customers of a tier, as the unit scope shows them to the actor (the system: every unit), by
     * id: what the visit cadence of important customers walks.
     */
    public List<CustomerDetails> ofTier(long businessUnitId, com.siteline.sla.CustomerTier tier, int page, int size) {
        Map<Long, String> unit = organization.unitNameOf(businessUnitId);
        return customers
                .findByBusinessUnitIdAndTierOrderById(
                        businessUnitId, tier, org.springframework.data.domain.PageRequest.of(page, size))
                .stream()
                .map(c -> details(c, unit))
                .toList();
    }

    /** {@link #contactOf} for many customers at once, by id (those gone are left out). */
    public Map<Long, CustomerDetails> contactsOf(java.util.Collection<Long> ids) {
        Map<Long, CustomerDetails> contacts = new java.util.HashMap<>();
        Map<Long, Map<Long, String>> unitNames = new java.util.HashMap<>();
        for (Customer c : customers.findAllById(ids)) {
            contacts.put(
                    c.getId(), details(c, unitNames.computeIfAbsent(c.getBusinessUnitId(), organization::unitNameOf)));
        }
        return contacts;
    }

    public boolean visible(long id) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        return customers
                .findById(id)
                .filter(c -> units.containsKey(c.getBusinessUnitId()))
                .isPresent();
    }

    /** Customers of the user's units whose name or phone matches, for pickers (at most 20). */
    public List<CustomerDetails> lookup(String text) {
        String username = Actors.current();
        return page(GridQuery.empty().withSearch(text).sortedBy(GridSort.asc("name")), 0, 20);
    }

    /** Other records of the user's units with this phone number: the duplicate warning. */
    public List<CustomerDetails> samePhone(String phone, Long exceptId) {
        String username = Actors.current();
        if (phone == null || phone.isBlank()) {
            return List.of();
        }
        Map<Long, String> units = organization.unitNamesOf(username);
        List<Customer> found = new ArrayList<>(customers.findByPhoneAndBusinessUnitIdIn(phone.strip(), units.keySet()));
        customers.findByPhone2AndBusinessUnitIdIn(phone.strip(), units.keySet()).stream()
                .filter(c -> !found.contains(c))
                .forEach(found::add);
        return found.stream()
                .filter(c -> !Objects.equals(c.getId(), exceptId))
                .map(c -> details(c, units))
                .toList();
    }

    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CustomerDetails create(CustomerDraft draft) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        check(draft, units);
        Customer customer = new Customer(draft.businessUnitId(), clock.instant());
        apply(customer, draft);
        return details(customers.saveAndFlush(customer), units);
    }

    /**
     * Saves an edit made from the given row version.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else saved the record in between
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public CustomerDetails update(long id, long expectedVersion, CustomerDraft draft) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        Customer customer = customer(units, id);
        RowVersion.check(Customer.class, id, customer.getVersion(), expectedVersion);
        check(draft, units);
        if (draft.businessUnitId() != customer.getBusinessUnitId()) {
            throw new InvalidInputException(List.of("customer.error.unit-fixed"));
        }
        boolean renamed = !customer.getName().equals(draft.name().strip());
        boolean retyped = customer.getType() != draft.type();
        apply(customer, draft);
        customer.touch(clock.instant());
        Customer saved = customers.saveAndFlush(customer);
        if (renamed) {
            events.publishEvent(new CustomerRenamed(id, saved.getName()));
        }
        if (retyped) {
            events.publishEvent(new CustomerRetyped(id, saved.getType()));
        }
        return details(saved, units);
    }

    /**
     * A customer record with its contact details in full, for the user who asked to see them on the customer's page
     * (lists show them masked): the reveal is kept in the audit log, with who and when.
     */
    @PreAuthorize(Role.Can.WORK)
    public CustomerDetails reveal(long id) {
        CustomerDetails customer = get(id);
        audit.revealed(
                "customer",
                id,
                customer.name(),
                customer.businessUnitId(),
                id,
                List.of("phone", "phone2", "address", "email"));
        return customer;
    }

    /** Adds a tag to each of the user's customers among the ids; returns how many changed. */
    @PreAuthorize(Role.Can.WORK)
    public BulkResult addTag(java.util.Collection<RowVersion> rows, String tag) {
        String username = Actors.current();
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException(List.of("customer.error.tag"));
        }
        String clean = tag.strip().replace(",", " ");
        if (clean.length() > 40) {
            throw new InvalidInputException(List.of("customer.error.tag-length"));
        }
        Map<Long, String> units = organization.unitNamesOf(username);
        return rowByRow.apply(rows, "customer.refused.not-found", "customer.refused.conflict", row -> {
            Customer customer = customer(units, row.id());
            RowVersion.check(Customer.class, row.id(), customer.getVersion(), row.version());
            java.util.Set<String> tags = new java.util.LinkedHashSet<>(Tags.parse(customer.getTags()));
            if (tags.add(clean)) {
                String stored = Tags.format(tags);
                if (stored.length() > 300) {
                    throw new RefusedException("customer.error.tags-length");
                }
                customer.setTags(stored);
                customer.touch(clock.instant());
                customers.saveAndFlush(customer);
            }
        });
    }

    /**
     * What {@link #create} would refuse in the draft, without storing anything or throwing: the same rules, for
     * checking imported rows before any is written.
     */
    public List<String> problemsOf(CustomerDraft draft) {
        return problems(draft, organization.unitNamesOf(Actors.current())).keys();
    }

    /** Which of the phones are already a customer's (first phone) in the unit: phone → customer id, in one query. */
    public Map<String, Long> existingPhones(long businessUnitId, java.util.Collection<String> phones) {
        String username = Actors.current();
        if (phones.isEmpty() || !organization.unitNamesOf(username).containsKey(businessUnitId)) {
            return Map.of();
        }
        Map<String, Long> found = new java.util.HashMap<>();
        em.createQuery(
                        "select c.phone, c.id from Customer c where c.businessUnitId = :unit and c.phone in :phones",
                        Object[].class)
                .setParameter("unit", businessUnitId)
                .setParameter("phones", phones)
                .getResultList()
                .forEach(row -> found.putIfAbsent((String) row[0], (Long) row[1]));
        return found;
    }

    /**
     * Creates many customers at once (an import): each checked as {@link #create} checks it, all written with one
     * statement, each recorded in the audit history as created. Returns the new ids in the drafts' order.
     */
    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public List<Long> createAll(List<CustomerDraft> drafts) {
        String username = Actors.current();
        Map<Long, String> units = organization.unitNamesOf(username);
        for (CustomerDraft draft : drafts) {
            check(draft, units);
        }
        if (drafts.isEmpty()) {
            return List.of();
        }
        java.time.Instant now = clock.instant();
        StringBuilder sql = new StringBuilder("insert into customer (version, business_unit_id, name, phone, phone2,"
                + " wechat_id, email, address, tier, customer_type, tags, preferred_channel, special_requirements, notes,"
                + " created_at, updated_at) values ");
        for (int i = 0; i < drafts.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(0, :unit")
                    .append(i)
                    .append(", :name")
                    .append(i)
                    .append(", :phone")
                    .append(i)
                    .append(", :phone2")
                    .append(i)
                    .append(", :wechat")
                    .append(i)
                    .append(", :email")
                    .append(i)
                    .append(", :address")
                    .append(i)
                    .append(", :tier")
                    .append(i)
                    .append(", :type")
                    .append(i)
                    .append(", :tags")
                    .append(i)
                    .append(", :channel")
                    .append(i)
                    .append(", :special")
                    .append(i)
                    .append(", :notes")
                    .append(i)
                    .append(", :now, :now)");
        }
        var insert = em.createNativeQuery(sql.toString()).setParameter("now", now);
        List<Customer> rows = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Customer c = new Customer(drafts.get(i).businessUnitId(), now);
            apply(c, drafts.get(i));
            rows.add(c);
            insert.setParameter("unit" + i, c.getBusinessUnitId())
                    .setParameter("name" + i, c.getName())
                    .setParameter("phone" + i, c.getPhone())
                    .setParameter("phone2" + i, c.getPhone2())
                    .setParameter("wechat" + i, c.getWechatId())
                    .setParameter("email" + i, c.getEmail())
                    .setParameter("address" + i, c.getAddress())
                    .setParameter("tier" + i, c.getTier().name())
                    .setParameter("type" + i, c.getType().name())
                    .setParameter("tags" + i, c.getTags())
                    .setParameter("channel" + i, c.getPreferredChannel().name())
                    .setParameter("special" + i, c.getSpecialRequirements())
                    .setParameter("notes" + i, c.getNotes());
        }
        insert.executeUpdate();
        // the new rows by their phones (unique within one call: the importer folds duplicates first)
        Map<String, Long> byPhone = new java.util.HashMap<>();
        em.createQuery(
                        "select c.phone, c.id, c.businessUnitId from Customer c where c.createdAt = :now"
                                + " and c.phone in :phones",
                        Object[].class)
                .setParameter("now", now)
                .setParameter("phones", rows.stream().map(Customer::getPhone).toList())
                .getResultList()
                .forEach(row -> byPhone.put(row[2] + "/" + row[0], (Long) row[1]));
        List<Long> ids = new ArrayList<>();
        for (Customer c : rows) {
            Long id = byPhone.get(c.getBusinessUnitId() + "/" + c.getPhone());
            if (id == null) {
                throw new IllegalStateException("two rows of one call share the phone " + c.getPhone());
            }
            ids.add(id);
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            fields.put("name", c.getName());
            fields.put("phone", c.getPhone());
            fields.put("phone2", c.getPhone2());
            fields.put("wechatId", c.getWechatId());
            fields.put("email", c.getEmail());
            fields.put("address", c.getAddress());
            fields.put("tier", c.getTier());
            fields.put("type", c.getType());
            fields.put("tags", c.getTags());
            fields.put("preferredChannel", c.getPreferredChannel());
            fields.put("specialRequirements", c.getSpecialRequirements());
            fields.put("notes", c.getNotes());
            audit.created("customer", id, c.getName(), c.getBusinessUnitId(), id, fields);
        }
        // the multi-row insert bypasses the index's change tracking: the new rows are indexed at commit
        SearchSync.changed(
                em, ids.stream().map(id -> em.find(Customer.class, id)).toList());
        return ids;
    }

    private static void check(CustomerDraft draft, Map<Long, String> units) {
        problems(draft, units).refuseIfAny();
    }

    private static InputProblems problems(CustomerDraft draft, Map<Long, String> units) {
        InputProblems problems = new InputProblems();
        if (!units.containsKey(draft.businessUnitId())) {
            problems.add(Field.BUSINESS_UNIT_ID, "customer.error.unit");
        }
        if (blank(draft.name())) {
            problems.add(Field.NAME, "customer.error.name");
        }
        problems.maxLength(Field.NAME, draft.name(), 120, "customer.error.name-length")
                .maxLength(Field.WECHAT_ID, draft.wechatId(), 60, "customer.error.wechat-length")
                .maxLength(Field.EMAIL, draft.email(), 120, "customer.error.email-length")
                .maxLength(Field.ADDRESS, draft.address(), 300, "customer.error.address-length")
                .maxLength(Field.TAGS, Tags.format(draft.tags()), 300, "customer.error.tags-length")
                .maxLength(
                        Field.SPECIAL_REQUIREMENTS, draft.specialRequirements(), 1000, "customer.error.special-length")
                .maxLength(Field.NOTES, draft.notes(), 2000, "customer.error.notes-length");
        if (blank(draft.phone()) || !PHONE.matcher(draft.phone().strip()).matches()) {
            problems.add(Field.PHONE, "customer.error.phone");
        }
        if (!blank(draft.phone2()) && !PHONE.matcher(draft.phone2().strip()).matches()) {
            problems.add(Field.PHONE2, "customer.error.phone2");
        }
        if (!blank(draft.email()) && !EMAIL.matcher(draft.email().strip()).matches()) {
            problems.add(Field.EMAIL, "customer.error.email");
        }
        if (draft.type() == null) {
            problems.add(Field.TYPE, "customer.error.type");
        }
        if (draft.tier() == null) {
            problems.add(Field.TIER, "customer.error.tier");
        } else if (draft.preferredChannel() == null) {
            problems.add(Field.PREFERRED_CHANNEL, "customer.error.tier");
        }
        return problems;
    }

    private static void apply(Customer customer, CustomerDraft draft) {
        customer.setName(draft.name().strip());
        customer.setPhone(draft.phone().strip());
        customer.setPhone2(trim(draft.phone2()));
        customer.setWechatId(trim(draft.wechatId()));
        customer.setEmail(trim(draft.email()));
        customer.setAddress(trim(draft.address()));
        customer.setTier(draft.tier());
        customer.setType(draft.type());
        customer.setTags(Tags.format(draft.tags()));
        customer.setPreferredChannel(draft.preferredChannel());
        customer.setSpecialRequirements(trim(draft.specialRequirements()));
        customer.setNotes(trim(draft.notes()));
    }

    private Customer customer(Map<Long, String> units, long id) {
        return customers
                .findById(id)
                .filter(c -> units.containsKey(c.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no customer " + id));
    }

    private static CustomerDetails details(Customer c, Map<Long, String> units) {
        return new CustomerDetails(
                c.getId(),
                c.getVersion(),
                c.getBusinessUnitId(),
                units.get(c.getBusinessUnitId()),
                c.getName(),
                c.getPhone(),
                c.getPhone2(),
                c.getWechatId(),
                c.getEmail(),
                c.getAddress(),
                c.getTier(),
                c.getType(),
                Tags.parse(c.getTags()),
                c.getPreferredChannel(),
                c.getSpecialRequirements(),
                c.getNotes(),
                c.getCreatedAt(),
                c.getUpdatedAt());
    }

    private static String trim(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
