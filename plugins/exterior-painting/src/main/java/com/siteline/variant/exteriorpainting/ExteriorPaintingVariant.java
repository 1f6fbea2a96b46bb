package com.siteline.variant.exteriorpainting;

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
import com.siteline.sdk.ResponseTimeDefault;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.SurveyTemplate;
import com.siteline.sdk.Urgency;
import com.siteline.sdk.WarrantyTerm;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** Exterior-wall painting projects, new-build and renovation (seed 000: 外墙涂料施工客户沟通流程). */
@Extension
public class ExteriorPaintingVariant implements BusinessVariant {

    /** Litres of paint per m² for two finish coats plus loss, used to derive the quantity. */
    static final BigDecimal LITRES_PER_SQUARE_METRE = new BigDecimal("0.30");

    private static final List<StageDefinition> STAGES = List.of(
            StageDefinition.of("requirement-confirmation", "客户需求确认", "Requirement confirmation")
                    .withForm("requirement"),
            StageDefinition.of("preliminary-proposal", "初步方案", "Preliminary proposal")
                    .withForm("preliminary-proposal"),
            StageDefinition.of("proposal-confirmation", "方案讨论与确认", "Proposal discussion and confirmation")
                    .withForm("kickoff-meeting")
                    .withSignOff(),
            StageDefinition.of("construction-plan", "施工计划", "Construction plan").withForm("construction-plan"),
            StageDefinition.of("plan-communication", "施工计划告知", "Plan communicated to customer")
                    .withForm("plan-communication"),
            StageDefinition.of("safety-briefing", "安全与环保说明", "Safety and environmental briefing")
                    .withChecklist("safety-environment-briefing")
                    .withSignOff(),
            StageDefinition.of("construction", "施工与进度汇报", "Construction and progress reports")
                    .withOptionalForm("weekly-progress"),
            StageDefinition.of("stage-acceptance", "阶段性验收", "Stage acceptance").withChecklist("stage-acceptance"),
            StageDefinition.of("completion-acceptance", "竣工验收", "Completion acceptance")
                    .withChecklist("completion-acceptance")
                    .withSignOff(),
            StageDefinition.of("feedback", "客户反馈收集", "Feedback collection").withForm("customer-feedback"),
            StageDefinition.of("after-sales", "售后服务说明", "After-sales explanation")
                    .withChecklist("after-sales-handover"));

    private static final Choice[] COATINGS = {
        Choice.of("acrylic", "丙烯酸外墙乳胶漆", "Acrylic exterior latex"),
        Choice.of("elastomeric", "弹性外墙涂料", "Elastomeric coating"),
        Choice.of("real-stone", "真石漆", "Real-stone paint"),
        Choice.of("texture", "质感涂料", "Texture coating"),
        Choice.of("fluorocarbon", "氟碳漆", "Fluorocarbon paint"),
        Choice.of("multicolor", "水包水多彩涂料", "Water-in-water multicolour")
    };

    private static final FieldSpec OVERALL_SATISFACTION =
            FieldSpec.satisfaction("overall", "总体满意度", "Overall satisfaction").asRequired();

