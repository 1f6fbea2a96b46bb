package com.siteline.variant.homedecoration;

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
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** Home decoration (renovation) projects (seed 002: 家装项目客户服务流程标准化). */
@Extension
public class HomeDecorationVariant implements BusinessVariant {

    private static final List<StageDefinition> STAGES = List.of(
            StageDefinition.of("consultation", "咨询接待", "Consultation").withForm("consultation"),
            StageDefinition.of("requirement-research", "需求调研", "Requirement research")
                    .withForm("requirement-questionnaire"),
            StageDefinition.of("preliminary-design", "初步方案与报价", "Preliminary design and quote")
                    .withForm("preliminary-quote"),
            StageDefinition.of("design-deepening", "深化设计", "Design deepening").withChecklist("design-internal-review"),
            StageDefinition.of("design-confirmation", "方案确认与交底", "Design confirmation and walkthrough")
                    .withForm("design-confirmation")
                    .withSignOff(),
            StageDefinition.of("contract", "合同签订", "Contract signing").withForm("contract"),
            StageDefinition.of("preparation", "施工准备与材料确认", "Crew and material preparation")
                    .withForm("material-confirmation"),
            StageDefinition.of("site-handover", "进场交底", "Site handover")
                    .withChecklist("site-handover")
                    .withSignOff(),
            StageDefinition.of("construction", "施工与巡检", "Construction and inspections")
                    .withOptionalForm("weekly-progress")
                    .withOptionalForm("change-request"),
            StageDefinition.of("node-inspections", "节点验收", "Node inspections")
                    .withChecklist("plumbing-electrical")
                    .withChecklist("waterproofing")
                    .withChecklist("tiling")
                    .withChecklist("carpentry")
                    .withOptionalForm("change-request")
                    .withSignOff(),
            StageDefinition.of("self-check", "自检与保洁", "Self-check and cleaning").withChecklist("self-check-cleaning"),
            StageDefinition.of("completion-acceptance", "竣工验收与资料移交", "Completion acceptance and document handover")
                    .withChecklist("completion-acceptance")
                    .withChecklist("document-handover")
                    .withSignOff(),
            StageDefinition.of("warranty", "保修服务", "Warranty service").withForm("warranty-registration"),
            StageDefinition.of("return-visits", "回访", "Return visits").withForm("return-visit"));

    private static final Choice[] STYLES = {
        Choice.of("modern", "现代简约", "Modern minimal"), Choice.of("new-chinese", "新中式", "New Chinese"),
        Choice.of("nordic", "北欧", "Nordic"), Choice.of("light-luxury", "轻奢", "Light luxury"),
        Choice.of("japanese", "日式原木", "Japanese wood"), Choice.of("american", "美式", "American"),
        Choice.of("industrial", "工业风", "Industrial")
    };

    static final FieldSpec SATISFACTION =
            FieldSpec.satisfaction("satisfaction", "满意度", "Satisfaction").asRequired();

