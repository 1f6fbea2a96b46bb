package com.siteline.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.access.AccessRequestSummary;
import com.siteline.access.AccessRequests;
import com.siteline.base.RecordGrants.Kind;
import com.siteline.base.UnitScope;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.annotations.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scoping proof: every entity with a business unit is scoped by the one mechanism ({@link UnitScope}) or named
 * here with the reason it is not; a read of any scoped entity outside the user's units, by query or by id, returns
 * nothing; a running access grant opens its customer's records and nothing else of that unit. On MariaDB with the
 * demo data (the agent works in exterior painting and home decoration, not in the property unit).
 */
@SitelineSpringTest
class UnitScopeTest {

    /** Entities with a business unit that the scope leaves alone, each with its reason. */
    static final Map<String, String> UNSCOPED = Map.of(
            "Team",
                    "a unit's teams are its organisation: administrators keep every unit's, assignment lists colleagues",
            "BusinessHoursRow",
                    "a unit's calendar: the response-time engine reads every unit's, administrators edit them",
            "KpiSettingsRow", "a unit's KPI weights: configuration administrators edit for every unit",
            "VisitCadenceRow",
                    "a unit's visit cadence for its important customers: configuration administrators edit for every"
                            + " unit, the timer reads every unit's",
            "CompensationLimitRow",
                    "a unit's compensation limits per approval level: configuration administrators edit for every unit",
            "UnitRuleRow",
                    "a unit's quiet hours and daily cap for customer messages: configuration administrators edit for"
                            + " every unit, the outbox reads every unit's",
            "AuditEntry",
                    "the hash-chained history: administrators read every unit's, AuditTrail scopes the rest and"
                            + " the writer must read the chain's end whoever acts");