    private static final List<FormSpec> FORMS = List.of(
            FormSpec.of(
                    "requirement",
                    1,
                    "客户需求确认表",
                    "Requirement confirmation",
                    FormSection.of(
                            "项目概况",
                            "Project",
                            FieldSpec.singleChoice(
                                            "project-kind",
                                            "项目类型",
                                            "Project kind",
                                            Choice.of("new-build", "新建", "New build"),
                                            Choice.of("renovation", "翻新", "Renovation"))
                                    .asRequired(),
                            FieldSpec.shortText("building", "楼栋/建筑名称", "Building")
                                    .asRequired()
                                    .max(100),
                            FieldSpec.number("storeys", "层数", "Storeys", "层")
                                    .asRequired()
                                    .min(1)
                                    .max(100),
                            FieldSpec.number("area", "施工面积", "Area to paint", "m²")
                                    .asRequired()
                                    .min(1)
                                    .max(500000)),
                    FormSection.of(
                            "涂料与颜色",
                            "Coating and colour",
                            FieldSpec.singleChoice("coating", "涂料种类", "Coating type", COATINGS)
                                    .asRequired(),
                            FieldSpec.shortText("colour", "颜色（色卡编号）", "Colour (card number)")
                                    .asRequired()
                                    .max(60)
                                    .help(
                                            "如 Dulux 30YY 65/143，或客户提供的色卡编号",
                                            "e.g. Dulux 30YY 65/143, or the customer's card number"),
                            FieldSpec.multipleChoice(
                                            "substrate",
                                            "基层情况",
                                            "Substrate",
                                            Choice.of("concrete", "混凝土", "Concrete"),
                                            Choice.of("render", "水泥砂浆抹灰", "Cement render"),
                                            Choice.of("old-paint", "旧涂层", "Old paint"),
                                            Choice.of("tiles", "旧瓷砖", "Old tiles"),
                                            Choice.of("eifs", "保温系统", "Insulation (EIFS)"))
                                    .asRequired(),
                            FieldSpec.number("paint-quantity", "预计涂料用量（自动计算）", "Estimated paint (derived)", "L")
                                    .help("按面积 × 0.30 L/m² 估算，保存时自动计算", "Area × 0.30 L/m², computed on save")),
                    FormSection.of(
                            "工期要求",
                            "Schedule",
                            FieldSpec.date("start", "期望开工日期", "Wanted start").asRequired(),
                            FieldSpec.date("finish", "要求完工日期", "Required finish")
                                    .asRequired(),
                            FieldSpec.longText("constraints", "施工限制（作业时间、噪音、通行等）", "Site constraints")
                                    .max(1000)),
                    FormSection.of(
                            "联系人",
                            "Contact",
                            FieldSpec.shortText("contact", "客户沟通负责人", "Customer contact")
                                    .asRequired()
                                    .max(40),
                            FieldSpec.shortText("phone", "联系电话", "Phone")
                                    .asRequired()
                                    .pattern("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}")
                                    .help("手机 11 位或固话（区号-号码）", "11-digit mobile or area code + number"))),
            FormSpec.of(
                    "preliminary-proposal",
                    1,
                    "初步方案",
                    "Preliminary proposal",
                    FormSection.of(
                            "方案",
                            "Proposal",
                            FieldSpec.shortText("designer", "方案设计师", "Designer")
                                    .asRequired()
                                    .max(40),
                            FieldSpec.yesNo("samples-provided", "已提供涂料样板", "Samples provided")
                                    .mustBeYes("须先向客户提供涂料样板", "Give the customer paint samples first"),
                            FieldSpec.attachment("sample-photos", "样板照片", "Sample photos"),
                            FieldSpec.longText("method", "施工工艺概述（基层处理、底漆、面漆遍数）", "Method (preparation, primer, coats)")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.attachment("proposal-document", "方案文件", "Proposal document")
                                    .asRequired()),
                    FormSection.of(
                            "预算",
                            "Budget",
                            FieldSpec.money("budget", "预算总价", "Budget")
                                    .asRequired()
                                    .min(1),
                            FieldSpec.number("unit-price", "综合单价", "Unit price", "元/m²")
                                    .min(0)
                                    .max(10000),
                            FieldSpec.date("delivered-on", "方案提交日期", "Delivered on")
                                    .asRequired())),
            FormSpec.of(
                    "kickoff-meeting",
                    1,
                    "项目启动会议纪要",
                    "Kickoff meeting minutes",
                    FormSection.of(
                            "会议",
                            "Meeting",
                            FieldSpec.dateTime("held-at", "会议时间", "Held at").asRequired(),
                            FieldSpec.shortText("attendees", "参会人员", "Attendees")
                                    .asRequired()
                                    .max(200),
                            FieldSpec.longText("customer-opinions", "客户意见", "Customer's opinions")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.longText("changes", "方案调整内容", "Changes agreed")
                                    .max(2000),
                            FieldSpec.customerConfirmation("confirmed", "客户确认方案", "Customer confirms the proposal")
                                    .asRequired())),
            FormSpec.of(
                    "construction-plan",
                    1,
                    "施工计划",
                    "Construction plan",
                    FormSection.of(
                            "计划",
                            "Plan",
                            FieldSpec.date("start", "开工日期", "Start").asRequired(),
                            FieldSpec.date("finish", "完工日期", "Finish").asRequired(),
                            FieldSpec.number("crew-size", "施工人数", "Crew size", "人")
                                    .asRequired()
                                    .min(1)
                                    .max(500),
                            FieldSpec.shortText("foreman", "施工队长", "Foreman")
                                    .asRequired()
                                    .max(40),
                            FieldSpec.singleChoice(
                                            "access",
                                            "作业方式",
                                            "Access",
                                            Choice.of("scaffold", "脚手架", "Scaffolding"),
                                            Choice.of("gondola", "吊篮", "Gondola"),
                                            Choice.of("rope", "吊绳（蜘蛛人）", "Rope access"),
                                            Choice.of("lift", "升降车", "Aerial lift"))
                                    .asRequired(),
                            FieldSpec.longText("material-purchase", "材料采购计划", "Material purchasing plan")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.attachment("timetable", "施工进度表", "Timetable")
                                    .asRequired())),
            FormSpec.of(
                    "plan-communication",
                    1,
                    "施工计划告知记录",
                    "Plan communication record",
                    FormSection.of(
                            "告知",
                            "Communication",
                            FieldSpec.singleChoice(
                                            "channel",
                                            "告知方式",
                                            "Channel",
                                            Choice.of("email", "邮件", "Email"),
                                            Choice.of("meeting", "面谈", "Face to face"),
                                            Choice.of("wechat", "微信", "WeChat"))
                                    .asRequired(),
                            FieldSpec.dateTime("communicated-at", "告知时间", "When")
                                    .asRequired(),
                            FieldSpec.longText("questions", "客户提出的问题", "Customer's questions")
                                    .max(2000),
                            FieldSpec.customerConfirmation(
                                            "acknowledged", "客户已知晓施工步骤与时间节点", "Customer acknowledges steps and dates")
                                    .asRequired())),
            FormSpec.of(
                    "weekly-progress",
                    1,
                    "每周进度汇报",
                    "Weekly progress report",
                    FormSection.of(
                            "本周",
                            "This week",
                            FieldSpec.date("week-of", "汇报周（周一）", "Week of (Monday)")
                                    .asRequired(),
                            FieldSpec.number("percent-complete", "累计完成", "Complete", "%")
                                    .asRequired()
                                    .min(0)
                                    .max(100),
                            FieldSpec.longText("done", "本周完成内容", "Done this week")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.longText("next", "下周计划", "Plan for next week")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.longText("problems", "存在问题及解决方案", "Problems and solutions")
                                    .max(2000),
                            FieldSpec.attachment("photos", "现场照片", "Site photos"))),
            FormSpec.of(
                    "customer-feedback",
                    1,
                    "客户反馈问卷",
                    "Customer feedback",
                    FormSection.of(
                            "评价",
                            "Rating",
                            OVERALL_SATISFACTION,
                            FieldSpec.singleChoice(
                                            "method",
                                            "反馈方式",
                                            "How collected",
                                            Choice.of("questionnaire", "问卷", "Questionnaire"),
                                            Choice.of("interview", "访谈", "Interview"),
                                            Choice.of("phone", "电话", "Phone"))
                                    .asRequired(),
                            FieldSpec.longText("comments", "意见与建议", "Comments and suggestions")
                                    .max(2000))));