    private static final List<FormSpec> FORMS = List.of(
            FormSpec.of(
                    "consultation",
                    1,
                    "咨询接待记录",
                    "Consultation record",
                    FormSection.of(
                            "咨询",
                            "Enquiry",
                            FieldSpec.dateTime("received-at", "咨询时间", "Received at")
                                    .asRequired(),
                            FieldSpec.singleChoice(
                                            "channel",
                                            "咨询渠道",
                                            "Channel",
                                            Choice.of("store", "门店", "Showroom"),
                                            Choice.of("phone", "电话", "Phone"),
                                            Choice.of("wechat", "微信", "WeChat"),
                                            Choice.of("online", "线上平台", "Online platform"),
                                            Choice.of("referral", "老客户介绍", "Referral"))
                                    .asRequired(),
                            FieldSpec.shortText("community", "小区/楼盘", "Residential compound")
                                    .asRequired()
                                    .max(100),
                            FieldSpec.number("floor-area", "建筑面积", "Floor area", "m²")
                                    .asRequired()
                                    .min(10)
                                    .max(2000),
                            FieldSpec.singleChoice(
                                            "house-kind",
                                            "房屋类型",
                                            "Home",
                                            Choice.of("new", "新房毛坯", "New, bare shell"),
                                            Choice.of("second-hand", "二手房翻新", "Second-hand renovation"),
                                            Choice.of("partial", "局部改造", "Partial remodel"))
                                    .asRequired(),
                            FieldSpec.dateTime("design-appointment", "量房/方案约定时间", "Measuring appointment"))),
            FormSpec.of(
                    "requirement-questionnaire",
                    1,
                    "需求调研表",
                    "Requirement questionnaire",
                    FormSection.of(
                            "家庭成员",
                            "Household",
                            FieldSpec.number("adults", "成人", "Adults", "人")
                                    .asRequired()
                                    .min(1)
                                    .max(20),
                            FieldSpec.number("children", "儿童", "Children", "人")
                                    .asRequired()
                                    .min(0)
                                    .max(20),
                            FieldSpec.number("elderly", "老人", "Elderly", "人")
                                    .asRequired()
                                    .min(0)
                                    .max(20),
                            FieldSpec.yesNo("pets", "饲养宠物", "Pets").asRequired()),
                    FormSection.of(
                            "生活习惯",
                            "Habits",
                            FieldSpec.singleChoice(
                                            "cooking",
                                            "烹饪习惯",
                                            "Cooking",
                                            Choice.of("heavy", "中式爆炒为主", "Heavy Chinese stir-fry"),
                                            Choice.of("light", "轻烹饪", "Light cooking"),
                                            Choice.of("rare", "很少做饭", "Rarely cook"))
                                    .asRequired(),
                            FieldSpec.yesNo("work-from-home", "需要居家办公", "Works from home")
                                    .asRequired(),
                            FieldSpec.longText("habits", "其他生活习惯（作息、收纳、洗浴）", "Other habits (hours, storage, bathing)")
                                    .max(1000)),
                    FormSection.of(
                            "风格与功能",
                            "Style and functions",
                            FieldSpec.singleChoice("style", "喜欢的风格", "Preferred style", STYLES)
                                    .asRequired(),
                            FieldSpec.multipleChoice(
                                            "functions",
                                            "功能需求",
                                            "Functional needs",
                                            Choice.of("storage", "大量收纳", "Lots of storage"),
                                            Choice.of("study", "书房", "Study"),
                                            Choice.of("open-kitchen", "开放式厨房", "Open kitchen"),
                                            Choice.of("floor-heating", "地暖", "Floor heating"),
                                            Choice.of("central-ac", "中央空调", "Central air conditioning"),
                                            Choice.of("smart-home", "智能家居", "Smart home"),
                                            Choice.of("barrier-free", "适老/无障碍", "Barrier-free"),
                                            Choice.of("water-purifier", "净水系统", "Water purification"))
                                    .asRequired()),
                    FormSection.of(
                            "预算与关注点",
                            "Budget and concerns",
                            FieldSpec.money("budget-min", "预算下限", "Budget from").asRequired(),
                            FieldSpec.money("budget-max", "预算上限", "Budget up to")
                                    .asRequired(),
                            FieldSpec.date("move-in", "期望入住日期", "Wanted move-in date"),
                            FieldSpec.longText(
                                            "concerns",
                                            "特别关注点（环保、工期、隔音……）",
                                            "Special concerns (emissions, schedule, noise ...)")
                                    .max(1000))),
            FormSpec.of(
                    "preliminary-quote",
                    1,
                    "初步方案与报价",
                    "Preliminary design and quote",
                    FormSection.of(
                            "方案",
                            "Design",
                            FieldSpec.shortText("designer", "设计师", "Designer")
                                    .asRequired()
                                    .max(40),
                            FieldSpec.attachment("floor-plan", "平面布置图", "Floor plan")
                                    .asRequired(),
                            FieldSpec.longText("concept", "设计思路与空间规划", "Concept and space planning")
                                    .asRequired()
                                    .max(2000)),
                    FormSection.of(
                            "报价结构",
                            "Quote structure",
                            FieldSpec.money("base-works", "基础工程（拆改、水电、泥木油）", "Base works")
                                    .asRequired(),
                            FieldSpec.money("main-materials", "主材（瓷砖、地板、橱柜、卫浴）", "Main materials")
                                    .asRequired(),
                            FieldSpec.money("management-fee", "管理费", "Management fee")
                                    .asRequired(),
                            FieldSpec.money("design-fee", "设计费", "Design fee").asRequired(),
                            FieldSpec.money("total", "报价合计（自动计算）", "Total (derived)")
                                    .help("保存时由各项相加", "Sum of the parts, computed on save"),
                            FieldSpec.yesNo(
                                            "structure-explained",
                                            "已向客户逐项说明报价构成",
                                            "Quote structure explained item by item")
                                    .mustBeYes(
                                            "须先向客户逐项说明报价构成", "Explain the quote to the customer item by item first"))),
            FormSpec.of(
                    "design-confirmation",
                    1,
                    "方案确认与交底",
                    "Design confirmation",
                    FormSection.of(
                            "确认",
                            "Confirmation",
                            FieldSpec.attachment("construction-drawings", "施工图", "Construction drawings")
                                    .asRequired(),
                            FieldSpec.attachment("soft-furnishing", "软装搭配方案", "Soft furnishing plan"),
                            FieldSpec.longText("walkthrough-notes", "交底说明（材料、工艺、效果）", "Walkthrough notes")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.customerConfirmation(
                                            "confirmed", "客户书面确认设计方案", "Customer confirms the design in writing")
                                    .asRequired())),
            FormSpec.of(
                    "contract",
                    1,
                    "合同签订",
                    "Contract",
                    FormSection.of(
                            "合同",
                            "Contract",
                            FieldSpec.shortText("contract-no", "合同编号", "Contract number")
                                    .asRequired()
                                    .pattern("[A-Z0-9-]{4,30}")
                                    .help("大写字母、数字和横线，4–30 位", "Capitals, digits and dashes, 4-30 characters"),
                            FieldSpec.date("signed-on", "签订日期", "Signed on").asRequired(),
                            FieldSpec.money("contract-value", "合同金额", "Contract value")
                                    .asRequired()
                                    .min(1),
                            FieldSpec.number("duration-days", "合同工期", "Duration", "天")
                                    .asRequired()
                                    .min(1)
                                    .max(730),
                            FieldSpec.singleChoice(
                                            "payment",
                                            "付款方式",
                                            "Payment schedule",
                                            Choice.of("3-stage", "三期（开工/中期/竣工）", "Three stages"),
                                            Choice.of("4-stage", "四期（开工/水电/木工/竣工）", "Four stages"))
                                    .asRequired(),
                            FieldSpec.yesNo(
                                            "clauses-explained",
                                            "已逐条解释合同条款（质量标准、验收、违约、保修）",
                                            "Clauses explained one by one")
                                    .mustBeYes("签约前须逐条解释合同条款", "Explain every clause before the contract is signed"),
                            FieldSpec.attachment("signed-copy", "签字合同扫描件", "Signed contract scan")
                                    .asRequired())),
            FormSpec.of(
                    "material-confirmation",
                    1,
                    "材料进场前确认单",
                    "Material confirmation before delivery",
                    FormSection.of(
                            "材料",
                            "Materials",
                            FieldSpec.longText("materials", "材料清单（品牌、型号、规格、数量）", "List (brand, model, size, quantity)")
                                    .asRequired()
                                    .max(4000),
                            FieldSpec.date("delivery-date", "进场日期", "Delivery date")
                                    .asRequired(),
                            FieldSpec.shortText("crew-leader", "施工队长", "Crew leader")
                                    .asRequired()
                                    .max(40),
                            FieldSpec.customerConfirmation(
                                            "customer-confirmed", "客户确认材料品牌规格", "Customer confirms brands and specs")
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
                            FieldSpec.longText("done", "本周完成", "Done")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.longText("next", "下周计划", "Next week")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.yesNo("patrolled", "项目经理每日巡查已完成", "PM daily patrols done")
                                    .asRequired(),
                            FieldSpec.attachment("photos", "现场照片", "Photos"))),
            FormSpec.of(
                    "change-request",
                    1,
                    "变更申请单",
                    "Change request",
                    FormSection.of(
                            "变更",
                            "Change",
                            FieldSpec.shortText("change-no", "变更单号", "Change number")
                                    .asRequired()
                                    .max(30),
                            FieldSpec.singleChoice(
                                            "requested-by",
                                            "提出方",
                                            "Requested by",
                                            Choice.of("customer", "客户", "Customer"),
                                            Choice.of("designer", "设计师", "Designer"),
                                            Choice.of("site", "现场条件", "Site conditions"))
                                    .asRequired(),
                            FieldSpec.longText("description", "变更内容", "What changes")
                                    .asRequired()
                                    .max(2000),
                            FieldSpec.money("cost-impact", "费用增减（减项填负数）", "Cost impact (negative for savings)")
                                    .asRequired(),
                            FieldSpec.number("days-impact", "工期影响", "Schedule impact", "天")
                                    .asRequired()
                                    .min(-60)
                                    .max(120),
                            FieldSpec.yesNo("reviewed", "设计师/项目经理已审核", "Reviewed by designer / PM")
                                    .asRequired(),
                            FieldSpec.customerConfirmation(
                                            "customer-signed",
                                            "客户书面确认（作为合同附件，不接受口头承诺）",
                                            "Customer signs (attached to the contract; no verbal promises)")
                                    .asRequired())),
            FormSpec.of(
                    "living-visit",
                    1,
                    "入住体验回访",
                    "How the home is living",
                    FormSection.of(
                            "回访",
                            "Return visit",
                            FieldSpec.yesNo(
                                            "walls-floors",
                                            "墙地面有无开裂、空鼓、起皮",
                                            "Cracks, hollows or peeling in walls or floors?")
                                    .asRequired(),
                            FieldSpec.yesNo("water-power", "水电、排水有无异常", "Anything wrong with water, power or drains?")
                                    .asRequired(),
                            FieldSpec.yesNo(
                                    "doors-cabinets", "门窗、柜体有无变形或异响", "Doors, windows or cabinets warped or noisy?"),
                            FieldSpec.singleChoice(
                                    "air",
                                    "室内空气/异味",
                                    "Indoor air",
                                    Choice.of("fine", "无异味", "Fine"),
                                    Choice.of("some", "略有异味", "Some smell"),
                                    Choice.of("strong", "异味明显", "Strong smell")),
                            FieldSpec.longText("feedback", "业主反馈", "Owner's feedback")
                                    .max(1000))),
            FormSpec.of(
                    "warranty-registration",
                    1,
                    "保修登记",
                    "Warranty registration",
                    FormSection.of(
                            "保修",
                            "Warranty",
                            FieldSpec.date("starts-on", "保修起始日", "Warranty starts")
                                    .asRequired(),
                            FieldSpec.number("basic-years", "基础装修保修", "Basic works warranty", "年")
                                    .asRequired()
                                    .min(2)
                                    .max(10),
                            FieldSpec.number("waterproof-years", "防水保修", "Waterproofing warranty", "年")
                                    .asRequired()
                                    .min(5)
                                    .max(20),
                            FieldSpec.number("response-hours", "报修响应时限", "Response time", "小时")
                                    .asRequired()
                                    .min(1)
                                    .max(72),
                            FieldSpec.number("onsite-hours", "上门时限", "On-site time", "小时")
                                    .asRequired()
                                    .min(1)
                                    .max(168))),
            FormSpec.of(
                    "return-visit",
                    1,
                    "回访记录",
                    "Return visit record",
                    FormSection.of(
                            "回访",
                            "Visit",
                            FieldSpec.singleChoice(
                                            "visit",
                                            "回访节点",
                                            "Visit",
                                            Choice.of("m1", "竣工后 1 个月", "1 month"),
                                            Choice.of("m3", "竣工后 3 个月", "3 months"),
                                            Choice.of("m6", "竣工后 6 个月", "6 months"),
                                            Choice.of("m12", "竣工后 12 个月", "12 months"))
                                    .asRequired(),
                            FieldSpec.singleChoice(
                                            "method",
                                            "回访方式",
                                            "Method",
                                            Choice.of("phone", "电话", "Phone"),
                                            Choice.of("visit", "上门", "Home visit"))
                                    .asRequired(),
                            SATISFACTION,
                            FieldSpec.longText("problems", "客户反映的问题", "Problems raised")
                                    .max(2000),
                            FieldSpec.yesNo("repair-needed", "需安排维修", "Repair needed")
                                    .asRequired())));

