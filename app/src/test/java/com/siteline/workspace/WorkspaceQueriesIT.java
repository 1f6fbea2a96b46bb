package com.siteline.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.RowVersion;
import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.base.grid.GridSource;
import com.siteline.base.ui.Formats;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueBulkActions;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.NewIssue;
import com.siteline.issue.StepInput;
import com.siteline.issue.Verdict;
import com.siteline.organization.RunAs;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerTier;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every filter and every sort of the issue, customer and log grids against MariaDB: each filter
 * returns exactly the rows a plain Java predicate picks from a known set, each sort orders them as
 * a Java comparator does (the id breaking ties), and every query stays inside the user's units.
 */
@SitelineSpringTest
class WorkspaceQueriesIT {

    /** The zone the users of these tests see times in (their first unit's calendar): day filters read it. */
    private static final ZoneId ZONE = Formats.DEFAULT_ZONE;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    IssueBulkActions bulk;

    @Autowired
    CustomerService customers;

    @Autowired
    CommunicationService log;

    String marker;
    List<CustomerDetails> people = new ArrayList<>();
    List<IssueDetails> known = new ArrayList<>();
    List<LogEntry> entries = new ArrayList<>();

    @BeforeEach
    void data() {
        marker = WorkspaceFixture.marker().toLowerCase();
        String[] names = {"alpha", "bravo", "charlie", "delta"};
        CustomerTier[] tiers = CustomerTier.values();
        Channel[] channels = Channel.values();
        for (int n = 0; n < names.length; n++) {
            int i = n;
            String unit = i == 3 ? "BJ-PROPERTY" : "SH-HOME";
            people.add(as.user(
                    "admin",
                    () -> customers.create(new CustomerDraft(
                            fixture.unit(unit),
                            marker + " " + names[i],
                            "1380000" + marker.hashCode() % 1000 + i,
                            null,
                            "wx" + i,
                            names[i] + "@example.com",
                            "road " + (9 - i),
                            tiers[i % tiers.length],
                            com.siteline.sla.CustomerType.values()[i % com.siteline.sla.CustomerType.values().length],
                            i % 2 == 0 ? Set.of("vip-care") : Set.of(),
                            channels[i % channels.length],
                            null,
                            null))));
        }
        IssueType[] types = IssueType.values();
        Urgency[] urgencies = Urgency.values();
        String[] categories = {"schedule", "payment", "quality-acceptance", null};
        for (int n = 0; n < 12; n++) {
            int i = n;
            CustomerDetails customer = people.get(i % people.size());
            IssueDetails created = as.user(
                    "admin",
                    () -> issues.create(new NewIssue(
                            customer.id(),
                            null,
                            marker + " issue " + (char) ('a' + (i * 5) % 12),
                            null,
                            types[i % types.length],
                            categories[i % categories.length],
                            urgencies[i % urgencies.length])));
            IssueDetails issue = created;
            if (issue.status() == IssueStatus.CLASSIFIED && i % 3 != 0) {
                IssueDetails classified = issue;
                issue = as.user(
                        "admin",
                        () -> issues.assign(classified.id(), classified.version(), i % 2 == 0 ? "agent" : "manager"));
                if (i % 5 == 0) {
                    IssueDetails assigned = issue;
                    var issueBefore1 = issue;
                    issue = as.user(
                            issueBefore1.assignee(),
                            () -> issues.move(
                                    assigned.id(), assigned.version(), IssueStatus.IN_PROGRESS, StepInput.none()));
                }
            }
            if (i % 4 == 1) {
                IssueDetails tagged = issue;
                as.user("admin", () -> bulk.addTag(List.of(new RowVersion(tagged.id(), tagged.version())), "repeat"));
                issue = as.user("admin", () -> queries.get(tagged.id()));
            }
            known.add(issue);
        }
        Instant now = Instant.now();
        for (int n = 0; n < 6; n++) {
            int i = n;
            CustomerDetails customer = people.get(i % people.size());
            entries.add(as.user(
                    "admin",
                    () -> log.record(new NewLogEntry(
                            customer.id(),
                            null,
                            null,
                            now.minus(Duration.ofDays(i)),
                            "site " + i,
                            channels[i % channels.length],
                            "p" + i,
                            marker + " talk " + (char) ('z' - i),
                            "ok",
                            i % 2 == 0 ? now.minus(Duration.ofDays(i)).plus(Duration.ofHours(1)) : null,
                            false))));
        }
        // one issue goes all the way to closed, by a reviewer who is not its handler
        IssueDetails handled = known.stream()
                .filter(i -> i.status() == IssueStatus.IN_PROGRESS)
                .findFirst()
                .orElseThrow();
        IssueDetails current = as.user("admin", () -> queries.get(handled.id()));
        IssueDetails resolved = as.user(
                current.assignee(),
                () -> issues.move(
                        current.id(),
                        current.version(),
                        IssueStatus.FEEDBACK_GIVEN,
                        new StepInput(null, "cause", "fixed", null)));
        as.user(
                "admin",
                () -> issues.move(
                        resolved.id(),
                        resolved.version(),
                        IssueStatus.CLOSED,
                        new StepInput(null, null, null, Verdict.SATISFIED)));
        // re-read, now with their final versions and tags
        known.replaceAll(i -> as.user("admin", () -> queries.get(i.id())));
    }