    private static final List<ChecklistTemplate> CHECKLISTS = List.of(
            ChecklistTemplate.of(
                    "safety-environment-briefing",
                    1,
                    "安全与环保说明检查表",
                    "Safety and environmental briefing",
                    ChecklistItem.of(
                            "scaffold-inspection",
                            PROJECT_MANAGER,
                            "脚手架/吊篮已验收挂牌，安全绳独立锚固",
                            "Scaffold/gondola inspected and tagged; lifelines anchored independently"),
                    ChecklistItem.of(
                            "fall-protection",
                            PROJECT_MANAGER,
                            "高处作业人员持证上岗，安全带、安全帽齐全",
                            "Workers at height certified, harnesses and helmets issued"),
                    ChecklistItem.of(
                                    "exclusion-zone",
                                    PROJECT_MANAGER,
                                    "作业区下方设置警戒区和安全通道，告知住户/行人",
                                    "Exclusion zone and covered walkway below, residents told")
                            .withPhoto(),
                    ChecklistItem.of(
                                    "protection",
                                    PROJECT_MANAGER,
                                    "门窗、空调外机、地面及车辆已遮蔽保护",
                                    "Windows, AC units, ground and cars covered")
                            .withPhoto(),
                    ChecklistItem.of(
                            "voc",
                            QA,
                            "涂料 VOC 含量符合 GB 24408，提供检测报告",
                            "Coating VOC meets GB 24408, test report provided"),
                    ChecklistItem.of(
                            "waste",
                            PROJECT_MANAGER,
                            "废漆桶、清洗废水集中收集，不排入雨水管",
                            "Empty cans and wash water collected, not into storm drains"),
                    ChecklistItem.of(
                            "weather",
                            PROJECT_MANAGER,
                            "说明雨天、5℃以下、大风（≥5 级）停工规定",
                            "Stop rules explained: rain, below 5 °C, wind force 5+"),
                    ChecklistItem.of(
                            "hours-noise",
                            CUSTOMER,
                            "客户知晓作业时间与噪音、气味影响",
                            "Customer aware of working hours, noise and odour")),
            ChecklistTemplate.of(
                    "stage-acceptance",
                    1,
                    "阶段性验收表",
                    "Stage acceptance",
                    ChecklistItem.of("substrate-dry", QA, "基层含水率 ≤10%，pH ≤10", "Substrate moisture ≤10%, pH ≤10"),
                    ChecklistItem.of(
                                    "cracks-repaired",
                                    QA,
                                    "裂缝、空鼓已切割修补，修补处平整",
                                    "Cracks and hollow spots cut out and repaired flush")
                            .withPhoto(),
                    ChecklistItem.of(
                            "putty-flat", QA, "腻子层平整，2 m 靠尺偏差 ≤4 mm", "Putty flat: ≤4 mm under a 2 m straightedge"),
                    ChecklistItem.of("primer-coverage", QA, "封闭底漆满涂无漏刷", "Sealer primer applied everywhere, no misses"),
                    ChecklistItem.of(
                            "coat-thickness", QA, "涂层厚度抽检达到设计要求", "Coat thickness spot-checked against design"),
                    ChecklistItem.of(
                                    "colour-match",
                                    CUSTOMER,
                                    "大面颜色与确认样板一致",
                                    "Colour on the wall matches the approved sample")
                            .withPhoto(),
                    ChecklistItem.of(
                            "joints-lines", QA, "分格缝、阴阳角顺直，无污染", "Joint lines and corners straight and clean")),
            ChecklistTemplate.of(
                    "completion-acceptance",
                    1,
                    "竣工验收表",
                    "Completion acceptance",
                    ChecklistItem.of(
                                    "uniform-colour",
                                    QA,
                                    "颜色均匀一致，无色差、无明显刷纹",
                                    "Even colour, no shading, no visible brush marks")
                            .withPhoto(),
                    ChecklistItem.of(
                            "no-defects",
                            QA,
                            "无流坠、起皮、开裂、漏底、泛碱",
                            "No runs, peeling, cracks, show-through or efflorescence"),
                    ChecklistItem.of("adhesion", QA, "附着力划格试验合格", "Cross-cut adhesion test passed"),
                    ChecklistItem.of("edges-clean", QA, "门窗框、线条、五金无涂料污染", "Frames, trims and fittings free of paint"),
                    ChecklistItem.of(
                            "site-clean",
                            PROJECT_MANAGER,
                            "脚手架拆除，场地清理完毕，保护膜已撤除",
                            "Scaffold removed, site cleaned, masking removed"),
                    ChecklistItem.of(
                            "customer-walkround",
                            CUSTOMER,
                            "客户现场巡查，整改项已闭合",
                            "Customer walk-round done, snag items closed")),
            ChecklistTemplate.of(
                    "after-sales-handover",
                    1,
                    "售后服务说明清单",
                    "After-sales handover",
                    ChecklistItem.of(
                            "warranty-explained",
                            PROJECT_MANAGER,
                            "说明质保期限与范围（涂层起皮、开裂、褪色）",
                            "Warranty term and scope explained (peeling, cracking, fading)"),
                    ChecklistItem.of(
                            "warranty-card", PROJECT_MANAGER, "已交付质保书/保修卡", "Warranty certificate handed over"),
                    ChecklistItem.of(
                            "maintenance-advice",
                            PROJECT_MANAGER,
                            "告知清洁与维护方法（勿用强酸碱清洗）",
                            "Cleaning and care explained (no strong acids or alkalis)"),
                    ChecklistItem.of(
                            "leftover-paint",
                            PROJECT_MANAGER,
                            "同批号剩余涂料留存客户用于修补",
                            "Leftover paint of the same batch left for touch-ups"),
                    ChecklistItem.of(
                            "service-contact",
                            CUSTOMER,
                            "客户已知悉报修电话与响应时限",
                            "Customer knows the service number and response times")));