    private static final List<ChecklistTemplate> CHECKLISTS = List.of(
            ChecklistTemplate.of(
                    "design-internal-review",
                    1,
                    "深化设计内部评审",
                    "Internal design review",
                    ChecklistItem.of("concept", QA, "概念设计与需求调研表一致", "Concept matches the questionnaire"),
                    ChecklistItem.of("layout", QA, "平面布局满足动线与收纳需求", "Layout meets circulation and storage needs"),
                    ChecklistItem.of(
                            "structure", QA, "拆改不涉及承重墙、剪力墙及外立面", "No load-bearing, shear or facade walls removed"),
                    ChecklistItem.of(
                            "mep-points", QA, "水电点位图完整（插座、开关、给排水）", "Complete plumbing and electrical point plan"),
                    ChecklistItem.of("soft-furnishing", QA, "软装搭配与硬装风格协调", "Soft furnishing fits the fit-out style"),
                    ChecklistItem.of("budget-check", QA, "深化方案在客户预算范围内", "Detailed design within the budget")),
            ChecklistTemplate.of(
                    "site-handover",
                    1,
                    "三方进场交底记录",
                    "Three-party site handover",
                    ChecklistItem.of(
                            "measurements",
                            PROJECT_MANAGER,
                            "现场尺寸与图纸复核一致，偏差已记录",
                            "Site measurements checked against drawings, deviations recorded"),
                    ChecklistItem.of(
                                    "original-condition",
                                    PROJECT_MANAGER,
                                    "原始房屋状况拍照存档（墙面裂缝、渗漏、门窗）",
                                    "Existing condition photographed (cracks, leaks, windows)")
                            .withPhoto(),
                    ChecklistItem.of(
                            "mep-points",
                            PROJECT_MANAGER,
                            "水电点位逐一现场标注",
                            "Plumbing and electrical points marked on site"),
                    ChecklistItem.of("details", PROJECT_MANAGER, "造型、节点做法交底清楚", "Details and junctions explained"),
                    ChecklistItem.of(
                            "materials-process", PROJECT_MANAGER, "材料使用与工艺要求交底", "Materials and workmanship explained"),
                    ChecklistItem.of(
                            "protection",
                            PROJECT_MANAGER,
                            "成品保护范围（门、窗、地漏、电梯）明确",
                            "Protection scope agreed (doors, windows, drains, lift)"),
                    ChecklistItem.of(
                            "property-permit",
                            PROJECT_MANAGER,
                            "物业装修许可证已办理",
                            "Management office renovation permit obtained"),
                    ChecklistItem.of("designer-signed", QA, "设计师签字", "Designer signed"),
                    ChecklistItem.of("foreman-signed", PROJECT_MANAGER, "施工队长签字", "Foreman signed"),
                    ChecklistItem.of("customer-signed", CUSTOMER, "客户签字", "Customer signed")),
            ChecklistTemplate.of(
                    "plumbing-electrical",
                    1,
                    "水电验收",
                    "Plumbing and electrical inspection",
                    ChecklistItem.of(
                                    "pressure-test",
                                    QA,
                                    "给水管打压试验：试验压力 ≥0.8 MPa（工作压力 1.5 倍），30 分钟压降 ≤0.05 MPa",
                                    "Supply pressure test ≥0.8 MPa, drop ≤0.05 MPa in 30 min")
                            .withPhoto(),
                    ChecklistItem.of("hot-left", QA, "冷热水管左热右冷，间距 ≥150 mm", "Hot left, cold right, ≥150 mm apart"),
                    ChecklistItem.of("drain-flow", QA, "排水管通水试验畅通，无渗漏", "Drains flow-tested, no leaks"),
                    ChecklistItem.of(
                            "wire-sizes",
                            QA,
                            "线径符合设计：照明 2.5 mm²、插座 4 mm²、空调 4–6 mm²",
                            "Cable sizes per design: lighting 2.5, sockets 4, AC 4-6 mm²"),
                    ChecklistItem.of(
                            "conduit",
                            QA,
                            "强弱电分管敷设，间距 ≥300 mm，线管内无接头",
                            "Power and data in separate conduits ≥300 mm apart, no joints inside"),
                    ChecklistItem.of("insulation", QA, "绝缘电阻测试 ≥0.5 MΩ", "Insulation resistance ≥0.5 MΩ"),
                    ChecklistItem.of("rcd", QA, "漏电保护器动作测试合格", "RCD trip test passed"),
                    ChecklistItem.of(
                                    "as-built-photos",
                                    PROJECT_MANAGER,
                                    "隐蔽管线走向拍照/绘图存档",
                                    "Concealed runs photographed and drawn")
                            .withPhoto(),
                    ChecklistItem.of("customer-witness", CUSTOMER, "客户到场确认", "Customer witnessed")),
            ChecklistTemplate.of(
                    "waterproofing",
                    1,
                    "防水验收",
                    "Waterproofing inspection",
                    ChecklistItem.of(
                            "substrate", QA, "基层平整、干净、无明水，阴阳角做圆弧", "Substrate flat, clean, dry; corners coved"),
                    ChecklistItem.of(
                                    "penetrations",
                                    QA,
                                    "管根、地漏等穿楼板部位附加层密封",
                                    "Pipe penetrations and drains sealed with a reinforcing layer")
                            .withPhoto(),
                    ChecklistItem.of(
                            "wall-upturn",
                            QA,
                            "墙面上翻高度：淋浴区 ≥1800 mm，其他 ≥300 mm",
                            "Up-turn: shower ≥1800 mm, elsewhere ≥300 mm"),
                    ChecklistItem.of("thickness", QA, "涂膜厚度 ≥1.5 mm，无漏涂、起鼓", "Membrane ≥1.5 mm, no gaps or blisters"),
                    ChecklistItem.of(
                                    "ponding-24h",
                                    QA,
                                    "首次闭水试验 24 小时，蓄水深度 ≥20 mm，楼下无渗漏",
                                    "First ponding test 24 h, ≥20 mm deep, no leak below")
                            .withPhoto(),
                    ChecklistItem.of(
                            "ponding-48h", QA, "贴砖后第二次闭水试验 48 小时无渗漏", "Second ponding test 48 h after tiling, no leak"),
                    ChecklistItem.of("threshold", QA, "门槛石下挡水坎防水闭合", "Water stop under the threshold closed"),
                    ChecklistItem.of(
                            "customer-witness",
                            CUSTOMER,
                            "客户查看楼下/邻墙无渗漏并签字",
                            "Customer checked below and neighbouring walls, signed")),
            ChecklistTemplate.of(
                    "tiling",
                    1,
                    "泥工验收",
                    "Tiling inspection",
                    ChecklistItem.of("hollow", QA, "空鼓率：墙砖单块空鼓 ≤5%，总数 ≤5%", "Hollow tiles ≤5% per tile and overall"),
                    ChecklistItem.of("flatness", QA, "表面平整度 ≤2 mm（2 m 靠尺）", "Flatness ≤2 mm under a 2 m straightedge"),
                    ChecklistItem.of("joints", QA, "缝格平直，接缝高低差 ≤0.5 mm", "Straight joints, lippage ≤0.5 mm"),
                    ChecklistItem.of(
                            "falls",
                            QA,
                            "卫生间、阳台地面坡向地漏，无积水",
                            "Bathroom and balcony floors fall to the drain, no ponding"),
                    ChecklistItem.of(
                            "cut-edges", QA, "阳角 45° 拼接或收边条，切口整齐", "External corners mitred or trimmed, clean cuts"),
                    ChecklistItem.of("grout", QA, "美缝/填缝饱满无污染", "Grout full and clean"),
                    ChecklistItem.of(
                            "customer-check",
                            CUSTOMER,
                            "客户确认砖型、排版与设计一致",
                            "Customer confirms tiles and layout match the design")),
            ChecklistTemplate.of(
                    "carpentry",
                    1,
                    "木工验收",
                    "Carpentry inspection",
                    ChecklistItem.of(
                            "ceiling-frame", QA, "吊顶龙骨间距 ≤400 mm，吊杆牢固", "Ceiling joists ≤400 mm apart, hangers secure"),
                    ChecklistItem.of(
                            "ceiling-flat",
                            QA,
                            "吊顶平整度 ≤3 mm，石膏板接缝错开并留缝",
                            "Ceiling flat ≤3 mm, board joints staggered with gaps"),
                    ChecklistItem.of("access-hatch", QA, "检修口位置满足设备检修", "Access hatches where equipment needs service"),
                    ChecklistItem.of(
                            "cabinets", QA, "柜体垂直度 ≤2 mm，门缝均匀，开关顺畅", "Cabinets plumb ≤2 mm, even gaps, smooth doors"),
                    ChecklistItem.of(
                            "boards-emission", QA, "板材环保等级 E0/ENF，合格证齐全", "Boards E0/ENF class with certificates"),
                    ChecklistItem.of("fire-treatment", QA, "木龙骨防火、防腐处理", "Timber framing fire- and rot-treated"),
                    ChecklistItem.of("customer-check", CUSTOMER, "客户确认造型与尺寸", "Customer confirms shapes and sizes")),
            ChecklistTemplate.of(
                    "self-check-cleaning",
                    1,
                    "自检与保洁",
                    "Self-check and cleaning",
                    ChecklistItem.of(
                            "snag-list", PROJECT_MANAGER, "项目经理全屋自检，问题清单已整改", "PM whole-home check done, snags fixed"),
                    ChecklistItem.of(
                            "fixtures-working",
                            PROJECT_MANAGER,
                            "灯具、开关、插座、龙头、马桶全部通电通水测试",
                            "Lights, switches, sockets, taps and toilets tested"),
                    ChecklistItem.of(
                            "doors-windows",
                            PROJECT_MANAGER,
                            "门窗开启顺畅，五金齐全",
                            "Doors and windows work, hardware complete"),
                    ChecklistItem.of(
                                    "cleaning",
                                    PROJECT_MANAGER,
                                    "开荒保洁完成（玻璃、地面、柜内）",
                                    "Builder's clean done (glass, floors, inside cabinets)")
                            .withPhoto(),
                    ChecklistItem.of("waste-removed", PROJECT_MANAGER, "建筑垃圾清运完毕", "Construction waste removed")),
            ChecklistTemplate.of(
                    "completion-acceptance",
                    1,
                    "竣工验收",
                    "Completion acceptance",
                    ChecklistItem.of(
                            "walls-ceilings", QA, "墙顶面平整，无裂缝、无色差", "Walls and ceilings flat, no cracks or shading"),
                    ChecklistItem.of("floors", QA, "地面平整无空鼓，地板无异响", "Floors flat, no hollows, no squeaks"),
                    ChecklistItem.of("wet-areas", QA, "卫生间、厨房排水通畅无渗漏", "Bathroom and kitchen drain freely, no leaks"),
                    ChecklistItem.of("electrical", QA, "全部回路通电，漏保正常", "All circuits live, RCDs working"),
                    ChecklistItem.of(
                            "air-quality",
                            QA,
                            "室内空气检测（甲醛 ≤0.08 mg/m³）报告",
                            "Indoor air test report (formaldehyde ≤0.08 mg/m³)"),
                    ChecklistItem.of(
                            "customer-accepts",
                            CUSTOMER,
                            "客户逐间验收，整改项闭合",
                            "Customer accepted room by room, snags closed")),
            ChecklistTemplate.of(
                    "document-handover",
                    1,
                    "资料移交清单",
                    "Document handover",
                    ChecklistItem.of("as-built-drawings", PROJECT_MANAGER, "竣工图", "As-built drawings"),
                    ChecklistItem.of(
                            "concealed-records",
                            PROJECT_MANAGER,
                            "隐蔽工程记录（水电走向照片、图纸）",
                            "Concealed-work records (routing photos, drawings)"),
                    ChecklistItem.of("manuals", PROJECT_MANAGER, "设备使用说明书", "Equipment manuals"),
                    ChecklistItem.of("warranty-card", PROJECT_MANAGER, "保修卡", "Warranty card"),
                    ChecklistItem.of("material-certificates", PROJECT_MANAGER, "材料合格证明", "Material certificates"),
                    ChecklistItem.of(
                            "usage-briefing", CUSTOMER, "客户已接受设备设施使用指导", "Customer shown how to use equipment")));

