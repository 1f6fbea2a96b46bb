package com.siteline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.search.internal.Pinyin;
import com.siteline.search.internal.SearchHit;
import com.siteline.sla.CustomerTier;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search on MariaDB and the embedded index: for words drawn from generated records (common, rare,
 * two-character, one-character, mixed, full-width, phone tails, absent) the search finds, for users of
 * different units, exactly the records a plain Java substring scan over the stored rows finds; a rolled-back
 * change is never found; a rebuild brings the index back in step.
 */
@SitelineSpringTest
class SearchIT {

    private static final String[] COMMON = {
        "漏水", "厨房", "卫生间", "外墙", "开裂", "油漆", "投诉", "回访", "防水层", "物业费", "墙面空鼓", "3-502", "张伟", "李娜", "窗户", "阳台", "地板",
        "Leak", "paint"
    };
    private static final String[] RARE = {"琉璃瓦", "滴答声", "Xylophone", "踢脚线发霉", "B2-117"};
    private static final String[] PEOPLE = {"张伟", "王芳", "李娜", "刘洋", "陈静", "赵磊"};

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    CustomerService customers;

    @Autowired
    IssueService issues;

    @Autowired
    CommunicationService log;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private static String sentence(Random random, String marker, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(COMMON[random.nextInt(COMMON.length)]);
            text.append(random.nextInt(3) == 0 ? "，" : random.nextInt(4) == 0 ? " " : "");
        }
        return text.toString();
    }

    @Test
    void everyWordFindsExactlyWhatASubstringScanFindsForEachUser() throws Exception {
        Random random = new Random(20261201L);
        String marker = WorkspaceFixture.marker();
        List<String> units = List.of("EAST-PAINT", "SH-HOME", "BJ-PROPERTY");
        List<String> phones = new ArrayList<>();
        int rare = 0;
        for (int u = 0; u < units.size(); u++) {
            long unit = fixture.unit(units.get(u));
            for (int c = 0; c < 6; c++) {
                String digits = "13" + (100_000_000 + random.nextInt(899_999_999));
                // some phones are written with dashes, some with full-width digits
                String phone = c % 3 == 0
                        ? digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7)
                        : digits;
                phones.add(digits);
                String name = PEOPLE[random.nextInt(PEOPLE.length)] + marker + "客户" + u + c;
                String note =
                        c == 2 ? RARE[rare++ % RARE.length] + sentence(random, marker, 2) : sentence(random, marker, 3);
                String address = "滨江花园 " + (c + 1) + "-50" + c + " 室";
                Set<String> tags = Set.of(COMMON[random.nextInt(COMMON.length)]);
                CustomerDetails customer = as.user(
                        "manager",
                        () -> customers.create(new CustomerDraft(
                                unit,
                                name,
                                phone,
                                null,
                                null,
                                null,
                                address,
                                CustomerTier.STANDARD,
                                tags,
                                Channel.PHONE,
                                null,
                                note)));
                for (int i = 0; i < 2; i++) {
                    String title = sentence(random, marker, 2) + " " + marker;
                    String description =
                            (i == 1 && c == 4 ? RARE[rare++ % RARE.length] : "") + sentence(random, marker, 6);
                    IssueDetails issue = as.user(
                            "manager",
                            () -> issues.create(new NewIssue(
                                    customer.id(),
                                    null,
                                    title,
                                    description,
                                    IssueType.COMPLAINT,
                                    "other",
                                    Urgency.NORMAL)));
                    String content = sentence(random, marker, 5) + " " + marker;
                    as.user(
                            "manager",
                            () -> log.record(new NewLogEntry(
                                    customer.id(),
                                    null,
                                    issue.id(),
                                    Instant.now().minus(1, ChronoUnit.HOURS),
                                    "现场",
                                    Channel.PHONE,
                                    "业主 " + name,
                                    content,
                                    sentence(random, marker, 2),
                                    null,
                                    false)));
                }
            }
        }
        List<String> words = new ArrayList<>();
        words.add(marker);
        words.addAll(List.of(COMMON));
        words.addAll(List.of(RARE));
        words.addAll(List.of("漏", "墙", "不存在的词", "zzqx", "３－５０２", "LEAK", "\"漏水 厨房\"", "厨房漏水", "zw", "wf", "kh", "ZW"));
        for (int i = 0; i < 6; i++) {
            String digits = phones.get(random.nextInt(phones.size()));
            words.add(digits.substring(digits.length() - (4 + random.nextInt(8))));
        }
        int compared = 0;
        for (String user : List.of("manager", "agent", "pm")) {
            Set<Long> visible = organization.unitNamesOf(user).keySet();
            for (String word : words) {
                String query = marker + " " + word;
                List<String> terms = SearchText.terms(query);
                SearchResults found = as.user(user, () -> search.search(query, 1000));
                Map<String, Set<Long>> byKind = new HashMap<>();
                for (SearchGroup group : found.groups()) {
                    assertThat(group.exact()).isTrue();
                    assertThat(group.hits()).hasSize((int) group.total());
                    byKind.put(group.kind(), ids(group));
                }
                Map<String, Set<Long>> expected = scan(visible, terms);
                for (String kind : List.of("customer", "issue", "log")) {
                    assertThat(byKind.getOrDefault(kind, Set.of()))
                            .as("%s finds %s %s", user, kind, query)
                            .isEqualTo(expected.getOrDefault(kind, Set.of()));
                    compared += expected.getOrDefault(kind, Set.of()).size();
                }
            }
        }
        // the words found something: the comparison is not one of empty sets
        assertThat(compared).isGreaterThan(500);
    }

    private static Set<Long> ids(SearchGroup group) {
        Set<Long> ids = new TreeSet<>();
        group.hits().forEach(hit -> ids.add(hit.id()));
        return ids;
    }

    /** The reference: every stored row of the user's units, each word contained in one of its fields. */
    private Map<String, Set<Long>> scan(Set<Long> units, List<String> terms) {
        Map<String, Set<Long>> found = new HashMap<>();
        jdbc.query("select id, business_unit_id, name, phone, phone2, address, tags, notes from customer", row -> {
            if (units.contains(row.getLong(2))
                    && matches(
                            terms,
                            List.of(
                                    row.getString(3),
                                    orEmpty(row.getString(6)),
                                    orEmpty(row.getString(7)),
                                    orEmpty(row.getString(8))),
                            List.of(row.getString(4), orEmpty(row.getString(5))),
                            row.getString(3))) {
                found.computeIfAbsent("customer", k -> new TreeSet<>()).add(row.getLong(1));
            }
        });
        jdbc.query(
                "select id, business_unit_id, title, customer_name, description, root_cause, resolution, tags"
                        + " from customer_issue",
                row -> {
                    List<String> texts = new ArrayList<>();
                    for (int i = 3; i <= 8; i++) {
                        texts.add(orEmpty(row.getString(i)));
                    }
                    if (units.contains(row.getLong(2)) && matches(terms, texts, List.of(), null)) {
                        found.computeIfAbsent("issue", k -> new TreeSet<>()).add(row.getLong(1));
                    }
                });
        jdbc.query(
                "select id, business_unit_id, customer_name, content, participants, outcome, place from communication",
                row -> {
                    List<String> texts = new ArrayList<>();
                    for (int i = 3; i <= 7; i++) {
                        texts.add(orEmpty(row.getString(i)));
                    }
                    if (units.contains(row.getLong(2)) && matches(terms, texts, List.of(), null)) {
                        found.computeIfAbsent("log", k -> new TreeSet<>()).add(row.getLong(1));
                    }
                });
        return found;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** {@code name}: a name also found by its pinyin initials (customers). */
    private static boolean matches(List<String> terms, List<String> texts, List<String> phones, String name) {
        for (String term : terms) {
            boolean digits = term.length() >= 4 && term.chars().allMatch(Character::isDigit);
            boolean any = texts.stream().anyMatch(t -> SearchText.normalize(t).contains(term))
                    || phones.stream()
                            .anyMatch(p -> SearchText.normalize(p).contains(term)
                                    || digits && SearchText.digits(p).contains(term))
                    || name != null
                            && Pinyin.isInitials(term)
                            && Pinyin.initials(name).contains(term);
            if (!any) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aRolledBackChangeIsNeverFoundAndACommittedOneAtOnce() {
        String marker = WorkspaceFixture.marker();
        long unit = fixture.unit("SH-HOME");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        as.user(
                "manager",
                () -> transaction.execute(status -> {
                    customers.create(
                            CustomerDraft.of(unit, "回滚" + marker, "1370000" + (1000 + new Random().nextInt(8999))));
                    status.setRollbackOnly();
                    return null;
                }));
        assertThat(as.user("manager", () -> search.search(marker, 5)).total()).isZero();
        CustomerDetails kept = as.user(
                "manager",
                () -> customers.create(
                        CustomerDraft.of(unit, "提交" + marker, "1360000" + (1000 + new Random().nextInt(8999)))));
        SearchResults found = as.user("manager", () -> search.search(marker, 5));
        assertThat(found.hits()).extracting(SearchHit::id).containsExactly(kept.id());
        SearchHit hit = found.hits().get(0);
        assertThat(hit.location()).isEqualTo("customers/" + kept.id());
        assertThat(hit.title())
                .filteredOn(SearchText.Segment::marked)
                .extracting(SearchText.Segment::text)
                .containsExactly(marker);
    }

    /** #30: a number typed by its last digits ranks the customer whose phone ends in them before those containing them. */
    @Test
    void aPhonesTailRanksTheNumberEndingInItFirst() {
        String tail = String.valueOf(100_000 + new Random().nextInt(899_999));
        // the one that merely contains the digits is written first: without the tail's rank it comes first (a tie
        // keeps the index's order)
        CustomerDetails containing = as.user(
                "admin",
                () -> customers.create(CustomerDraft.of(fixture.unit("SH-HOME"), "中间 " + tail, "13" + tail + "000")));
        CustomerDetails ending = as.user(
                "admin",
                () -> customers.create(CustomerDraft.of(fixture.unit("SH-HOME"), "结尾 " + tail, "13000" + tail)));
        List<Long> found = as.user("agent", () -> search.search(tail, 50)).groups().stream()
                .filter(g -> g.kind().equals("customer"))
                .flatMap(g -> g.hits().stream())
                .map(SearchHit::id)
                .toList();
        assertThat(found).contains(containing.id(), ending.id());
        assertThat(found.indexOf(ending.id())).isLessThan(found.indexOf(containing.id()));
    }

    @Test
    void aCustomerIsFoundByThePinyinInitialsOfTheName() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "张伟 " + marker);
        SearchHit hit =
                as.user("agent", () -> search.search("zw " + marker, 5)).hits().get(0);
        assertThat(hit.id()).isEqualTo(customer.id());
        assertThat(hit.title())
                .filteredOn(SearchText.Segment::marked)
                .extracting(SearchText.Segment::text)
                .containsExactly("张伟", marker);
        assertThat(as.user("agent", () -> search.search("zx " + marker, 5)).total())
                .isZero();
    }

    @Test
    void anIssueIsFoundByItsNumberAndALogEntryOpensItsCustomer() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "编号" + marker);
        IssueDetails issue = fixture.issue(customer, "厨房水管 " + marker, IssueType.COMPLAINT, "other", Urgency.NORMAL);
        as.user(
                "manager",
                () -> log.record(new NewLogEntry(
                        customer.id(),
                        null,
                        issue.id(),
                        Instant.now(),
                        null,
                        Channel.PHONE,
                        "业主",
                        "答应周五上门 " + marker,
                        null,
                        null,
                        false)));
        SearchResults byNumber = as.user("agent", () -> search.search(String.valueOf(issue.id()), 50));
        assertThat(byNumber.groups())
                .filteredOn(g -> g.kind().equals("issue"))
                .singleElement()
                .satisfies(g -> assertThat(g.hits()).extracting(SearchHit::id).contains(issue.id()));
        SearchResults logged = as.user("agent", () -> search.search("周五上门 " + marker, 5));
        assertThat(logged.groups()).extracting(SearchGroup::kind).containsExactly("log");
        assertThat(logged.hits().get(0).location()).isEqualTo("customers/" + customer.id());
        assertThat(logged.hits().get(0).line())
                .filteredOn(SearchText.Segment::marked)
                .extracting(SearchText.Segment::text)
                .contains("周五上门");
    }

    @Autowired
    IssueQueries inbox;

    @Test
    void theInboxTitleFilterIsAnsweredThroughTheIndex() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "筛选" + marker);
        IssueDetails indexed =
                fixture.issue(customer, "阳台推拉门漏风 " + marker, IssueType.COMPLAINT, "other", Urgency.NORMAL);
        var query = GridQuery.empty().withFilter("title", new ColumnFilter.Text("漏风 " + marker));
        assertThat(as.user("agent", () -> inbox.page(query, 0, 50)))
                .extracting(IssueDetails::id)
                .containsExactly(indexed.id());
        // a row written behind the application's back holds the words, but the index does not know it: the grid,
        // narrowed to the rows the index names, does not show it (the database alone would)
        jdbc.update(
                "insert into customer_issue (business_unit_id, customer_id, customer_name, title, issue_type, urgency,"
                        + " status, open_issue, reported_by, created_at, updated_at) select business_unit_id, customer_id,"
                        + " customer_name, concat('窗户漏风 ', ?), issue_type, urgency, status, open_issue, reported_by, created_at,"
                        + " updated_at from customer_issue where id = ?",
                marker,
                indexed.id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_issue where title like ?", Long.class, "%漏风 " + marker + "%"))
                .isEqualTo(2);
        assertThat(as.user("agent", () -> inbox.count(query))).isEqualTo(1);
    }

    @Test
    void aRebuildBringsTheIndexInStep() throws Exception {
        fixture.customer("EAST-PAINT", "重建" + WorkspaceFixture.marker());
        assertThat(as.user("admin", () -> index.rebuild())).isTrue();
        index.running().get(2, TimeUnit.MINUTES);
        IndexState state = as.user("admin", () -> index.state());
        assertThat(state.rebuilding()).isFalse();
        assertThat(state.failure()).isNull();
        assertThat(state.types())
                .extracting(IndexState.TypeCount::kind)
                .containsExactly("customer", "project", "issue", "log", "job", "visit", "survey", "reply");
        assertThat(state.inStep()).as("%s", state.types()).isTrue();
        assertThat(state.done())
                .isEqualTo(state.types().stream()
                        .mapToLong(IndexState.TypeCount::rows)
                        .sum());
        assertThat(state.sizeBytes()).isPositive();
    }
}
