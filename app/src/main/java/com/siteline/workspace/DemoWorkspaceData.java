package com.siteline.workspace;

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
import com.siteline.issue.IssueStatus;
import com.siteline.issue.NewIssue;
import com.siteline.issue.StepInput;
import com.siteline.issue.Verdict;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The quick start's workspace: more customers, issues of every kind in every lifecycle state, and a
 * communication log with promised replies (one overdue). Only in the {@code demo} profile, only into
 * an empty issue table.
 */
@Component
@Profile("demo")
@Order(2)
class DemoWorkspaceData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspaceData.class);

    private record Person(
            String unit,
            String name,
            String phone,
            String address,
            CustomerTier tier,
            CustomerType type,
            Channel channel,
            Set<String> tags,
            String special) {}

    private static final List<Person> CUSTOMERS = List.of(
            new Person(
                    "SH-HOME",
                    "王建国",
                    "13901234567",
                    "上海市徐汇区漕溪北路 398 弄 5 号 1202",
                    CustomerTier.KEY,
                    CustomerType.INDIVIDUAL,
                    Channel.PHONE,
                    Set.of("老客户"),
                    "老人在家，上门请提前一天电话"),
            new Person(
                    "SH-HOME",
                    "李梅",
                    "13812345678",
                    "上海市浦东新区锦绣路 1500 弄 8 号 601",
                    CustomerTier.STANDARD,
                    CustomerType.INDIVIDUAL,
                    Channel.WECHAT,
                    Set.of("转介绍"),
                    null),
            new Person(
                    "SH-HOME",
                    "周晓雯",
                    "13698765432",
                    "上海市闵行区虹梅路 3100 弄 21 号",
                    CustomerTier.VIP,
                    CustomerType.INDIVIDUAL,
                    Channel.WECHAT,
                    Set.of("投诉敏感", "别墅"),
                    "只接受工作日 10:00–16:00 施工"),
            new Person(
                    "EAST-PAINT",
                    "昆山世纪物业 吴主任",
                    "13962601234",
                    "昆山市前进东路 1288 号",
                    CustomerTier.KEY,
                    CustomerType.ORGANISATION,
                    Channel.EMAIL,
                    Set.of("物业公司"),
                    "正式函件需盖章邮寄"),
            new Person(
                    "EAST-PAINT",
                    "杭州滨江万科 蒋工",
                    "13757112345",
                    "杭州市滨江区江南大道 588 号",
                    CustomerTier.VIP,
                    CustomerType.ORGANISATION,
                    Channel.PHONE,
                    Set.of("年度框架"),
                    null),
            new Person(
                    "BJ-PROPERTY",
                    "孙大爷",
                    "13501112222",
                    "滨江花园 3 栋 1 单元 101",
                    CustomerTier.STANDARD,
                    CustomerType.INDIVIDUAL,
                    Channel.VISIT,
                    Set.of("独居老人"),
                    "听力不好，请上门当面沟通"),
            new Person(
                    "BJ-PROPERTY",
                    "钱女士",
                    "13611223344",
                    "滨江花园 8 栋 2 单元 1702",
                    CustomerTier.STANDARD,
                    CustomerType.INDIVIDUAL,
                    Channel.WECHAT,
                    Set.of(),
                    null),
            new Person(
                    "BJ-PROPERTY",
                    "滨江街道办事处 社区服务科 陈科长",
                    "13520001010",
                    "滨江街道办事处 2 楼社区服务科",
                    CustomerTier.KEY,
                    CustomerType.GOVERNMENT,
                    Channel.PHONE,
                    Set.of("街道"),
                    "正式函件需加盖公章"));

    private final IssueService issues;
    private final CustomerService customers;
    private final ProjectService projects;
    private final CommunicationService communications;
    private final OrganizationService organization;
    private final Clock clock;
    private final IssueQueries queries;
    private final RunAs as;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    DemoWorkspaceData(
            IssueService issues,
            IssueQueries queries,
            CustomerService customers,
            ProjectService projects,
            CommunicationService communications,
            OrganizationService organization,
            Clock clock,
            RunAs as,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.issues = issues;
        this.queries = queries;
        this.as = as;
        this.customers = customers;
        this.projects = projects;
        this.communications = communications;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        as.user("admin", this::create);
    }

    private void create() {
        if (queries.count(GridQuery.empty()) > 0) {
            return;
        }
        Map<String, Long> units = new java.util.HashMap<>();
        for (BusinessUnitSummary unit : organization.businessUnitsOf("admin")) {
            units.put(unit.code(), unit.id());
        }
        for (Person person : CUSTOMERS) {
            Long unit = units.get(person.unit());
            if (unit != null && customers.samePhone(person.phone(), null).isEmpty()) {
                customers.create(new CustomerDraft(
                        unit,
                        person.name(),
                        person.phone(),
                        null,
                        "wx_" + person.phone().substring(7),
                        null,
                        person.address(),
                        person.tier(),
                        person.type(),
                        person.tags(),
                        person.channel(),
                        person.special(),
                        null));
            }
        }
        Instant now = clock.instant();
        // the demo's customers so far (these and the projects' owners) have been customers for two years: before
        // their history of issues, projects and surveys
        jdbc.update("update customer set created_at = ?", ts(now.minus(Duration.ofDays(730))));
        // one issue per lifecycle state, on the projects of the demo and the customers above
        issue(
                "13916550003",
                "卫生间闭水试验后楼下邻居反映渗水",
                IssueType.COMPLAINT,
                "quality-acceptance",
                Urgency.URGENT,
                IssueStatus.IN_PROGRESS,
                "agent");
        issue(
                "13764120004",
                "厨房吊柜交付日期能否提前一周",
                IssueType.ENQUIRY,
                "schedule",
                Urgency.NORMAL,
                IssueStatus.WAITING_CUSTOMER,
                "agent");
        issue("13901234567", "希望增加全屋净水方案报价", IssueType.SUGGESTION, null, Urgency.NORMAL, IssueStatus.IDENTIFIED, null);
        issue(
                "13812345678",
                "二期款发票抬头需要更改",
                IssueType.ENQUIRY,
                "payment",
                Urgency.IMPORTANT,
                IssueStatus.CLASSIFIED,
                null);
        issue(
                "13698765432",
                "施工噪音超出约定时段",
                IssueType.COMPLAINT,
                "service-attitude",
                Urgency.URGENT,
                IssueStatus.ASSIGNED,
                "agent");
        issue(
                "13901760001",
                "7 号楼北立面涂层起皮",
                IssueType.REPAIR_REQUEST,
                "quality-acceptance",
                Urgency.IMPORTANT,
                IssueStatus.FEEDBACK_GIVEN,
                "agent");
        issue(
                "13801820002",
                "合同付款节点与实际进度不符",
                IssueType.DISPUTE,
                "contract-terms",
                Urgency.IMPORTANT,
                IssueStatus.CLOSED,
                "agent");
        issue(
                "13962601234",
                "外墙色卡与样板不一致",
                IssueType.COMPLAINT,
                "quality-acceptance",
                Urgency.NORMAL,
                IssueStatus.REVISITED,
                "agent");
        issue(
                "13661880005",
                "维修后卫生间仍有异味",
                IssueType.REPAIR_REQUEST,
                null,
                Urgency.URGENT,
                IssueStatus.IN_PROGRESS,
                "manager");
        IssueDetails lamp = issue(
                "13501112222",
                "楼道灯长期不亮",
                IssueType.REPAIR_REQUEST,
                null,
                Urgency.NORMAL,
                IssueStatus.ASSIGNED,
                "manager");
        if (lamp != null) {
            // raised yesterday and still without a first response: breached, so the overview and the
            // breaching-soon view have one to show and the timer escalates it on its next run
            Instant raised = now.minus(Duration.ofHours(26));
            Instant due = now.minus(Duration.ofHours(2));
            jdbc.update("""
                    update customer_issue set created_at = ?, first_response_due = ?, next_due_at = ?, next_alert_at = ?
                    where id = ? and first_responded_at is null""", ts(raised), ts(due), ts(due), ts(due), lamp.id());
            jdbc.update("update issue_event set occurred_at = ? where issue_id = ?", ts(raised), lamp.id());
        }
        issue("13611223344", "物业费缴费方式咨询", IssueType.ENQUIRY, "payment", Urgency.NORMAL, IssueStatus.CLOSED, "manager");
        issue(
                "13520001010",
                "重阳节社区活动借用小区广场，需物业配合安保",
                IssueType.ENQUIRY,
                "other",
                Urgency.IMPORTANT,
                IssueStatus.CLOSED,
                "manager");
        history(now);
        // promised replies: one overdue, one later today
        promise(
                "13916550003",
                "电话告知已安排项目经理排查渗水点，明早给出维修方案",
                now.minus(Duration.ofHours(3)),
                now.minus(Duration.ofMinutes(30)));
        promise("13764120004", "微信沟通吊柜厂家排产，厂家确认后回复", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(5)));
        log.info(
                "Demo workspace created: {} customers, {} issues",
                customers.count(GridQuery.empty()),
                queries.count(GridQuery.empty()));
    }

    /** Half a year of closed issues, their deadlines met and missed, so the reports have a shape. */
    private void history(Instant now) {
        // several titles per kind of issue, so that no title stands on more than a few closed issues
        String[][] kinds = {
            {
                "13901234567",
                "木门合页松动，需上门调整|卧室门关不严|阳台推拉门滑轨异响|衣柜门板下沉|入户门锁芯卡涩|" + "卫生间门框受潮变形",
                "REPAIR_REQUEST",
                "quality-acceptance"
            },
            {"13812345678", "尾款发票何时开具|增项费用明细核对|发票抬头更改|质保金退还时间|付款凭证补开|" + "分期付款进度确认", "ENQUIRY", "payment"},
            {
                "13698765432",
                "工人未按约定时间到场|施工人员现场吸烟|上门前未提前电话告知|工人离场未清理垃圾|" + "项目经理电话常打不通|现场交底人员态度生硬",
                "COMPLAINT",
                "service-attitude"
            },
            {
                "13962601234",
                "外墙修补色差明显|阳台栏板涂层起泡|窗台外侧漏刷|分格缝收口不齐|" + "涂料污染车辆未处理|底层墙面返碱泛白",
                "COMPLAINT",
                "quality-acceptance"
            },
            {"13757112345", "年度框架合同续签条款|延期违约金计算|质保期起算日期|合同外增项认定|" + "验收标准条款理解|付款节点争议", "DISPUTE", "contract-terms"},
            {"13501112222", "单元门禁失灵|电梯按钮失灵|楼道声控灯不亮|地下车库积水|消防通道堆物|" + "信报箱门损坏", "REPAIR_REQUEST", "other"},
            {"13611223344", "楼上漏水影响天花板|噪音扰民反映|垃圾清运不及时|绿化带修剪后未清理|" + "车位被占用|外来车辆乱停", "COMPLAINT", "other"}
        };
        java.util.Random random = new java.util.Random(20261130);
        for (int i = 0; i < 42; i++) {
            String[] kind = kinds[i % kinds.length];
            Urgency urgency = Urgency.values()[random.nextInt(Urgency.values().length)];
            // the demo agent works in 上海家装 only; the manager handles the other units' issues
            String assignee = i % kinds.length < 3 && i % 3 != 2 ? "agent" : "manager";
            String[] titles = kind[1].split("\\|");
            IssueDetails closed = issue(
                    kind[0],
                    titles[(i / kinds.length) % titles.length],
                    IssueType.valueOf(kind[2]),
                    kind[3],
                    urgency,
                    IssueStatus.CLOSED,
                    assignee);
            if (closed == null) {
                continue;
            }
            // raised 5 to 180 days ago; about one in four first responses and one in five resolutions late
            Instant raised = now.minus(Duration.ofHours(120 + (long) i * 100 + random.nextInt(48)));
            Instant firstDue = raised.plus(Duration.ofHours(urgency == Urgency.URGENT ? 2 : 8));
            Instant responded = raised.plus(Duration.ofMinutes(
                    random.nextInt(4) == 0
                            ? Duration.between(raised, firstDue).toMinutes() + 30 + random.nextInt(300)
                            : 10 + random.nextInt(90)));
            Instant resolutionDue = raised.plus(Duration.ofDays(urgency == Urgency.URGENT ? 2 : 5));
            Instant resolved = random.nextInt(5) == 0
                    ? resolutionDue.plus(Duration.ofHours(6 + random.nextInt(60)))
                    : responded.plus(Duration.ofHours(4 + random.nextInt(30)));
            // one in eight: the customer said the feedback did not solve it, and it went back into handling
            boolean reopened = random.nextInt(8) == 0;
            Instant closedAt = resolved.plus(Duration.ofHours(reopened ? 44 : 20));
            // the measures the reports read, as the lifecycle would have kept them (calendar time here)
            int updates = random.nextInt(4);
            jdbc.update(
                    """
                    update customer_issue set created_at = ?, updated_at = ?, first_response_due = ?,
                        first_responded_at = ?, last_update_at = ?, resolution_due = ?, resolved_at = ?, closed_at = ?,
                        feedback_at = ?, next_update_due = null, next_due_at = null, next_alert_at = null,
                        business_time = false, first_response_minutes = ?, resolution_minutes = ?,
                        first_response_taken = ?, resolution_taken = ?, next_update_counted = ?, next_update_met = ?,
                        reopened_count = ?
                    where id = ?""",
                    ts(raised),
                    ts(closedAt),
                    ts(firstDue),
                    ts(responded),
                    ts(resolved),
                    ts(resolutionDue),
                    ts(resolved),
                    ts(closedAt),
                    ts(resolved),
                    minutes(raised, firstDue),
                    minutes(raised, resolutionDue),
                    minutes(raised, responded),
                    minutes(raised, resolved),
                    updates,
                    updates - (random.nextInt(4) == 0 && updates > 0 ? 1 : 0),
                    reopened ? 1 : 0,
                    closed.id());
            // an issue raised before its customer's project began is about no project
            jdbc.update(
                    "update customer_issue set project_id = null where id = ? and project_id in"
                            + " (select id from project where created_at > ?)",
                    closed.id(),
                    ts(raised));
            // the timeline at the moments the figures say: raised and assigned, taken into handling (the first
            // response), feedback given (resolved), closed by the reviewer, revisited a week on
            jdbc.update(
                    """
                    update issue_event set occurred_at = case
                        when kind = 'STATUS' and to_status = 'IN_PROGRESS' then ?
                        when kind = 'STATUS' and to_status in ('FEEDBACK_GIVEN', 'WAITING_CUSTOMER') then ?
                        when kind = 'STATUS' and to_status = 'CLOSED' then ?
                        when kind = 'STATUS' and to_status = 'REVISITED' then ?
                        else ? end
                    where issue_id = ?""",
                    ts(responded),
                    ts(resolved),
                    ts(closedAt),
                    ts(closedAt.plus(Duration.ofDays(7))),
                    ts(raised),
                    closed.id());
            if (IssueType.valueOf(kind[2]) == IssueType.COMPLAINT) {
                // its revisit (投诉回访) was due three days after it closed (the return visits' demo makes the past ones)
                java.time.LocalDate revisitDue = closedAt.atZone(java.time.ZoneId.of("Asia/Shanghai"))
                        .toLocalDate()
                        .plusDays(3);
                jdbc.update(
                        "update return_visit set planned_on = ?, due_on = ?, created_at = ? where source_key like ?",
                        revisitDue,
                        revisitDue,
                        ts(closedAt),
                        "complaint:" + closed.id() + ":%");
                // a complaint's first response is its reply with a handling plan (seed 003)
                jdbc.update(
                        "update customer_issue set plan_measures = ?, plan_owner = ?, plan_expected_by = ?,"
                                + " plan_given_at = ?, plan_given_by = ? where id = ?",
                        "上门核查原因，制定整改方案并按约定时间完成整改",
                        "agent".equals(assignee) ? "李娜" : "陈静",
                        ts(resolutionDue),
                        ts(responded),
                        assignee,
                        closed.id());
                jdbc.update(
                        "insert into issue_event (issue_id, occurred_at, actor, kind, detail) values (?, ?, ?,"
                                + " 'PUBLIC_REPLY', ?)",
                        closed.id(),
                        ts(responded),
                        assignee,
                        "上门核查原因，制定整改方案并按约定时间完成整改");
            }
            if (reopened) {
                Instant back = resolved.plus(Duration.ofHours(6));
                jdbc.update(
                        "insert into issue_event (issue_id, occurred_at, actor, kind, from_status, to_status, detail)"
                                + " values (?, ?, ?, 'STATUS', 'FEEDBACK_GIVEN', 'IN_PROGRESS', '客户反馈问题仍未解决，重新处理')",
                        closed.id(),
                        ts(back),
                        assignee);
                jdbc.update(
                        "insert into issue_event (issue_id, occurred_at, actor, kind, from_status, to_status, detail)"
                                + " values (?, ?, ?, 'STATUS', 'IN_PROGRESS', 'FEEDBACK_GIVEN', '二次整改后再次反馈客户')",
                        closed.id(),
                        ts(back.plus(Duration.ofHours(18))),
                        assignee);
            }
        }
    }

    private static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private IssueDetails issue(
            String phone,
            String title,
            IssueType type,
            String category,
            Urgency urgency,
            IssueStatus target,
            String assignee) {
        CustomerDetails customer =
                customers.samePhone(phone, null).stream().findFirst().orElse(null);
        if (customer == null) {
            return null;
        }
        Long projectId = projects.ofCustomer(customer.id()).stream()
                .findFirst()
                .map(ProjectSummary::id)
                .orElse(null);
        String categoryId = category == null && target != IssueStatus.IDENTIFIED ? "other" : category;
        IssueDetails issue = as.user(
                "agent".equals(assignee) ? "agent" : "manager",
                () -> issues.create(new NewIssue(
                        customer.id(),
                        projectId,
                        title,
                        null,
                        type,
                        target == IssueStatus.IDENTIFIED ? null : categoryId,
                        urgency)));
        IssueStatus[] path = {
            IssueStatus.ASSIGNED,
            IssueStatus.IN_PROGRESS,
            IssueStatus.WAITING_CUSTOMER,
            IssueStatus.IN_PROGRESS,
            IssueStatus.FEEDBACK_GIVEN,
            IssueStatus.CLOSED,
            IssueStatus.REVISITED
        };
        if (target == IssueStatus.IDENTIFIED || target == IssueStatus.CLASSIFIED) {
            return issue;
        }
        IssueDetails created = issue;
        issue = as.user("manager", () -> issues.assign(created.id(), created.version(), assignee));
        if (type == IssueType.COMPLAINT && target != IssueStatus.ASSIGNED) {
            // the complaint answered with a handling plan before it is worked on (seed 003: within 24 hours)
            IssueDetails assigned = issue;
            issue = as.user(
                    assignee,
                    () -> issues.plan(
                            assigned.id(),
                            assigned.version(),
                            "安排项目经理上门查看，确认原因后整改，整改完成后请您验收",
                            "agent".equals(assignee) ? "李娜" : "陈静",
                            clock.instant().plus(Duration.ofDays(2))));
        }
        for (IssueStatus step : path) {
            if (issue.status() == target) {
                return issue;
            }
            if (step == IssueStatus.ASSIGNED
                    || (step == IssueStatus.IN_PROGRESS && issue.status() == IssueStatus.IN_PROGRESS)
                    || (step == IssueStatus.WAITING_CUSTOMER && target != IssueStatus.WAITING_CUSTOMER)) {
                continue;
            }
            String actor = step == IssueStatus.CLOSED ? ("manager".equals(assignee) ? "admin" : "manager") : assignee;
            StepInput input = switch (step) {
                case FEEDBACK_GIVEN -> new StepInput("已电话反馈客户", "现场核查后确认原因", "已按方案整改并经客户确认", null);
                case CLOSED -> new StepInput("核实整改结果", null, null, Verdict.SATISFIED);
                case REVISITED -> StepInput.note("一周后回访，客户表示满意");
                default -> StepInput.none();
            };
            IssueDetails current = issue;
            issue = as.user(actor, () -> issues.move(current.id(), current.version(), step, input));
        }
        return issue;
    }

    private void promise(String phone, String content, Instant when, Instant promisedAt) {
        CustomerDetails customer =
                customers.samePhone(phone, null).stream().findFirst().orElse(null);
        if (customer == null) {
            return;
        }
        Long issueId = queries.ofCustomer(customer.id()).stream()
                .findFirst()
                .map(IssueDetails::id)
                .orElse(null);
        as.user(
                "agent",
                () -> communications.record(new NewLogEntry(
                        customer.id(),
                        null,
                        issueId,
                        when,
                        null,
                        Channel.PHONE,
                        "客服专员 李娜；" + customer.name(),
                        content,
                        "客户同意等待回复",
                        promisedAt,
                        false)));
    }
}
