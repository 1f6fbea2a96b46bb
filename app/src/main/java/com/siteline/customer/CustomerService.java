package com.siteline.customer;

import com.siteline.base.InvalidInputException;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.UnitScopedGridSource;
import com.siteline.base.grid.JpaGrid;
import com.siteline.base.grid.Tags;
import com.siteline.customer.internal.Customer;
import com.siteline.customer.internal.CustomerRepository;
import com.siteline.organization.OrganizationService;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
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

    CustomerService(CustomerRepository customers, OrganizationService organization, EntityManager em, Clock clock,
            ApplicationEventPublisher events) {
        super(em, organization::unitNamesOf);
        this.customers = customers;
        this.organization = organization;
        this.clock = clock;
        this.events = events;
        ZoneId zone = clock.getZone();
        Map<String, BiFunction<ColumnFilter, String, Specification<Customer>>> filters = new LinkedHashMap<>();
        filters.put("name", JpaGrid.contains("name"));
        filters.put("phone", JpaGrid.startsWith("phone"));
        filters.put("wechat", JpaGrid.contains("wechatId"));
        filters.put("email", JpaGrid.contains("email"));
        filters.put("address", JpaGrid.contains("address"));
        filters.put("tier", JpaGrid.oneOfEnum("tier", CustomerTier.class));
        filters.put("tags", JpaGrid.hasTag("tags"));
        filters.put("channel", JpaGrid.oneOfEnum("preferredChannel", Channel.class));
        filters.put("unit", JpaGrid.oneOfIds("businessUnitId"));
        filters.put("created", JpaGrid.within("createdAt", zone));
        filters.put("updated", JpaGrid.within("updatedAt", zone));
        this.grid = new JpaGrid<>(Customer.class, filters,
                Map.of("name", "name", "phone", "phone", "tier", "tier", "channel", "preferredChannel",
                        "unit", "businessUnitId", "created", "createdAt", "updated", "updatedAt",
                        "email", "email", "address", "address"),
                (text, user) -> (root, q, cb) -> cb.or(
                        cb.like(root.get("name"), "%" + JpaGrid.escape(text) + "%", '\\'),
                        cb.like(root.get("phone"), JpaGrid.escape(text) + "%", '\\')),
                List.of(GridSort.desc("created")));
    }

    @Override
    protected CustomerDetails toRow(Customer entity, Map<Long, String> units) {
        return details(entity, units);
    }

    @Override
    public JpaGrid<Customer> grid() {
        return grid;
    }




    public CustomerDetails get(String username, long id) {
        Map<Long, String> units = organization.unitNamesOf(username);
        return details(customer(units, id), units);
    }

    public boolean visible(String username, long id) {
        Map<Long, String> units = organization.unitNamesOf(username);
        return customers.findById(id).filter(c -> units.containsKey(c.getBusinessUnitId())).isPresent();
    }

    /** Customers of the user's units whose name or phone matches, for pickers (at most 20). */
    public List<CustomerDetails> lookup(String username, String text) {
        return page(username, GridQuery.empty().withSearch(text).sortedBy(GridSort.asc("name")), 0, 20);
    }

    /** Other records of the user's units with this phone number: the duplicate warning. */
    public List<CustomerDetails> samePhone(String username, String phone, Long exceptId) {
        if (phone == null || phone.isBlank()) {
            return List.of();
        }
        Map<Long, String> units = organization.unitNamesOf(username);
        List<Customer> found = new ArrayList<>(customers.findByPhoneAndBusinessUnitIdIn(phone.strip(), units.keySet()));
        customers.findByPhone2AndBusinessUnitIdIn(phone.strip(), units.keySet()).stream()
                .filter(c -> !found.contains(c)).forEach(found::add);
        return found.stream().filter(c -> !Objects.equals(c.getId(), exceptId)).map(c -> details(c, units)).toList();
    }

    @Transactional
    public CustomerDetails create(String username, CustomerDraft draft) {
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
    public CustomerDetails update(String username, long id, long expectedVersion, CustomerDraft draft) {
        Map<Long, String> units = organization.unitNamesOf(username);
        Customer customer = customer(units, id);
        if (customer.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Customer.class, id);
        }
        check(draft, units);
        if (draft.businessUnitId() != customer.getBusinessUnitId()) {
            throw new InvalidInputException(List.of("customer.error.unit-fixed"));
        }
        boolean renamed = !customer.getName().equals(draft.name().strip());
        apply(customer, draft);
        customer.touch(clock.instant());
        Customer saved = customers.saveAndFlush(customer);
        if (renamed) {
            events.publishEvent(new CustomerRenamed(id, saved.getName()));
        }
        return details(saved, units);
    }

    /** Adds a tag to each of the user's customers among the ids; returns how many changed. */
    @Transactional
    public int addTag(String username, java.util.Collection<Long> ids, String tag) {
        if (tag == null || tag.isBlank()) {
            throw new InvalidInputException(List.of("customer.error.tag"));
        }
        Map<Long, String> units = organization.unitNamesOf(username);
        int changed = 0;
        for (long id : ids) {
            Customer customer = customer(units, id);
            java.util.Set<String> tags = new java.util.LinkedHashSet<>(Tags.parse(customer.getTags()));
            if (tags.add(tag.strip().replace(",", " "))) {
                customer.setTags(Tags.format(tags));
                customer.touch(clock.instant());
                changed++;
            }
        }
        return changed;
    }

    private static void check(CustomerDraft draft, Map<Long, String> units) {
        List<String> problems = new ArrayList<>();
        if (!units.containsKey(draft.businessUnitId())) {
            problems.add("customer.error.unit");
        }
        if (blank(draft.name())) {
            problems.add("customer.error.name");
        }
        if (blank(draft.phone()) || !PHONE.matcher(draft.phone().strip()).matches()) {
            problems.add("customer.error.phone");
        }
        if (!blank(draft.phone2()) && !PHONE.matcher(draft.phone2().strip()).matches()) {
            problems.add("customer.error.phone2");
        }
        if (!blank(draft.email()) && !EMAIL.matcher(draft.email().strip()).matches()) {
            problems.add("customer.error.email");
        }
        if (draft.tier() == null || draft.preferredChannel() == null) {
            problems.add("customer.error.tier");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void apply(Customer customer, CustomerDraft draft) {
        customer.setName(draft.name().strip());
        customer.setPhone(draft.phone().strip());
        customer.setPhone2(trim(draft.phone2()));
        customer.setWechatId(trim(draft.wechatId()));
        customer.setEmail(trim(draft.email()));
        customer.setAddress(trim(draft.address()));
        customer.setTier(draft.tier());
        customer.setTags(Tags.format(draft.tags()));
        customer.setPreferredChannel(draft.preferredChannel());
        customer.setSpecialRequirements(trim(draft.specialRequirements()));
        customer.setNotes(trim(draft.notes()));
    }

    private Customer customer(Map<Long, String> units, long id) {
        return customers.findById(id).filter(c -> units.containsKey(c.getBusinessUnitId()))
                .orElseThrow(() -> new NoSuchElementException("no customer " + id));
    }


    private static CustomerDetails details(Customer c, Map<Long, String> units) {
        return new CustomerDetails(c.getId(), c.getVersion(), c.getBusinessUnitId(), units.get(c.getBusinessUnitId()),
                c.getName(), c.getPhone(), c.getPhone2(), c.getWechatId(), c.getEmail(), c.getAddress(), c.getTier(),
                Tags.parse(c.getTags()), c.getPreferredChannel(), c.getSpecialRequirements(), c.getNotes(),
                c.getCreatedAt(), c.getUpdatedAt());
    }

    private static String trim(String text) {
        return blank(text) ? null : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
