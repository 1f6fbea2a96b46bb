package com.siteline.variant.propertymanagement;

import static com.siteline.sdk.Checker.CUSTOMER;
import static com.siteline.sdk.Checker.PROJECT_MANAGER;
import static com.siteline.sdk.Checker.QA;

import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.ChecklistItem;
import com.siteline.sdk.ChecklistTemplate;
import com.siteline.sdk.Choice;
import com.siteline.sdk.FieldProblem;
import com.siteline.sdk.FieldSpec;
import com.siteline.sdk.FollowUpSchedule;
import com.siteline.sdk.FormSection;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.IssueCategory;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.PauseReason;
import com.siteline.sdk.PlanLine;
import com.siteline.sdk.PremisesKind;
import com.siteline.sdk.RecurringObligation;
import com.siteline.sdk.RecurringObligation.Frequency;
import com.siteline.sdk.ResponseTimeDefault;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.sdk.Urgency;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Property-management service (seed 004: 与顾客沟通的程序). A "project" here is one service job from
 * the service desk to the return visit; the community event record, owners' committee minutes and
 * complaint summary are records kept beside the jobs.
 */
@Extension
public class PropertyManagementVariant implements BusinessVariant {

    private static final List<StageDefinition> STAGES = List.of(
            StageDefinition.of("service-intake", "服务受理", "Service desk intake").withForm("duty-log"),
            StageDefinition.of("dispatch", "派工", "Dispatch").withForm("dispatch"),
            StageDefinition.of("on-site-service", "上门服务", "On-site service")
                    .withForm("repair-record")
                    .withChecklist("on-site-service"),
            StageDefinition.of("completion-confirmation", "完工确认", "Completion confirmed by owner")
                    .withSignOff(),
            StageDefinition.of("return-visit", "回访", "Return visit").withForm("return-visit"),
            StageDefinition.of("archive", "归档", "Archive").withChecklist("archive"));

    static final FieldSpec SATISFACTION =
            FieldSpec.satisfaction("satisfaction", "满意度", "Satisfaction").asRequired();

