package com.siteline.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.audit.AuditLog;
import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.notification.CustomerMessages;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.search.SearchService;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Personal-information rights (#32): a customer's copy of their data, and their erasure asked by staff, approved by a
 * manager: afterwards none of their personal values is in any table (the audit history included) or found by the
 * search, every table keeps its rows and every figure its value, and the audit chain still verifies.
 */
@SitelineSpringTest
class PersonalDataErasureIT {

    /** Tables an erasure itself writes to, and the nodes' own machinery. */
    private static final Set<String> WRITTEN = Set.of(
            "audit_entry",
            "audit_chain",
            "privacy_request",
            "notification",
            "hsearch_outbox_event",
            "hsearch_agent",
            "search_lease",
            "scheduled_tasks");

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    CustomerService customers;

    @Autowired
    CommunicationService communications;

    @Autowired
    CustomerMessages outbox;

    @Autowired
    PrivacyRequests requests;

    @Autowired
    PersonalDataExport export;

    @Autowired
    AuditLog log;

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void anApprovedErasureLeavesNoPersonalValueAnywhereKeepsEveryFigureAndTheChainVerifies() throws Exception {
        String marker = WorkspaceFixture.marker();
        CustomerDetails created = fixture.customer("SH-HOME", "隐私客户" + marker);
        String name = created.name();
        String phone = created.phone();
        String email = marker.toLowerCase() + "@example.com";
        String wechat = "wx_" + marker;
        String address = "杭州市隐私路 " + marker + " 号";
        CustomerDraft d = created.toDraft();
        CustomerDetails customer = as.user(
                "agent",
                () -> customers.update(
                        created.id(),
                        created.version(),
                        new CustomerDraft(
                                d.businessUnitId(),
                                name,
                                phone,
                                null,
                                wechat,
                                email,
                                address,
                                d.tier(),
                                d.type(),
                                d.tags(),
                                d.preferredChannel(),
                                "来访前先打 " + phone,
                                null)));
        IssueDetails issue =
                fixture.issue(customer, "外墙渗水 " + name + " 回电 " + phone, IssueType.COMPLAINT, "other", Urgency.NORMAL);
        as.user(
                "agent",
                () -> communications.record(new NewLogEntry(
                        customer.id(),
                        null,
                        issue.id(),
                        clock.instant().minusSeconds(60),
                        address,
                        Channel.PHONE,
                        "客服；" + name,
                        name + " 来电，说家里 " + address + " 外墙渗水，请回拨 " + phone + " 或发邮件 " + email,
                        "已登记",
                        null,
                        false,
                        List.of())));
        as.system(() -> outbox.send(new CustomerMessages.Outgoing(
                customer.id(),
                name,
                customer.businessUnitId(),
                "NOTICE",
                email,
                phone,
                "维修通知",
                name + "，您好：师傅明天上门 " + address)));
        List<String> values = List.of(name, phone, email, wechat, address);
        assertThat(hits(values)).as("the values are there before").isNotEmpty();
        assertThat(as.user("agent", () -> search.search(marker, 5)).total()).isPositive();

        // the copy: an index and a CSV per part, recorded
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        long rows = as.user("agent", () -> export.forStaff(customer.id(), archive));
        Map<String, String> files = unzip(archive.toByteArray());
        assertThat(files).containsKeys("index.html", "customer.csv", "communication.csv", "customer_issue.csv");
        assertThat(files.get("index.html")).contains("客户资料 / Customer record").contains("沟通记录");
        assertThat(files.get("customer.csv")).contains(phone).contains(address);
        assertThat(files.get("communication.csv")).contains("外墙渗水");
        assertThat(files.keySet()).noneMatch(f -> f.contains("portal_code") || f.contains("token"));
        assertThat(rows).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where record_type = 'export' and action = 'EXPORT'"
                                + " and customer_id = ? and changes like ?",
                        Long.class,
                        customer.id(),
                        "%\"" + rows + "\"%"))
                .isEqualTo(1L);

        // bad input and refusals store nothing
        long before = jdbc.queryForObject("select count(*) from privacy_request", Long.class);
        assertThatThrownBy(() -> as.user("agent", () -> requests.requestErasure(customer.id(), "  ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from privacy_request", Long.class))
                .isEqualTo(before);
        PrivacyRequestRow asked =
                as.user("agent", () -> requests.requestErasure(customer.id(), "客户 " + name + " 来电要求删除个人信息"));
        assertThatThrownBy(() -> as.user("agent", () -> requests.requestErasure(customer.id(), "再次申请")))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("privacy.refused.pending");
        assertThatThrownBy(() -> as.user("agent", () -> requests.decide(asked.id(), asked.version(), true, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as.user("manager", () -> requests.waiting()))
                .extracting(PrivacyRequestRow::id)
                .contains(asked.id());

        Map<String, Long> counts = counts();
        Map<String, Long> statuses = statuses(customer.businessUnitId());
        PrivacyRequestRow done =
                as.user("manager", () -> requests.decide(asked.id(), asked.version(), true, "核实身份后同意"));
        assertThat(done.status()).isEqualTo(PrivacyStatus.DONE);
        assertThat(done.summary()).contains("audit rows").doesNotContain(phone).doesNotContain(name);

        // no value anywhere, the audit history included
        assertThat(hits(values))
                .as("tables and columns still holding a personal value")
                .isEmpty();
        assertThat(as.user("manager", () -> search.search(marker, 5)).total()).isZero();
        assertThat(as.user("manager", () -> search.search(phone, 5)).total()).isZero();
        // every record and figure kept
        assertThat(counts()).isEqualTo(counts);
        assertThat(statuses(customer.businessUnitId())).isEqualTo(statuses);
        assertThat(jdbc.queryForObject(
                        "select count(*) from customer_issue where id = ? and customer_id = ?",
                        Long.class,
                        issue.id(),
                        customer.id()))
                .isEqualTo(1L);
        assertThat(as.user("admin", () -> log.verify(n -> {})).intact()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where customer_id = ? and redacted_at is not null",
                        Long.class,
                        customer.id()))
                .isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where record_type = 'customer' and record_id = ?"
                                + " and changes like '%Erased%' and changes like '%approved by manager%'",
                        Long.class, Long.toString(customer.id())))
                .isEqualTo(1L);
        assertThat(requests.erased(customer.id())).isTrue();
        assertThatThrownBy(() -> as.user("agent", () -> requests.requestErasure(customer.id(), "又一次")))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("privacy.refused.erased");

        // the redaction cannot be abused: a redacted row's kept digests cannot be changed
        long redacted = jdbc.queryForObject(
                "select min(id) from audit_entry where customer_id = ? and redacted_at is not null",
                Long.class,
                customer.id());
        assertThatThrownBy(() -> jdbc.update(
                        "update audit_entry set changes_digest = 'forged', changes = 'x' where id = ?", redacted))
                .hasMessageContaining("append-only");
    }

    /** Each table and text column where one of the values is found, with how many rows. */
    private List<String> hits(List<String> values) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("select c.table_name, c.column_name from"
                + " information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema"
                + " and t.table_name = c.table_name where c.table_schema = database() and t.table_type = 'BASE TABLE'"
                + " and c.data_type in ('varchar', 'char', 'text', 'tinytext', 'mediumtext', 'longtext')");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                where.append(i == 0 ? "" : " or ").append('`').append(name).append("` like ?");
            }
            long n = jdbc.queryForObject(
                    "select count(*) from `" + table + "` where " + where,
                    Long.class,
                    values.stream().map(v -> "%" + v + "%").toArray());
            if (n > 0) {
                found.add(table + "." + name + " (" + n + ")");
            }
        }
        return found;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = database()"
                        + " and table_type = 'BASE TABLE' order by table_name",
                String.class)) {
            if (!WRITTEN.contains(table)) {
                counts.put(table, jdbc.queryForObject("select count(*) from `" + table + "`", Long.class));
            }
        }
        return counts;
    }

    private Map<String, Long> statuses(long unit) {
        Map<String, Long> statuses = new LinkedHashMap<>();
        jdbc.query(
                "select status, count(*), coalesce(sum(reopened_count), 0) from customer_issue"
                        + " where business_unit_id = ? group by status order by status",
                row -> {
                    statuses.put(row.getString(1), row.getLong(2) * 1000 + row.getLong(3));
                },
                unit);
        return statuses;
    }

    private static Map<String, String> unzip(byte[] bytes) throws java.io.IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