    @Override
    public String id() {
        return "exterior-painting";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("外墙涂料施工", "Exterior-wall painting");
    }

    @Override
    public List<StageDefinition> stages() {
        return STAGES;
    }

    @Override
    public String iconName() {
        return "vaadin:paintbrush";
    }

    /** The procedure's plan: the plan told before work, a weekly report during works, a meeting per acceptance. */
    @Override
    public List<PlanLine> communicationPlan() {
        return List.of(
                PlanLine.of(
                        "plan-briefing",
                        "施工前告知施工计划",
                        "Construction plan communicated before work",
                        "施工时间、流程、注意事项及安全与环保措施",
                        "Schedule, sequence, precautions, safety and environmental measures",
                        List.of(PlanLine.CUSTOMER, "AGENT"),
                        PlanLine.HeldBy.MEETING,
                        null,
                        PlanLine.Rhythm.onEntering("plan-communication", 3),
                        "PROJECT_MANAGER",
                        true),
                PlanLine.of(
                        "weekly-report",
                        "每周进度汇报",
                        "Weekly progress report",
                        "已完成的工作、当前工作、下周计划及需客户配合事项",
                        "Work done, work in progress, next week's plan and what the customer must do",
                        List.of(PlanLine.CUSTOMER),
                        PlanLine.HeldBy.WEEKLY_REPORT,
                        null,
                        PlanLine.Rhythm.every(1, "construction"),
                        "PROJECT_MANAGER",
                        false),
                PlanLine.of(
                        "acceptance-meeting",
                        "阶段性验收沟通会",
                        "Stage acceptance meeting",
                        "与客户现场核对已完成部分，记录意见与整改要求",
                        "Walk the finished part with the customer; record remarks and rework",
                        List.of(PlanLine.CUSTOMER, "PROJECT_MANAGER"),
                        PlanLine.HeldBy.MEETING,
                        null,
                        PlanLine.Rhythm.onEntering("stage-acceptance", 5),
                        "PROJECT_MANAGER",
                        true),
                PlanLine.of(
                        "completion-call",
                        "竣工后电话回访",
                        "Call after completion",
                        "确认客户对竣工结果满意，说明售后服务与保修",
                        "Confirm the customer is satisfied; explain after-sales service and warranty",
                        List.of(PlanLine.CUSTOMER),
                        PlanLine.HeldBy.LOG_ENTRY,
                        "PHONE",
                        PlanLine.Rhythm.onCompletion(3),
                        "AGENT",
                        false));
    }