    private static final List<FormSpec> FORMS = List.of(
            FormSpec.of(
                    "duty-log",
                    1,
                    "值班记录",
                    "Service desk duty log",
                    FormSection.of(
                            "来访/来电",
                            "Contact",
                            FieldSpec.dateTime("received-at", "受理时间", "Received at")
                                    .asRequired(),
                            FieldSpec.singleChoice(
                                            "channel",
                                            "方式",
                                            "Channel",
                                            Choice.of("phone", "电话", "Phone"),
                                            Choice.of("visit", "来访", "Walk-in"),
                                            Choice.of("wechat", "微信", "WeChat"),
                                            Choice.of("app", "物业 App", "Property app"))
                                    .asRequired(),
                            FieldSpec.shortText("unit", "房号", "Unit")
                                    .asRequired()
                                    .pattern("\\d{1,3}-\\d{1,2}-\\d{3,4}")
                                    .help("楼栋-单元-房号，如 12-2-1503", "Building-entrance-unit, e.g. 12-2-1503"),
                            FieldSpec.shortText("owner", "业主姓名", "Owner")
                                    .asRequired()
                                    .max(40),
                            FieldSpec.singleChoice(
                                            "request-kind",
                                            "事项类别",
                                            "Kind",
                                            Choice.of("repair", "家庭维修", "Home repair"),
                                            Choice.of("housekeeping", "家政服务", "Housekeeping"),
                                            Choice.of("complaint", "投诉", "Complaint"),
                                            Choice.of("enquiry", "咨询", "Enquiry"))
                                    .asRequired(),
                            FieldSpec.longText("content", "内容", "Content")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.shortText("duty-officer", "值班人", "Duty officer")
                                    .asRequired()
                                    .max(40))),
            FormSpec.of(
                    "dispatch",
                    1,
                    "派工单",
                    "Dispatch",
                    FormSection.of(
                            "派工",
                            "Dispatch",
                            FieldSpec.shortText("technician", "维修人员", "Technician")
                                    .asRequired()
                                    .max(40),
                            FieldSpec.dateTime("dispatched-at", "派工时间", "Dispatched at")
                                    .asRequired(),
                            FieldSpec.dateTime("appointment", "约定上门时间", "Appointment")
                                    .asRequired(),
                            FieldSpec.yesNo("paid-service", "有偿服务", "Chargeable")
                                    .asRequired())),
            FormSpec.of(
                    "repair-record",
                    1,
                    "维修服务及回访记录表（维修部分）",
                    "Repair and return-visit record (repair)",
                    FormSection.of(
                            "维修",
                            "Repair",
                            FieldSpec.dateTime("arrived-at", "到场时间", "Arrived at")
                                    .asRequired(),
                            FieldSpec.dateTime("finished-at", "完成时间", "Finished at")
                                    .asRequired(),
                            FieldSpec.longText("work-done", "维修内容", "Work done")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.longText("materials", "使用材料", "Materials used")
                                    .max(1000),
                            FieldSpec.money("charge", "收费金额", "Charge"),
                            FieldSpec.attachment("photos", "维修前后照片", "Before and after photos"))),
            FormSpec.of(
                    "return-visit",
                    1,
                    "维修服务及回访记录表（回访部分）",
                    "Repair and return-visit record (return visit)",
                    FormSection.of(
                            "回访",
                            "Return visit",
                            FieldSpec.dateTime("visited-at", "回访时间", "Visited at")
                                    .asRequired(),
                            FieldSpec.singleChoice(
                                            "method",
                                            "回访方式",
                                            "Method",
                                            Choice.of("phone", "电话", "Phone"),
                                            Choice.of("in-person", "上门", "In person"))
                                    .asRequired(),
                            SATISFACTION,
                            FieldSpec.longText("opinion", "业主意见", "Owner's opinion")
                                    .max(1000),
                            FieldSpec.shortText("visitor", "回访人", "Visited by")
                                    .asRequired()
                                    .max(40))),
            FormSpec.of(
                    "repair-visit",
                    1,
                    "维修后回访记录",
                    "Return visit after a repair",
                    FormSection.of(
                            "回访",
                            "Return visit",
                            FieldSpec.singleChoice(
                                            "solved",
                                            "报修问题是否解决",
                                            "Was the problem solved?",
                                            Choice.of("yes", "已解决", "Solved"),
                                            Choice.of("partly", "部分解决", "Partly"),
                                            Choice.of("no", "未解决", "Not solved"))
                                    .asRequired(),
                            FieldSpec.yesNo("on-time", "维修人员是否按约定时间上门", "Did the technician come on time?")
                                    .asRequired(),
                            FieldSpec.yesNo("tidy", "维修后现场是否清理干净", "Was the place left clean?"),
                            FieldSpec.singleChoice(
                                    "charge",
                                    "收费是否合理",
                                    "Was the charge fair?",
                                    Choice.of("fair", "合理", "Fair"),
                                    Choice.of("high", "偏高", "Too high"),
                                    Choice.of("free", "未收费", "No charge")),
                            FieldSpec.longText("opinion", "业主意见", "Owner's opinion")
                                    .max(1000))),
            FormSpec.of(
                    "community-event",
                    1,
                    "社区文化活动记录表",
                    "Community activity record",
                    FormSection.of(
                            "活动",
                            "Event",
                            FieldSpec.shortText("title", "活动名称", "Title")
                                    .asRequired()
                                    .max(100),
                            FieldSpec.dateTime("held-at", "活动时间", "Held at").asRequired(),
                            FieldSpec.shortText("place", "地点", "Place")
                                    .asRequired()
                                    .max(100),
                            FieldSpec.number("participants", "参加人数", "Participants", "人")
                                    .asRequired()
                                    .min(1)
                                    .max(10000),
                            FieldSpec.longText("content", "活动内容", "Content")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.attachment("photos", "活动照片", "Photos").asRequired()),
                    FormSection.of(
                            "效果评价",
                            "Evaluation",
                            SATISFACTION,
                            FieldSpec.longText("evaluation", "效果评价与改进", "Evaluation and improvements")
                                    .asRequired()
                                    .max(2000))),
            FormSpec.of(
                    "owners-meeting",
                    1,
                    "业主委员会沟通会议纪要",
                    "Owners' committee meeting minutes",
                    FormSection.of(
                            "会议",
                            "Meeting",
                            FieldSpec.dateTime("held-at", "会议时间", "Held at").asRequired(),
                            FieldSpec.shortText("attendees", "参会人员", "Attendees")
                                    .asRequired()
                                    .max(300),
                            FieldSpec.longText("topics", "议题", "Topics")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.longText("decisions", "决议与跟进事项", "Decisions and follow-ups")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.yesNo("approved", "纪要已经管理处经理审批", "Minutes approved by the manager")
                                    .mustBeYes("纪要须经管理处经理审批", "The minutes must be approved by the manager"),
                            FieldSpec.yesNo("published", "纪要已公布", "Minutes published")
                                    .mustBeYes("纪要须公布", "The minutes must be published"))),
            FormSpec.of(
                    "complaint-summary",
                    1,
                    "月度投诉汇总",
                    "Monthly complaint summary",
                    FormSection.of(
                            "汇总",
                            "Summary",
                            FieldSpec.shortText("month", "月份", "Month")
                                    .asRequired()
                                    .pattern("\\d{4}-(0[1-9]|1[0-2])")
                                    .help("格式 YYYY-MM", "Format YYYY-MM"),
                            FieldSpec.number("received", "受理投诉", "Complaints received", "件")
                                    .asRequired()
                                    .min(0)
                                    .max(100000),
                            FieldSpec.number("closed", "已处理", "Closed", "件")
                                    .asRequired()
                                    .min(0)
                                    .max(100000),
                            FieldSpec.longText("analysis", "主要问题与处理情况", "Main issues and handling")
                                    .asRequired()
                                    .max(4000),
                            FieldSpec.yesNo("approved", "经理已审批", "Approved by the manager")
                                    .mustBeYes("须经经理审批", "It must be approved by the manager"),
                            FieldSpec.yesNo("published", "已公布并归档", "Published and archived")
                                    .mustBeYes("须公布并归档", "It must be published and archived"))));

