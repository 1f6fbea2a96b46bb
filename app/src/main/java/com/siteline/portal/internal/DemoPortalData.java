package com.siteline.portal.internal;

import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.notification.CustomerMessage;
import com.siteline.notification.CustomerMessages;
import com.siteline.organization.RunAs;
import com.siteline.portal.Client;
import com.siteline.portal.Confirmation;
import com.siteline.portal.CustomerConfirmations;
import com.siteline.portal.CustomerPortal;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalSession;
import com.siteline.portal.PortalSharing;
import com.siteline.portal.PortalViews;
import com.siteline.portal.WeeklyReports;
import com.siteline.project.AttachmentRef;
import com.siteline.project.AttachmentService;
import com.siteline.project.CheckStatus;
import com.siteline.project.DemoPhotos;
import com.siteline.project.FormAnswers;
import com.siteline.project.ItemResult;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.StageGates;
import com.siteline.report.ReportDocument;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FieldType;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The portal lived-in for the quick start: one project of each variant well along its stages with site photos
 * shared stage by stage, stages the customer signed in the portal (each through the real steps: invitation, code,
 * signing code), a node inspection and an owner's completion confirmation waiting for the customer, a change order a
 * manager approved, weekly progress reports, and a repair request raised in the portal with a reply. Every message
 * is in admin/outbox. Stage moves, photos and signatures are then dated over the project's past weeks.
 */