    @Override
    public String id() {
        return "home-decoration";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("家装", "Home decoration");
    }

    @Override
    public List<StageDefinition> stages() {
        return STAGES;
    }

    @Override
    public String iconName() {
        return "vaadin:home";
    }

    /**
     * The procedure's plan: design progress every two weeks, the site handover meeting, a weekly report during
     * works, a notice before each node inspection.
     */
    @Override
    public List<PlanLine> communicationPlan() {
        return List.of(
                PlanLine.of(
                        "design-progress",
                        "设计进展沟通",
                        "Design progress update",
                        "主动汇报设计进展，根据客户反馈及时调整",
                        "Report the design's progress and adjust to the customer's feedback",
                        List.of(PlanLine.CUSTOMER, "DESIGNER"),
                        PlanLine.HeldBy.LOG_ENTRY,
                        "WECHAT",
                        PlanLine.Rhythm.every(2, "preliminary-design", "design-deepening"),
                        "DESIGNER",
                        false),
                PlanLine.of(
                        "site-handover",
                        "三方进场交底会",
                        "Site handover meeting",
                        "核对现场尺寸与图纸，明确水电点位、工艺要求及成品保护，各方签字",
                        "Check site against drawings; agree points, workmanship and protection; all sign",
                        List.of(PlanLine.CUSTOMER, "DESIGNER", "PROJECT_MANAGER"),
                        PlanLine.HeldBy.MEETING,
                        null,
                        PlanLine.Rhythm.onEntering("site-handover", 3),
                        "PROJECT_MANAGER",
                        true),
                PlanLine.of(
                        "weekly-report",
                        "每周进度汇报",
                        "Weekly progress report",
                        "施工进展、下周计划及需客户配合事项（微信群或书面）",
                        "Progress, next week's plan and what the customer must do (WeChat group or written)",
                        List.of(PlanLine.CUSTOMER),
                        PlanLine.HeldBy.WEEKLY_REPORT,
                        null,
                        PlanLine.Rhythm.every(1, "construction", "node-inspections"),
                        "PROJECT_MANAGER",
                        false),
                PlanLine.of(
                        "node-inspection-notice",
                        "节点验收通知",
                        "Node inspection notice",
                        "邀请客户参加水电、防水、泥工、木工等节点验收",
                        "Invite the customer to the plumbing, waterproofing, tiling and carpentry inspections",
                        List.of(PlanLine.CUSTOMER),
                        PlanLine.HeldBy.LOG_ENTRY,
                        "PHONE",
                        PlanLine.Rhythm.onEntering("node-inspections", 1),
                        "PROJECT_MANAGER",
                        true),
                PlanLine.of(
                        "node-inspection-record",
                        "节点验收记录发送",
                        "Node inspection record sent",
                        "客户签字确认节点验收后，发送签字的验收记录及整改清单",
                        "After the customer signs the node inspection off, send the signed record and the list of fixes",
                        List.of(PlanLine.CUSTOMER),
                        PlanLine.HeldBy.LOG_ENTRY,
                        "WECHAT",
                        PlanLine.Rhythm.onSigning("node-inspections", 2),
                        "PROJECT_MANAGER",
                        true));
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
        return List.of(
                PauseReason.of("waiting-sign-off", "等待客户签字确认", "Waiting for the customer's sign-off"),
                PauseReason.of("waiting-site-access", "等待客户安排入户", "Waiting for the customer to give site access"));
    }