    private static final List<ChecklistTemplate> CHECKLISTS = List.of(
            ChecklistTemplate.of(
                    "on-site-service",
                    1,
                    "上门服务规范",
                    "On-site service standard",
                    ChecklistItem.of("on-time", PROJECT_MANAGER, "按约定时间到场，迟到提前告知", "Arrived on time, or called ahead"),
                    ChecklistItem.of(
                            "uniform-id", PROJECT_MANAGER, "着工装、佩戴工牌，出示服务单", "Uniform, badge, job sheet shown"),
                    ChecklistItem.of(
                            "shoe-covers", PROJECT_MANAGER, "穿鞋套，铺设防护垫", "Shoe covers and floor protection used"),
                    ChecklistItem.of(
                            "price-first",
                            PROJECT_MANAGER,
                            "有偿服务先报价，业主同意后施工",
                            "Price quoted and agreed before chargeable work"),
                    ChecklistItem.of("test-after", QA, "完工后当面试用（通水、通电、开关）", "Tested with the owner after the work")
                            .withPhoto(),
                    ChecklistItem.of("clean-up", PROJECT_MANAGER, "清理现场，带走垃圾", "Site cleaned, waste taken away")),
            ChecklistTemplate.of(
                    "archive",
                    1,
                    "归档检查",
                    "Archive check",
                    ChecklistItem.of(
                            "record-complete", QA, "维修服务及回访记录表填写完整", "Repair and return-visit record complete"),
                    ChecklistItem.of("owner-signature", CUSTOMER, "业主签字齐全", "Owner's signature present"),
                    ChecklistItem.of("charge-receipt", QA, "收费有票据", "Charge receipted"),
                    ChecklistItem.of("filed", QA, "按月归档", "Filed by month")));