@Component
@Profile("demo")
@Order(7)
class DemoPortalData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPortalData.class);
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");
    private static final Pattern LINK = Pattern.compile("portal\\?k=([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Client PHONE = new Client(
            "58.246.12.34",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.50");
    private static final List<String> TEXT_SAMPLES =
            List.of("东侧外立面，含阳台栏板", "13800138000", "12-2-1503", "HT-2026-001", "2026-10");

    private record Demo(String project, String user, String target, Set<String> signedInPortal, int daysAgo) {}

    private static final List<Demo> DEMOS = List.of(
            new Demo(
                    "静安寺公寓 12-1803 全屋翻新", "pm", "node-inspections", Set.of("design-confirmation", "site-handover"), 35),
            new Demo(
                    "绿地香树花城 7 号楼外立面翻新",
                    "manager",
                    "construction",
                    Set.of("proposal-confirmation", "safety-briefing"),
                    20),
            new Demo("12-2-1503 卫生间漏水维修", "manager", "completion-confirmation", Set.of(), 2));

    private final ConfirmationRepository confirmations;
    private final PortalAccess access;
    private final PortalSharing sharing;
    private final WeeklyReports weekly;
    private final CustomerPortal portal;
    private final CustomerConfirmations confirming;
    private final CustomerMessages messages;
    private final ProjectService projects;
    private final ProjectRecords records;
    private final StageGates gates;
    private final AttachmentService attachments;
    private final IssueService issues;
    private final IssueQueries queries;
    private final CommunicationService communications;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private int photoSeed = 1;

    DemoPortalData(
            ConfirmationRepository confirmations,
            PortalAccess access,
            PortalSharing sharing,
            CustomerPortal portal,
            CustomerMessages messages,
            ProjectService projects,
            ProjectRecords records,
            StageGates gates,
            AttachmentService attachments,
            IssueService issues,
            IssueQueries queries,
            RunAs as,
            JdbcTemplate jdbc,
            Clock clock,
            CommunicationService communications,
            CustomerConfirmations confirming,
            WeeklyReports weekly) {
        this.confirming = confirming;
        this.weekly = weekly;
        this.communications = communications;
        this.confirmations = confirmations;
        this.access = access;
        this.sharing = sharing;
        this.portal = portal;
        this.messages = messages;
        this.projects = projects;
        this.records = records;
        this.gates = gates;
        this.attachments = attachments;
        this.issues = issues;
        this.queries = queries;
        this.as = as;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (confirmations.count() > 0) {
            return;
        }
        int made = 0;
        for (Demo demo : DEMOS) {
            List<Long> found = jdbc.queryForList("select id from project where name = ?", Long.class, demo.project());
            if (found.isEmpty()) {
                continue;
            }
            try {
                make(demo, found.getFirst());
                made++;
            } catch (RuntimeException e) {
                // a plugin that is not running (or refuses a sample answer) leaves its project as it was
                log.warn("Demo portal project {} not made: {}", demo.project(), e.toString());
            }
        }
        log.info("Demo portal projects: {}; confirmations: {}", made, confirmations.count());
    }

    private void make(Demo demo, long projectId) {
        String user = demo.user();
        ProjectSummary project = as.user(user, () -> projects.get(projectId));
        long customerId = project.customerId();
        Instant now = clock.instant();
        Instant start = now.minus(Duration.ofDays(demo.daysAgo()));
        PortalSession session = signIn(user, customerId);
        // walk the stages: records kept, photos taken and shared, sign-offs in the portal or on paper
        while (!as.user(user, () -> projects.get(projectId)).currentStageId().equals(demo.target())) {
            ProjectSummary current = as.user(user, () -> projects.get(projectId));
            StageDefinition stage = as.user(user, () -> projects.variantOf(projectId))
                    .stage(current.currentStageId())
                    .orElseThrow();
            complete(user, projectId, stage);
            if (stage.requirements().stream().anyMatch(r -> r.kind() == StageRequirement.Kind.SIGN_OFF)) {
                if (demo.signedInPortal().contains(stage.id())) {
                    long firstEvent = maxId("portal_event");
                    long firstMessage = maxId("customer_message");
                    Confirmation asked = as.user(user, () -> sharing.askToSign(projectId));
                    confirming.confirmation(session, asked.id(), PHONE);
                    confirming.sign(
                            session,
                            asked.id(),
                            asked.contentHash(),
                            project.customerName(),
                            signingCode(session, asked.id()),
                            PHONE);
                    backdateLater(asked.id(), firstEvent, firstMessage, stage.id());
                } else {
                    as.user(
                            user,
                            () -> gates.signOff(
                                    projectId, projects.get(projectId).version(), project.customerName()));
                }
            }
            as.user(user, () -> gates.advance(projectId, projects.get(projectId).version()));
        }
        StageDefinition target = as.user(user, () -> projects.variantOf(projectId))
                .stage(demo.target())
                .orElseThrow();
        // the stage it stands in: its photos, its checklists done and (where it asks) the customer asked to sign
        photo(user, projectId, target.id(), true);
        photo(user, projectId, target.id(), true);
        if (target.requirements().stream().anyMatch(r -> r.kind() == StageRequirement.Kind.SIGN_OFF)) {
            target.requirements().stream()
                    .filter(r -> r.kind() == StageRequirement.Kind.CHECKLIST)
                    .forEach(r -> checklist(user, projectId, r.refId()));
            as.user(user, () -> sharing.askToSign(projectId));
        }
        dateStages(projectId, start, now, demo.target().equals("node-inspections"));
        // a document and a word with the customer, shared
        byte[] pdf = new ReportDocument(
                        project.name(),
                        project.address() == null ? "" : project.address(),
                        List.of(ReportDocument.Section.text("施工说明", "本文件为项目施工范围、主要材料与工期安排的说明，供业主留存。")))
                .pdf();
        AttachmentRef doc = as.user(user, () -> attachments.upload(projectId, "施工说明.pdf", "application/pdf", pdf));
        as.user(user, () -> sharing.share(projectId, doc.id(), true));
        var said = as.user(
                user,
                () -> communications.record(new NewLogEntry(
                        customerId,
                        projectId,
                        null,
                        now.minus(Duration.ofDays(2)),
                        "现场",
                        Channel.VISIT,
                        project.customerName(),
                        "与业主现场确认下一阶段的施工安排和注意事项",
                        "业主同意",
                        null,
                        false)));
        as.user(user, () -> sharing.shareEntry(projectId, said.id(), true));
        if ("pm".equals(user)) {
            Confirmation change = as.user(
                    user,
                    () -> sharing.draftChange(
                            projectId,
                            "主卫淋浴区改为嵌入式壁龛，增加一组置物架",
                            "客户在节点验收前现场提出，需改动已做好的防水层局部",
                            new BigDecimal("3800.00"),
                            4));
            as.user("manager", () -> sharing.review(change.id(), change.version(), true));
        }
        WeeklyReports.ReportDraft draft = as.user(user, () -> weekly.draftReport(projectId, Locale.SIMPLIFIED_CHINESE));
        as.user(
                user,
                () -> weekly.sendReport(
                        projectId,
                        draft.weekStart(),
                        draft.body() + "按计划推进，如有疑问请在客户端留言。",
                        "请于下周三前确认主卫墙砖样板，并安排家人在周五上午到场参加防水闭水试验验收。",
                        draft.photoIds().stream().limit(3).toList()));
        reportHistory(user, projectId);
        if (demo.signedInPortal().isEmpty()) {
            raiseAndReply(session, user, projectId);
        }
        portal.home(session);
    }

    /**
     * The weekly reports of the weeks of construction before this one, each sent on its Friday: the report just sent
     * speaks for last week, the week before last has none (its plan's task is overdue), earlier weeks have theirs.
     */
    private void reportHistory(String user, long projectId) {
        Instant entered = as.user(user, () -> projects.history(projectId)).stream()
                .filter(move -> "construction".equals(move.toStage()))
                .map(com.siteline.project.StageEvent::at)
                .findFirst()
                .orElse(null);
        if (entered == null) {
            return;
        }
        LocalDate thisWeek = LocalDate.now(clock.withZone(ZONE)).with(java.time.DayOfWeek.MONDAY);
        LocalDate lastWeek = thisWeek.minusWeeks(1);
        if (entered.atZone(ZONE).toLocalDate().isAfter(lastWeek.plusDays(6))) {
            return;
        }
        sentOn(maxId("portal_report"), lastWeek);
        for (LocalDate week = entered.atZone(ZONE).toLocalDate().with(java.time.DayOfWeek.MONDAY);
                week.isBefore(lastWeek.minusWeeks(1));
                week = week.plusWeeks(1)) {
            LocalDate monday = week;
            as.user(
                    user,
                    () -> weekly.sendReport(
                            projectId,
                            monday,
                            "本周按计划完成水电改造与开槽修补，现场已做成品保护；下周进行防水施工与闭水试验。",
                            "请于周三前确认卫生间墙砖样板。",
                            List.of()));
            sentOn(maxId("portal_report"), monday);
        }
    }

    /** Dates a report and the log entry it made on its week's Friday afternoon. */
    private void sentOn(long reportId, LocalDate monday) {
        Timestamp friday =
                Timestamp.from(monday.plusDays(4).atTime(17, 30).atZone(ZONE).toInstant());
        jdbc.update("update portal_report set week_start = ?, sent_at = ? where id = ?", monday, friday, reportId);
        jdbc.update(
                "update communication set occurred_at = ?, created_at = ? where id = ?",
                friday,
                friday,
                maxId("communication"));
    }

    /** A repair request the owner raised in the portal with a photo, and the service desk's reply. */
    private void raiseAndReply(PortalSession session, String user, long projectId) {
        long id = portal.raise(
                session,
                projectId,
                IssueType.REPAIR_REQUEST,
                false,
                "维修后地漏返味",
                "卫生间维修完成后，地漏晚上有异味。",
                "电话，工作日 18 点后",
                List.of(new PortalViews.Upload("地漏.jpg", "image/jpeg", DemoPhotos.jpeg(photoSeed++))),
                PHONE);
        IssueDetails raised = as.user(user, () -> queries.get(id));
        as.user(user, () -> issues.publicReply(id, raised.version(), "已收到，明天上午 9 点安排师傅上门更换防臭地漏芯。"));
    }

    private void complete(String user, long projectId, StageDefinition stage) {
        String photo = photo(user, projectId, stage.id(), true);
        for (StageRequirement requirement : stage.requirements()) {
            if (requirement.optional()) {
                continue;
            }
            switch (requirement.kind()) {
                case FORM ->
                    as.user(user, () -> {
                        FormAnswers stored = records.formAnswers(projectId, requirement.refId());
                        return records.saveForm(
                                projectId, requirement.refId(), answers(stored.spec(), photo), stored.rowVersion());
                    });
                case CHECKLIST -> checklist(user, projectId, requirement.refId());
                case SIGN_OFF -> {}
            }
        }
    }

    private void checklist(String user, long projectId, String checklistId) {
        String photo = photo(user, projectId, null, false);
        as.user(user, () -> {
            var stored = records.checklist(projectId, checklistId);
            Map<String, ItemResult> results = new LinkedHashMap<>();
            stored.template()
                    .items()
                    .forEach(item -> results.put(
                            item.id(), new ItemResult(CheckStatus.PASS, null, item.photoRequired() ? photo : null)));
            return records.saveChecklist(projectId, checklistId, results, stored.rowVersion());
        });
    }

    /** A site photo, shared with the customer when asked; its reference as answers hold it. */
    private String photo(String user, long projectId, String stageId, boolean shared) {
        int seed = photoSeed++;
        AttachmentRef ref = as.user(
                user,
                () -> attachments.upload(projectId, "现场实拍-" + seed + ".jpg", "image/jpeg", DemoPhotos.jpeg(seed)));
        if (shared) {
            as.user(user, () -> sharing.share(projectId, ref.id(), true));
        }
        return ref.value();
    }

    private static Map<String, Object> answers(FormSpec form, String attachment) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec field : form.fields()) {
            values.put(field.id(), field.type() == FieldType.ATTACHMENT ? attachment : value(field));
        }
        return values;
    }

    private static Object value(FieldSpec field) {
        return switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT ->
                field.pattern() == null
                        ? TEXT_SAMPLES.getFirst()
                        : TEXT_SAMPLES.stream()
                                .filter(s -> s.matches(field.pattern()))
                                .findFirst()
                                .orElse(TEXT_SAMPLES.getFirst());
            case ATTACHMENT -> null;
            case NUMBER, MONEY -> field.min() != null && field.min().signum() > 0 ? field.min() : BigDecimal.ONE;
            case DATE -> LocalDate.now().minusDays(3);
            case DATE_TIME -> LocalDateTime.now().minusDays(3).withSecond(0).withNano(0);
            case SINGLE_CHOICE -> field.choices().getFirst().id();
            case MULTIPLE_CHOICE -> Set.of(field.choices().getFirst().id());
            case YES_NO, CUSTOMER_CONFIRMATION -> Boolean.TRUE;
        };
    }

    /** The customer signed in as they would: the invitation's link, a code from the outbox. */
    private PortalSession signIn(String user, long customerId) {
        as.user(user, () -> access.invite(customerId));
        String token = newest(customerId, LINK);
        access.sendSignInCode(token, PHONE);
        return access.signIn(token, newest(customerId, CODE), PHONE);
    }

    private String signingCode(PortalSession session, long confirmationId) {
        confirming.sendSigningCode(session, confirmationId, PHONE);
        return newest(session.customerId(), CODE);
    }

    private String newest(long customerId, Pattern pattern) {
        for (CustomerMessage message : as.system(() -> messages.ofCustomer(customerId))) {
            Matcher matcher = pattern.matcher(message.body());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("nothing sent to customer " + customerId);
    }

    private long maxId(String table) {
        Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
        return max == null ? 0 : max;
    }

    /** Remembered for dating: which confirmation, events and messages belong to which stage's signing. */
    private final List<Object[]> signings = new java.util.ArrayList<>();

    private void backdateLater(long confirmationId, long afterEvent, long afterMessage, String stageId) {
        signings.add(new Object[] {
            confirmationId, afterEvent, afterMessage, stageId, maxId("portal_event"), maxId("customer_message")
        });
    }

    /**
     * Spreads the project's stage moves evenly from its start to yesterday, and dates each photo, share and
     * signature with its stage. With {@code weeks}: the works began on the Monday two weeks before this week's (the
     * weekly report's weeks: the week before last, last week, this week, whatever today's weekday) and the project
     * entered its last stage two days ago; the moves before spread evenly up to the works.
     */
    private void dateStages(long projectId, Instant start, Instant now, boolean weeks) {
        List<Map<String, Object>> moves = jdbc.queryForList(
                "select id, to_stage from project_stage_event where project_id = ? order by id", projectId);
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDate monday = now.atZone(zone)
                .toLocalDate()
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        Instant works = monday.minusWeeks(2).atTime(9, 0).atZone(zone).toInstant();
        boolean tail = weeks && moves.size() >= 2 && works.isAfter(start);
        int spread = tail ? moves.size() - 2 : moves.size();
        Instant spreadEnd = tail ? works : now.minus(Duration.ofDays(1));
        Duration step = Duration.between(start, spreadEnd).dividedBy(Math.max(1, spread));
        Map<String, Instant> entered = new LinkedHashMap<>();
        for (int i = 0; i < moves.size(); i++) {
            Instant at = !tail || i < spread
                    ? start.plus(step.multipliedBy(i))
                    : i == spread ? works : now.minus(Duration.ofDays(2));
            jdbc.update(
                    "update project_stage_event set at = ? where id = ?",
                    Timestamp.from(at),
                    moves.get(i).get("id"));
            Object to = moves.get(i).get("to_stage");
            if (to != null) {
                entered.put(to.toString(), at);
            }
        }
        jdbc.update("update project set created_at = ? where id = ?", Timestamp.from(start), projectId);
        entered.forEach((stage, at) -> {
            Timestamp taken =
                    Timestamp.from(at.plus(Duration.ofHours(26)).isAfter(now) ? now : at.plus(Duration.ofHours(26)));
            jdbc.update(
                    "update project_attachment set uploaded_at = ? where project_id = ? and stage_id = ?",
                    taken,
                    projectId,
                    stage);
            jdbc.update(
                    "update portal_shared_photo set shared_at = ? where project_id = ? and attachment_id in"
                            + " (select id from project_attachment where project_id = ? and stage_id = ?)",
                    taken,
                    projectId,
                    projectId,
                    stage);
        });
        for (Object[] s : signings) {
            Instant entry = entered.get((String) s[3]);
            if (entry == null) {
                continue;
            }
            Timestamp asked = Timestamp.from(entry.plus(Duration.ofDays(2)));
            Timestamp signed = Timestamp.from(entry.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)));
            jdbc.update(
                    "update portal_confirmation set requested_at = ?, decided_at = ? where id = ? and project_id = ?",
                    asked,
                    signed,
                    s[0],
                    projectId);
            jdbc.update("update portal_event set at = ? where id > ? and id <= ?", signed, s[1], s[4]);
            // written then; the outbox demo sends them as at that time
            jdbc.update("update customer_message set created_at = ? where id > ? and id <= ?", signed, s[2], s[5]);
        }
        signings.clear();
    }
}