    @PersistenceContext
    EntityManager em;

    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    @Autowired
    UnitScopeTest(PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    @Autowired
    RunAs as;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    AccessRequests requests;

    @Autowired
    CommunicationService log;

    @Autowired
    UserAdministration users;

    /** A new agent of exterior painting and home decoration, with no grant of their own. */
    private String probe() {
        String name = "probe" + WorkspaceFixture.marker().toLowerCase(Locale.ROOT);
        as.user(
                "admin",
                () -> users.create(
                        name,
                        "探针 " + name,
                        "Probe-2026-secret!",
                        Set.of(Role.AGENT),
                        List.of("EAST-PAINT", "SH-HOME")));
        return name;
    }

    private List<EntityType<?>> withBusinessUnit() {
        return em.getMetamodel().getEntities().stream()
                .filter(e -> e.getAttributes().stream().map(Attribute::getName).anyMatch("businessUnitId"::equals))
                .sorted(Comparator.comparing(EntityType::getName))
                .toList();
    }

    private static boolean scoped(EntityType<?> entity) {
        return Arrays.stream(entity.getJavaType().getAnnotationsByType(Filter.class))
                .anyMatch(f -> f.name().equals(UnitScope.FILTER));
    }

    private <T> T read(String user, Supplier<T> work) {
        Supplier<T> inTransaction = () -> reading.execute(status -> work.get());
        return user == null ? as.system(inTransaction) : as.user(user, inTransaction);
    }

    @Test
    void everyEntityWithABusinessUnitIsScopedOrSaysWhyNot() {
        List<String> names =
                withBusinessUnit().stream().map(EntityType::getName).toList();
        assertThat(names)
                .as("the enumeration finds the customer data")
                .contains("Customer", "Project", "CustomerIssue", "Communication");
        for (EntityType<?> entity : withBusinessUnit()) {
            assertThat(scoped(entity) || UNSCOPED.containsKey(entity.getName()))
                    .as(entity.getName() + " has a business unit: scope it with @Filter(UnitScope.FILTER) or name"
                            + " its reason in UNSCOPED")
                    .isTrue();
            assertThat(scoped(entity) && UNSCOPED.containsKey(entity.getName()))
                    .as(entity.getName() + " is scoped and listed as unscoped")
                    .isFalse();
        }
        assertThat(names).as("every unscoped entity named exists").containsAll(UNSCOPED.keySet());
    }

    @Test
    void aReadOutsideTheUsersUnitsByQueryOrByIdReturnsNothing() {
        String agent = probe();
        long property = fixture.unit("BJ-PROPERTY");
        List<Long> agentsUnits = List.of(fixture.unit("EAST-PAINT"), fixture.unit("SH-HOME"));
        List<String> empty = new ArrayList<>();
        for (EntityType<?> entity : withBusinessUnit()) {
            if (!scoped(entity)) {
                continue;
            }
            String name = entity.getName();
            List<Object[]> all = read(
                    null,
                    () -> em.createQuery("select e.businessUnitId, e.id from " + name + " e", Object[].class)
                            .getResultList());
            List<Object> outside = all.stream()
                    .filter(r -> ((Number) r[0]).longValue() == property)
                    .map(r -> r[1])
                    .toList();
            long inside = all.stream()
                    .filter(r -> agentsUnits.contains(((Number) r[0]).longValue()))
                    .count();
            if (outside.isEmpty()) {
                empty.add(name);
                continue;
            }
            List<Long> seen = read(
                    agent,
                    () -> em.createQuery("select e.businessUnitId from " + name + " e", Long.class)
                            .getResultList());
            assertThat(seen)
                    .as(name + ": the agent's query returns their units' rows, all of them")
                    .hasSize((int) inside)
                    .allSatisfy(unit -> assertThat(agentsUnits).contains(unit));
            assertThat(read(
                            agent,
                            () -> em.createQuery(
                                            "select count(e) from " + name + " e where e.businessUnitId = :unit",
                                            Long.class)
                                    .setParameter("unit", property)
                                    .getSingleResult()))
                    .as(name + ": counted by the other unit's id")
                    .isZero();
            Object id = outside.getFirst();
            assertThat(read(agent, () -> em.find(entity.getJavaType(), id)))
                    .as(name + " " + id + " of the property unit, loaded by id")
                    .isNull();
            assertThat(read("manager", () -> em.find(entity.getJavaType(), id)))
                    .as(name + " " + id + " read by the property unit's manager")
                    .isNotNull();
        }
        assertThat(empty)
                .as("scoped entities with no row in the property unit: the proof needs one each"
                        + " (demo data or a fixture)")
                .isEmpty();
    }

    @Test
    void aRunningGrantOpensItsCustomersRecordsAndNothingElseOfTheirUnit() {
        String agent = probe();
        String marker = WorkspaceFixture.marker();
        CustomerDetails granted = fixture.customer("BJ-PROPERTY", "授权业主 " + marker);
        CustomerDetails neighbour = fixture.customer("BJ-PROPERTY", "邻居 " + marker);
        for (CustomerDetails c : List.of(granted, neighbour)) {
            fixture.issue(c, "门禁卡失效 " + marker, IssueType.REPAIR_REQUEST, null, Urgency.NORMAL);
            as.user(
                    "admin",
                    () -> log.record(new NewLogEntry(
                            c.id(),
                            null,
                            null,
                            TestClock.INSTANCE.instant(),
                            null,
                            Channel.PHONE,
                            "业主",
                            "来电 " + marker,
                            "已登记",
                            null,
                            false)));
        }
        String customers = "select count(c) from Customer c where c.name like :m";
        String issues = "select count(i) from CustomerIssue i where i.title like :m";
        String entries = "select count(l) from Communication l where l.content like :m";
        Supplier<List<Long>> counts =
                () -> List.of(count(customers, marker), count(issues, marker), count(entries, marker));
        assertThat(read(agent, counts)).as("before any grant").containsExactly(0L, 0L, 0L);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        AccessRequestSummary filed = as.user(
                agent, () -> requests.file(Kind.CUSTOMER, granted.id(), "业主说外墙也是我们做的", today, today.plusDays(1)));
        as.user("manager", () -> requests.decide(filed.id(), filed.version(), true, null));

        assertThat(read(agent, counts))
                .as("the granted customer, their issue and their log entry; not the neighbour's")
                .containsExactly(1L, 1L, 1L);
        Class<?> customer = withBusinessUnit().stream()
                .filter(e -> e.getName().equals("Customer"))
                .findFirst()
                .orElseThrow()
                .getJavaType();
        assertThat(read(agent, () -> em.find(customer, granted.id()))).isNotNull();
        assertThat(read(agent, () -> em.find(customer, neighbour.id()))).isNull();
        assertThat(read(probe(), counts)).as("a grant is its requester's alone").containsExactly(0L, 0L, 0L);
        // a grant reads and never writes: in a transaction that may write, the granted records are not there
        List<Long> whileWriting = as.user(agent, () -> writing.execute(status -> counts.get()));
        assertThat(whileWriting).as("in a read-write transaction").containsExactly(0L, 0L, 0L);
    }

    private long count(String query, String marker) {
        return em.createQuery(query, Long.class)
                .setParameter("m", "%" + marker + "%")
                .getSingleResult();
    }
}