    @Override
    public List<String> expectedRoles() {
        return List.of("AGENT", "PROJECT_MANAGER", "MANAGER");
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
        return List.of(PauseReason.of("waiting-weather", "等待适宜施工天气", "Waiting for suitable painting weather"));
    }

    @Override
    public List<IssueCategory> issueCategories() {
        return List.of(
                IssueCategory.of("colour-difference", "色差", "Colour difference"),
                IssueCategory.of("coating-defect", "涂层起皮/开裂", "Peeling or cracking coating"),
                IssueCategory.of("paint-contamination", "涂料污染（门窗、车辆）", "Paint on windows or cars"),
                IssueCategory.of("scaffold-disturbance", "脚手架/吊篮扰民", "Scaffold or gondola disturbance"));
    }

    @Override
    public List<ResponseTimeDefault> responseTimeDefaults() {
        List<ResponseTimeDefault> rules = new ArrayList<>(ResponseTimeDefault.standardComplaintRules());
        rules.add(ResponseTimeDefault.calendar(
                IssueType.REPAIR_REQUEST, Urgency.URGENT, Duration.ofHours(4), Duration.ofDays(2)));
        rules.add(ResponseTimeDefault.calendar(IssueType.ENQUIRY, null, Duration.ofHours(24), null));
        return rules;
    }