    @Override
    public List<IssueCategory> issueCategories() {
        return List.of(
                IssueCategory.of("leakage", "渗漏", "Leakage"),
                IssueCategory.of("cracking", "墙面开裂", "Wall cracks"),
                IssueCategory.of("change-order", "变更与增项", "Changes and extras"),
                IssueCategory.of("material-quality", "材料质量", "Material quality"),
                IssueCategory.of("air-quality", "室内空气质量", "Indoor air quality"));
    }

    @Override
    public List<ResponseTimeDefault> responseTimeDefaults() {
        // pre-sales enquiries are answered within 2 hours (seed 002: 咨询接待 with a response-time limit)
        List<ResponseTimeDefault> rules = new ArrayList<>(
                List.of(ResponseTimeDefault.calendar(IssueType.ENQUIRY, null, Duration.ofHours(2), null)));
        rules.addAll(ResponseTimeDefault.standardComplaintRules());
        rules.add(ResponseTimeDefault.calendar(
                IssueType.REPAIR_REQUEST, Urgency.URGENT, Duration.ofHours(2), Duration.ofHours(24)));
        rules.add(ResponseTimeDefault.calendar(
                IssueType.REPAIR_REQUEST, Urgency.NORMAL, Duration.ofHours(24), Duration.ofHours(48)));
        return rules;
    }