    @Override
    public String id() {
        return "property-management";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("物业管理", "Property management");
    }

    @Override
    public List<StageDefinition> stages() {
        return STAGES;
    }

    @Override
    public String iconName() {
        return "vaadin:building";
    }

    /** The service desk's duty rhythm: the owner told when the technician comes and when the work is done. */
    @Override
    public List<PlanLine> communicationPlan() {
        return List.of(
                PlanLine.of(
                        "visit-notice",
                        "上门时间告知",
                        "Visit time notice",
                        "派工后告知业主维修人员上门时间",
                        "After dispatch, tell the owner when the technician comes",
                        List.of(PlanLine.CUSTOMER),
                        PlanLine.HeldBy.LOG_ENTRY,
                        "PHONE",
                        PlanLine.Rhythm.onEntering("on-site-service", 0),
                        "AGENT",
                        false),
                PlanLine.of(
                        "completion-notice",
                        "完工告知与确认",
                        "Completion notice and confirmation",
                        "告知业主服务完成并请其确认",
                        "Tell the owner the service is done and ask them to confirm",
                        List.of(PlanLine.CUSTOMER),
                        PlanLine.HeldBy.LOG_ENTRY,
                        "PHONE",
                        PlanLine.Rhythm.onEntering("completion-confirmation", 1),
                        "AGENT",
                        true));
    }

    @Override
    public List<String> expectedRoles() {
        return List.of("AGENT", "MANAGER");
    }

    @Override
    public List<FormSpec> forms() {
        return FORMS;
    }

    @Override
    public List<ChecklistTemplate> checklists() {
        return CHECKLISTS;
    }

    @Override
    public List<PauseReason> pauseReasons() {
        return List.of(
                PauseReason.of("waiting-owner-access", "等待业主预约入户", "Waiting for the owner to book an entry time"));
    }

    @Override
    public List<IssueCategory> issueCategories() {
        return List.of(
                IssueCategory.of("home-repair", "家庭维修", "Home repair"),
                IssueCategory.of("public-facilities", "公共设施", "Public facilities"),
                IssueCategory.of("security", "安全秩序", "Security and order"),
                IssueCategory.of("cleaning-greening", "清洁绿化", "Cleaning and landscaping"),
                IssueCategory.of("parking", "停车管理", "Parking"),
                IssueCategory.of("fees", "物业费", "Service charges"),
                IssueCategory.of("neighbour-dispute", "邻里纠纷", "Neighbour dispute"));
    }

    @Override
    public List<ResponseTimeDefault> responseTimeDefaults() {
        List<ResponseTimeDefault> rules = new ArrayList<>(List.of(
                ResponseTimeDefault.calendar(
                        IssueType.REPAIR_REQUEST, Urgency.URGENT, Duration.ofMinutes(30), Duration.ofHours(4)),
                ResponseTimeDefault.calendar(
                        IssueType.REPAIR_REQUEST, Urgency.NORMAL, Duration.ofHours(2), Duration.ofHours(24))));
        rules.addAll(ResponseTimeDefault.standardComplaintRules());
        return rules;
    }

    @Override
    public List<FollowUpSchedule> followUpSchedules() {
        return List.of(
                FollowUpSchedule.of(
                                "after-repair",
                                "维修后回访",
                                "Return visit after a repair",
                                FollowUpSchedule.Trigger.JOB_COMPLETED,
                                Period.ofDays(3))
                        .withForm("repair-visit"),
                FollowUpSchedule.of(
                        "complaint-revisit",
                        "投诉回访",
                        "Complaint revisit",
                        FollowUpSchedule.Trigger.COMPLAINT_CLOSED,
                        Period.ofDays(2)));
    }