    private <T> List<T> all(GridSource<T> source, String user, GridQuery query) {
        List<T> rows = as.user(user, () -> source.page(query, 0, 1000));
        assertThat(as.user(user, () -> source.count(query)))
                .as("count of " + query)
                .isEqualTo(rows.size());
        return rows;
    }

    private <T> void checkFilters(
            GridSource<T> source,
            GridQuery base,
            List<T> set,
            Function<T, Long> id,
            Map<String, Map.Entry<ColumnFilter, Predicate<T>>> filters) {
        for (var filter : filters.entrySet()) {
            List<Long> expected = set.stream()
                    .filter(filter.getValue().getValue())
                    .map(id)
                    .sorted()
                    .toList();
            List<Long> actual =
                    all(
                                    source,
                                    "admin",
                                    base.withFilter(
                                            filter.getKey(), filter.getValue().getKey()))
                            .stream()
                            .map(id)
                            .sorted()
                            .toList();
            assertThat(actual).as("filter " + filter.getKey()).isEqualTo(expected);
            assertThat(expected)
                    .as("filter " + filter.getKey() + " picks some but not all")
                    .isNotEmpty()
                    .hasSizeLessThan(set.size());
        }
    }

    private <T> void checkSorts(
            GridSource<T> source, GridQuery base, Function<T, Long> id, Map<String, Comparator<T>> sorts) {
        for (var sort : sorts.entrySet()) {
            for (boolean ascending : new boolean[] {true, false}) {
                List<T> rows = all(source, "admin", base.sortedBy(new GridSort(sort.getKey(), ascending)));
                Comparator<T> order =
                        ascending ? sort.getValue() : sort.getValue().reversed();
                Comparator<T> withTie =
                        order.thenComparing(id, ascending ? Comparator.naturalOrder() : Comparator.reverseOrder());
                assertThat(rows)
                        .as("sort " + sort.getKey() + (ascending ? " asc" : " desc"))
                        .isSortedAccordingTo(withTie);
            }
        }
    }

    private static <T> Map.Entry<ColumnFilter, Predicate<T>> f(ColumnFilter filter, Predicate<T> expected) {
        return Map.entry(filter, expected);
    }

    private static ColumnFilter choice(String... values) {
        return new ColumnFilter.Choice(Set.of(values));
    }

    private static ColumnFilter text(String text) {
        return new ColumnFilter.Text(text);
    }