    @Override
    public List<FollowUpSchedule> followUpSchedules() {
        return List.of(
                FollowUpSchedule.of(
                        "after-completion",
                        "竣工后回访",
                        "Return visits after completion",
                        FollowUpSchedule.Trigger.PROJECT_COMPLETED,
                        Period.ofMonths(1),
                        Period.ofMonths(12)),
                FollowUpSchedule.of(
                        "complaint-revisit",
                        "投诉回访",
                        "Complaint revisit",
                        FollowUpSchedule.Trigger.COMPLAINT_CLOSED,
                        Period.ofDays(3)));
    }

    /** The coating as contracted (peeling, cracking, fading: three years) and the wall's waterproofing five. */
    @Override
    public List<WarrantyTerm> warrantyTerms() {
        return List.of(
                WarrantyTerm.of("coating", "涂层", "Coating", Period.ofYears(3)),
                WarrantyTerm.of("waterproofing", "外墙防水", "Wall waterproofing", Period.ofYears(5)));
    }

    @Override
    public List<SurveyTemplate> surveys() {
        return List.of(new SurveyTemplate(
                "completion-survey",
                1,
                LocalizedText.of("竣工满意度调查", "Completion satisfaction survey"),
                List.of(
                        OVERALL_SATISFACTION,
                        FieldSpec.singleChoice(
                                        "communication",
                                        "沟通及时性",
                                        "Timely communication",
                                        Choice.of("good", "及时", "Timely"),
                                        Choice.of("ok", "基本及时", "Mostly timely"),
                                        Choice.of("poor", "不及时", "Not timely"))
                                .asRequired()),
                1.0,
                0.5,
                LocalizedText.of("所有竣工项目的客户", "Customers of every completed project")));
    }

    @Override
    public List<FieldProblem> validate(String formId, Map<String, Object> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        if (("requirement".equals(formId) || "construction-plan".equals(formId))
                && answers.get("start") instanceof LocalDate start
                && answers.get("finish") instanceof LocalDate finish
                && finish.isBefore(start)) {
            problems.add(FieldProblem.of("finish", "完工日期不能早于开工日期", "The finish cannot be before the start"));
        }
        return problems;
    }

    @Override
    public Map<String, Object> derive(String formId, Map<String, Object> answers) {
        if ("requirement".equals(formId) && answers.get("area") instanceof BigDecimal area) {
            return Map.of(
                    "paint-quantity", area.multiply(LITRES_PER_SQUARE_METRE).setScale(1, RoundingMode.HALF_UP));
        }
        return Map.of();
    }
}