    /** The works are completed at the completion acceptance (竣工验收); warranty and return visits follow. */
    @Override
    public String completionStage() {
        return "completion-acceptance";
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
                                Period.ofMonths(3),
                                Period.ofMonths(6),
                                Period.ofMonths(12))
                        .withForm("living-visit"),
                FollowUpSchedule.of(
                        "complaint-revisit",
                        "投诉回访",
                        "Complaint revisit",
                        FollowUpSchedule.Trigger.COMPLAINT_CLOSED,
                        Period.ofDays(3)));
    }

    /** The statutory minimums (建设工程质量管理条例): waterproofing five years, the other works two. */
    @Override
    public List<WarrantyTerm> warrantyTerms() {
        return List.of(
                WarrantyTerm.of("basic", "基础装修", "Basic works", Period.ofYears(2)),
                WarrantyTerm.of("waterproofing", "厨卫防水", "Kitchen and bathroom waterproofing", Period.ofYears(5)),
                WarrantyTerm.of("electrical-plumbing", "水电管线", "Electrical and plumbing", Period.ofYears(2)));
    }

    @Override
    public List<SurveyTemplate> surveys() {
        return List.of(new SurveyTemplate(
                "completion-survey",
                1,
                LocalizedText.of("竣工满意度调查", "Completion survey"),
                List.of(
                        SATISFACTION,
                        FieldSpec.longText("suggestions", "改进建议", "Suggestions").max(2000)),
                1.0,
                0.5,
                LocalizedText.of("所有竣工项目的业主", "Owners of every completed project")));
    }

    @Override
    public List<FieldProblem> validate(String formId, Map<String, Object> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        if ("requirement-questionnaire".equals(formId)
                && answers.get("budget-min") instanceof BigDecimal min
                && answers.get("budget-max") instanceof BigDecimal max
                && max.compareTo(min) < 0) {
            problems.add(FieldProblem.of("budget-max", "预算上限不能低于下限", "The upper budget cannot be below the lower one"));
        }
        return problems;
    }

    @Override
    public Map<String, Object> derive(String formId, Map<String, Object> answers) {
        if ("preliminary-quote".equals(formId)) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String part : List.of("base-works", "main-materials", "management-fee", "design-fee")) {
                if (!(answers.get(part) instanceof BigDecimal value)) {
                    return Map.of();
                }
                sum = sum.add(value);
            }
            return Map.of("total", sum);
        }
        return Map.of();
    }
}