    @Test
    void everyIssueFilterAndSort() {
        GridQuery base = GridQuery.empty().withFilter("customer", text(marker));
        LocalDate today = LocalDate.now(ZONE);
        Map<String, Map.Entry<ColumnFilter, Predicate<IssueDetails>>> filters = new java.util.LinkedHashMap<>();
        filters.put(
                "id",
                f(text("#" + known.get(3).id()), i -> i.id() == known.get(3).id()));
        filters.put("title", f(text("issue a"), i -> i.title().endsWith("issue a")));
        filters.put(
                "type",
                f(
                        choice("COMPLAINT", "DISPUTE"),
                        i -> Set.of(IssueType.COMPLAINT, IssueType.DISPUTE).contains(i.type())));
        filters.put("category", f(choice("payment"), i -> "payment".equals(i.categoryId())));
        filters.put("urgency", f(choice("URGENT"), i -> i.urgency() == Urgency.URGENT));
        filters.put(
                "customerType",
                f(choice("ORGANISATION"), i -> i.customerType() == com.siteline.sla.CustomerType.ORGANISATION));
        filters.put(
                "status",
                f(
                        choice("ASSIGNED", "IN_PROGRESS"),
                        i -> i.status() == IssueStatus.ASSIGNED || i.status() == IssueStatus.IN_PROGRESS));
        filters.put("open", f(choice("open"), IssueDetails::open));
        filters.put(
                "assignee",
                f(choice(GridQuery.NOBODY, "agent"), i -> i.assignee() == null || "agent".equals(i.assignee())));
        filters.put(
                "unit",
                f(
                        choice(String.valueOf(fixture.unit("BJ-PROPERTY"))),
                        i -> i.businessUnitId() == fixture.unit("BJ-PROPERTY")));
        filters.put("tags", f(text("repeat"), i -> i.tags().contains("repeat")));
        filters.put(
                "customerId",
                f(
                        choice(String.valueOf(people.get(1).id())),
                        i -> i.customerId() == people.get(1).id()));
        filters.put("variant", f(choice("property-management"), i -> "property-management".equals(i.variantId())));
        checkFilters(queries, base, known, IssueDetails::id, filters);
        // date filters: all of today, none of tomorrow
        assertThat(all(queries, "admin", base.withFilter("created", new ColumnFilter.DateRange(today, today))))
                .hasSize(known.size());
        assertThat(all(
                        queries,
                        "admin",
                        base.withFilter("updated", new ColumnFilter.DateRange(today.plusDays(1), null))))
                .isEmpty();
        // "my open issues" resolves @me per user
        assertThat(all(queries, "agent", base.withFilter("assignee", choice(GridQuery.ME))))
                .extracting(IssueDetails::id)
                .containsExactlyInAnyOrderElementsOf(known.stream()
                        .filter(i -> "agent".equals(i.assignee()))
                        .map(IssueDetails::id)
                        .toList());

        Map<String, Comparator<IssueDetails>> sorts = new java.util.LinkedHashMap<>();
        sorts.put("id", Comparator.comparing(IssueDetails::id));
        sorts.put("title", Comparator.comparing(IssueDetails::title));
        sorts.put("customer", Comparator.comparing(IssueDetails::customerName));
        sorts.put("type", Comparator.comparing(i -> i.type().name()));
        sorts.put("customerType", Comparator.comparing(i -> i.customerType().name()));
        sorts.put(
                "category",
                Comparator.comparing(IssueDetails::categoryId, Comparator.nullsLast(Comparator.naturalOrder())));
        // by severity: descending, the urgent first
        sorts.put("urgency", Comparator.comparing(i -> -i.urgency().ordinal()));
        sorts.put("status", Comparator.comparing(i -> i.status().name()));
        sorts.put(
                "assignee",
                Comparator.comparing(IssueDetails::assignee, Comparator.nullsLast(Comparator.naturalOrder())));
        sorts.put(
                "variant",
                Comparator.comparing(IssueDetails::variantId, Comparator.nullsLast(Comparator.naturalOrder())));
        sorts.put("unit", Comparator.comparing(IssueDetails::businessUnitId));
        sorts.put("created", Comparator.comparing(IssueDetails::createdAt));
        sorts.put("updated", Comparator.comparing(IssueDetails::updatedAt));
        sorts.put(
                "promised",
                Comparator.comparing(IssueDetails::promisedReplyAt, Comparator.nullsLast(Comparator.naturalOrder())));
        // no running deadline is stored as the end of time: last when breaching soonest first
        sorts.put(
                "due", Comparator.comparing(IssueDetails::nextDueAt, Comparator.nullsLast(Comparator.naturalOrder())));
        checkSorts(
                queries,
                base.withFilter("unit", choice(String.valueOf(fixture.unit("SH-HOME")))),
                IssueDetails::id,
                withoutNullOrderingQuirks(sorts));
        assertThat(sorts.keySet())
                .containsExactlyInAnyOrderElementsOf(queries.grid().sortKeys());
        assertThatThrownBy(() -> as.user("admin", () -> queries.page(base.sortedBy(GridSort.asc("nonsense")), 0, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as.user("admin", () -> queries.count(base.withFilter("nonsense", text("x")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** MariaDB sorts NULL first when ascending and last when descending: the expected order does the same. */
    private static Map<String, Comparator<IssueDetails>> withoutNullOrderingQuirks(
            Map<String, Comparator<IssueDetails>> sorts) {
        Map<String, Comparator<IssueDetails>> kept = new java.util.LinkedHashMap<>();
        sorts.forEach((key, comparator) -> kept.put(
                key,
                Set.of("category", "assignee", "variant", "promised").contains(key)
                        ? nullsAsMariaDb(comparator, key)
                        : comparator));
        return kept;
    }

    private static Comparator<IssueDetails> nullsAsMariaDb(Comparator<IssueDetails> ignored, String key) {
        Function<IssueDetails, Comparable<?>> value = switch (key) {
            case "category" -> IssueDetails::categoryId;
            case "assignee" -> IssueDetails::assignee;
            case "variant" -> IssueDetails::variantId;
            default -> IssueDetails::promisedReplyAt;
        };
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<IssueDetails> nullsFirst = Comparator.comparing(
                i -> (Comparable) value.apply(i), Comparator.nullsFirst(Comparator.naturalOrder()));
        return nullsFirst;
    }

    @Test
    void everyCustomerFilterAndSort() {
        GridQuery base = GridQuery.empty().withFilter("name", text(marker));
        Map<String, Map.Entry<ColumnFilter, Predicate<CustomerDetails>>> filters = new java.util.LinkedHashMap<>();
        filters.put(
                "phone",
                f(text(people.get(2).phone()), c -> c.id() == people.get(2).id()));
        filters.put("wechat", f(text("wx1"), c -> "wx1".equals(c.wechatId())));
        filters.put("email", f(text("bravo@"), c -> c.email().startsWith("bravo@")));
        filters.put("address", f(text("road 9"), c -> "road 9".equals(c.address())));
        filters.put("tier", f(choice("VIP"), c -> c.tier() == CustomerTier.VIP));
        filters.put("type", f(choice("GOVERNMENT"), c -> c.type() == com.siteline.sla.CustomerType.GOVERNMENT));
        filters.put("tags", f(text("vip-care"), c -> c.tags().contains("vip-care")));
        filters.put(
                "channel",
                f(
                        choice("PHONE", "WECHAT"),
                        c -> Set.of(Channel.PHONE, Channel.WECHAT).contains(c.preferredChannel())));
        filters.put(
                "unit",
                f(choice(String.valueOf(fixture.unit("SH-HOME"))), c -> c.businessUnitId() == fixture.unit("SH-HOME")));
        checkFilters(customers, base, people, CustomerDetails::id, filters);
        Map<String, Comparator<CustomerDetails>> sorts = new java.util.LinkedHashMap<>();
        sorts.put("name", Comparator.comparing(CustomerDetails::name));
        sorts.put("phone", Comparator.comparing(CustomerDetails::phone));
        sorts.put("tier", Comparator.comparing(c -> c.tier().name()));
        sorts.put("type", Comparator.comparing(c -> c.type().name()));
        sorts.put("channel", Comparator.comparing(c -> c.preferredChannel().name()));
        sorts.put("unit", Comparator.comparing(CustomerDetails::businessUnitId));
        sorts.put("created", Comparator.comparing(CustomerDetails::createdAt));
        sorts.put("updated", Comparator.comparing(CustomerDetails::updatedAt));
        sorts.put("email", Comparator.comparing(CustomerDetails::email));
        sorts.put("address", Comparator.comparing(CustomerDetails::address));
        checkSorts(customers, base, CustomerDetails::id, sorts);
        assertThat(sorts.keySet())
                .containsExactlyInAnyOrderElementsOf(customers.grid().sortKeys());
        // the agent is not in the unit of the last customer
        assertThat(all(customers, "agent", base))
                .extracting(CustomerDetails::id)
                .doesNotContain(people.get(3).id())
                .hasSize(3);
    }

    @Autowired
    ProjectService projects;

    @Test
    void everyProjectFilterAndSort() {
        List<ProjectSummary> made = new ArrayList<>();
        String[] pms = {"agent", "manager", null, "pm"};
        for (int n = 0; n < 4; n++) {
            int i = n;
            CustomerDetails customer = people.get(i % 3);
            java.time.LocalDate end = LocalDate.of(2027, 1 + i, 10);
            made.add(as.user(
                    "admin",
                    () -> projects.create(new NewProject(
                            marker + " project " + (char) ('d' - i),
                            null,
                            "lane " + i,
                            customer.businessUnitId(),
                            "home-decoration",
                            customer.id(),
                            new ProjectTeam(
                                    pms[i],
                                    null,
                                    null,
                                    new java.math.BigDecimal(1000 * (4 - i)),
                                    null,
                                    end,
                                    null,
                                    null)))));
        }
        GridQuery base = GridQuery.empty().withFilter("name", text(marker));
        Map<String, Map.Entry<ColumnFilter, Predicate<ProjectSummary>>> filters = new java.util.LinkedHashMap<>();
        filters.put("customer", f(text(marker + " bravo"), p -> p.customerName().endsWith("bravo")));
        filters.put(
                "customerId",
                f(
                        choice(String.valueOf(people.get(0).id())),
                        p -> p.customerId() == people.get(0).id()));
        filters.put("address", f(text("lane 2"), p -> "lane 2".equals(p.address())));
        filters.put(
                "pm",
                f(
                        choice(GridQuery.NOBODY, "agent"),
                        p -> p.team().projectManager() == null
                                || "agent".equals(p.team().projectManager())));
        filters.put(
                "plannedEnd",
                f(
                        new ColumnFilter.DateRange(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 31)),
                        p -> p.team().plannedEnd().getMonthValue() == 2
                                || p.team().plannedEnd().getMonthValue() == 3));
        checkFilters(projects, base, made, ProjectSummary::id, filters);
        assertThat(all(projects, "admin", base.withFilter("variant", choice("home-decoration"))))
                .hasSize(4);
        assertThat(all(projects, "admin", base.withFilter("state", choice("completed"))))
                .isEmpty();
        assertThat(all(
                        projects,
                        "admin",
                        base.withFilter("stage", choice(made.getFirst().currentStageId()))))
                .hasSize(4);
        assertThat(all(projects, "admin", base.withFilter("unit", choice(String.valueOf(fixture.unit("SH-HOME"))))))
                .hasSize(4);
        Map<String, Comparator<ProjectSummary>> sorts = new java.util.LinkedHashMap<>();
        sorts.put("name", Comparator.comparing(ProjectSummary::name));
        sorts.put("customer", Comparator.comparing(ProjectSummary::customerName));
        sorts.put("value", Comparator.comparing(p -> p.team().contractValue()));
        sorts.put("plannedEnd", Comparator.comparing(p -> p.team().plannedEnd()));
        sorts.put("created", Comparator.comparing(ProjectSummary::createdAt));
        sorts.put(
                "pm",
                Comparator.comparing(p -> p.team().projectManager(), Comparator.nullsFirst(Comparator.naturalOrder())));
        checkSorts(projects, base, ProjectSummary::id, sorts);
        // sorts with one value in this set: still accepted and stable
        for (String key : List.of("variant", "unit", "stage")) {
            assertThat(all(projects, "admin", base.sortedBy(GridSort.asc(key)))).hasSize(4);
        }
        assertThat(projects.grid().sortKeys())
                .containsExactlyInAnyOrder(
                        "name", "customer", "variant", "unit", "stage", "pm", "value", "created", "plannedEnd");
        assertThat(all(projects, "agent", base))
                .extracting(ProjectSummary::id)
                .containsExactlyInAnyOrderElementsOf(
                        made.stream().map(ProjectSummary::id).toList());
    }

    @Test
    void everyLogFilterAndSort() {
        GridQuery base = GridQuery.empty().withFilter("content", text(marker));
        Instant now = Instant.now();
        Map<String, Map.Entry<ColumnFilter, Predicate<LogEntry>>> filters = new java.util.LinkedHashMap<>();
        filters.put("channel", f(choice("PHONE"), e -> e.channel() == Channel.PHONE));
        filters.put("customer", f(text(marker + " bravo"), e -> e.customerName().endsWith("bravo")));
        filters.put("participants", f(text("p3"), e -> "p3".equals(e.participants())));
        filters.put("place", f(text("site 2"), e -> "site 2".equals(e.place())));
        filters.put("promise", f(choice("overdue"), e -> e.overdue(now)));
        filters.put(
                "unit",
                f(
                        choice(String.valueOf(fixture.unit("BJ-PROPERTY"))),
                        e -> e.businessUnitId() == fixture.unit("BJ-PROPERTY")));
        filters.put(
                "occurred",
                f(
                        new ColumnFilter.DateRange(null, LocalDate.now(ZONE).minusDays(2)),
                        e -> !e.occurredAt()
                                .atZone(ZONE)
                                .toLocalDate()
                                .isAfter(LocalDate.now(ZONE).minusDays(2))));
        filters.put(
                "customerId",
                f(
                        choice(String.valueOf(people.get(0).id())),
                        e -> e.customerId() == people.get(0).id()));
        checkFilters(log, base, entries, LogEntry::id, filters);
        assertThat(all(log, "admin", base.withFilter("promise", choice("open"))))
                .hasSize(3);
        assertThat(all(log, "admin", base.withFilter("author", choice(GridQuery.ME))))
                .hasSize(entries.size());
        Map<String, Comparator<LogEntry>> sorts = new java.util.LinkedHashMap<>();
        sorts.put("occurred", Comparator.comparing(LogEntry::occurredAt));
        sorts.put("channel", Comparator.comparing(e -> e.channel().name()));
        sorts.put("customer", Comparator.comparing(LogEntry::customerName));
        sorts.put("author", Comparator.comparing(LogEntry::author));
        sorts.put("unit", Comparator.comparing(LogEntry::businessUnitId));
        sorts.put("place", Comparator.comparing(LogEntry::place));
        sorts.put(
                "promised",
                Comparator.comparing(LogEntry::promisedReplyAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        checkSorts(log, base, LogEntry::id, sorts);
        assertThat(Objects.requireNonNull(sorts.keySet())).hasSize(7);
    }
}