    @Override
    public List<RecurringObligation> recurringObligations() {
        return List.of(
                RecurringObligation.of(
                        "complaint-summary",
                        "上月投诉汇总（经理审批后公布归档）",
                        "Last month's complaint summary",
                        Frequency.MONTHLY,
                        5,
                        1),
                // 单一大业主的项目 (offices and other single-owner premises) only
                RecurringObligation.of(
                                "work-brief", "物业管理工作简报（写字楼）", "Work brief (office buildings)", Frequency.MONTHLY, 3, 1)
                        .onlyFor(PremisesKind.OFFICE),
                // 本条适用于住宅项目
                RecurringObligation.of(
                                "service-report",
                                "管理服务报告（住宅）",
                                "Management service report (residential)",
                                Frequency.QUARTERLY,
                                20,
                                1)
                        .onlyFor(PremisesKind.RESIDENTIAL),
                RecurringObligation.of(
                                "owners-committee",
                                "与业主委员会季度沟通",
                                "Quarterly owners' committee meeting",
                                Frequency.QUARTERLY,
                                28,
                                3)
                        .onlyFor(PremisesKind.RESIDENTIAL),
                RecurringObligation.of(
                                "community-event",
                                "社区文化活动（每季至少一次）",
                                "Community event (at least one a quarter)",
                                Frequency.QUARTERLY,
                                28,
                                3)
                        .onlyFor(PremisesKind.RESIDENTIAL),
                RecurringObligation.of("customer-meeting", "顾客恳谈会", "Customer meeting", Frequency.HALF_YEARLY, 28, 6),
                // 每年中期: a sampled survey; 每年年底: a full one (seed 004, 10 and 11)
                RecurringObligation.of(
                                "mid-year-survey",
                                "年中顾客意见抽样调查",
                                "Mid-year sampled customer survey",
                                Frequency.YEARLY,
                                28,
                                6)
                        .bySurvey("mid-year-sampled"),
                RecurringObligation.of(
                                "year-end-survey",
                                "年终顾客意见全面调查",
                                "Year-end full customer survey",
                                Frequency.YEARLY,
                                20,
                                12)
                        .bySurvey("year-end-full"));
    }

    @Override
    public List<SurveyTemplate> surveys() {
        List<FieldSpec> questions = List.of(
                SATISFACTION,
                FieldSpec.multipleChoice(
                                "services",
                                "不满意的服务",
                                "Services you are unhappy with",
                                Choice.of("repair", "维修", "Repairs"),
                                Choice.of("security", "安保", "Security"),
                                Choice.of("cleaning", "保洁", "Cleaning"),
                                Choice.of("greening", "绿化", "Landscaping"),
                                Choice.of("desk", "客服", "Service desk"),
                                Choice.of("none", "无", "None"))
                        .asRequired(),
                FieldSpec.longText("suggestions", "意见建议", "Suggestions").max(2000));
        return List.of(
                new SurveyTemplate(
                        "mid-year-sampled",
                        1,
                        LocalizedText.of("年中抽样调查", "Mid-year sampled survey"),
                        questions,
                        0.5,
                        0.5,
                        LocalizedText.of(
                                "不少于 20% 的顾客，从上年投诉最多者中选取作为重点调查对象",
                                "At least 20% of customers, chosen among last year's most frequent complainants")),
                new SurveyTemplate(
                        "year-end-full",
                        1,
                        LocalizedText.of("年终全面调查", "Year-end full survey"),
                        questions,
                        1.0,
                        0.3,
                        LocalizedText.of("全体顾客", "All customers")));
    }

    @Override
    public List<FieldProblem> validate(String formId, Map<String, Object> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        if ("repair-record".equals(formId)
                && answers.get("arrived-at") instanceof LocalDateTime arrived
                && answers.get("finished-at") instanceof LocalDateTime finished
                && finished.isBefore(arrived)) {
            problems.add(FieldProblem.of("finished-at", "完成时间不能早于到场时间", "The finish cannot be before the arrival"));
        }
        if ("complaint-summary".equals(formId)
                && answers.get("received") instanceof java.math.BigDecimal received
                && answers.get("closed") instanceof java.math.BigDecimal closed
                && closed.compareTo(received) > 0) {
            problems.add(FieldProblem.of("closed", "已处理数不能多于受理数", "Closed cannot exceed received"));
        }
        return problems;
    }
}
