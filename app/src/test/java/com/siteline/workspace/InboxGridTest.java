package com.siteline.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.ColumnSetting;
import com.siteline.base.grid.GridStateStore;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.grid.ExportDialog;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.ResponseTimeSweep;
import com.siteline.issue.StepInput;
import com.siteline.issue.Verdict;
import com.siteline.issue.ui.InboxView;
import com.siteline.issue.ui.IssuePanel;
import com.siteline.issue.ui.IssueView;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The agent's inbox: filters, sort, saved views, bulk actions, side panel, export, the conflict
 * message, and scoping (the agent is in EAST-PAINT and SH-HOME, never BJ-PROPERTY).
 */
@SitelineSpringTest
@WithUserDetails("agent")
class InboxGridTest extends SpringBrowserlessTest {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    IssueService issues;

    @Autowired
    IssueQueries queries;

    @Autowired
    GridStateStore store;

    String marker;
    IssueDetails urgent;
    IssueDetails normal;
    IssueDetails unclassified;
    IssueDetails otherUnit;

    @BeforeEach
    void data() {
        marker = WorkspaceFixture.marker();
        CustomerDetails home = fixture.customer("SH-HOME", "客户" + marker);
        CustomerDetails property = fixture.customer("BJ-PROPERTY", "物业客户" + marker);
        normal = fixture.issue(home, marker + " 地板起拱", IssueType.COMPLAINT, "quality-acceptance", Urgency.NORMAL);
        urgent = fixture.issue(home, marker + " 水管爆裂", IssueType.REPAIR_REQUEST, "after-sales", Urgency.URGENT);
        unclassified = fixture.issue(home, marker + " 咨询报价", IssueType.ENQUIRY, null, Urgency.IMPORTANT);
        otherUnit = fixture.issue(property, marker + " 电梯异响", IssueType.COMPLAINT, "other", Urgency.URGENT);
    }

    @SuppressWarnings("unchecked")
    private Grid<IssueDetails> grid() {
        return $(Grid.class).id("issues-grid");
    }

    private List<IssueDetails> rows() {
        List<IssueDetails> rows = new ArrayList<>();
        for (int i = 0; i < test(grid()).size(); i++) {
            rows.add(test(grid()).getRow(i));
        }
        return rows;
    }

    private void selectAllRows() {
        for (int i = 0; i < test(grid()).size(); i++) {
            test(grid()).select(i);
        }
    }

    private void filterByMarker() {
        test((TextField) $(InboxView.class).single().dataGrid().filter("title")).setValue(marker);
    }

    @Test
    void aComplaintIsAnsweredWithAHandlingPlanInTheProceduresWords() {
        IssueDetails issue = as.user("admin", () -> issues.assign(normal.id(), normal.version(), "agent"));
        navigate("issues/" + issue.id(), IssueView.class);
        // the complaint's class in seed 003's words, and the missing plan said
        assertThat($(IssuePanel.class).id("issue-panel").getElement().getTextRecursively())
                .contains("非紧急投诉")
                .contains("尚未答复处理方案");
        test($(Button.class).id("issue-plan")).click();
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("plan-measures"))
                .setValue("更换起拱地板并做防潮处理");
        test($(Button.class).id("plan-save")).click();
        // no expected time: said at its field, what was typed stays, nothing stored
        assertThat($(com.vaadin.flow.component.datetimepicker.DateTimePicker.class)
                        .id("plan-expected")
                        .isInvalid())
                .isTrue();
        assertThat($(com.vaadin.flow.component.textfield.TextArea.class)
                        .id("plan-measures")
                        .getValue())
                .isEqualTo("更换起拱地板并做防潮处理");
        assertThat(as.user("agent", () -> queries.get(issue.id())).plan()).isNull();
        $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class)
                .id("plan-expected")
                .setValue(java.time.LocalDateTime.now(Formats.DEFAULT_ZONE).plusDays(2));
        test($(Button.class).id("plan-save")).click();
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .id("issue-plan-text")
                        .getText())
                .startsWith("更换起拱地板并做防潮处理");
        assertThat(as.user("agent", () -> queries.get(issue.id())).plan().owner())
                .isNotBlank();
    }

    @Test
    void aPromiseJustLoggedShowsInThePromisesStripAtOnce() {
        navigate(InboxView.class);
        filterByMarker();
        test(grid()).clickRow(0);
        test($(com.vaadin.flow.component.button.Button.class).id("issue-log")).click();
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("log-content"))
                .setValue("答复前需核实 " + marker);
        $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class)
                .id("log-promised")
                .setValue(java.time.LocalDateTime.now(Formats.DEFAULT_ZONE).plusHours(3));
        test($(com.vaadin.flow.component.button.Button.class).id("log-save")).click();
        // no reload: the strip above the grid reads the promises again when the entry is saved
        com.vaadin.flow.component.html.Div strip =
                $(com.vaadin.flow.component.html.Div.class).id("inbox-promises");
        assertThat(strip.isVisible()).isTrue();
        assertThat(strip.getElement().getTextRecursively()).contains("客户" + marker);
    }

    @Test
    void filtersOnlyTheAgentsUnitsAndSortsByUrgency() {
        navigate(InboxView.class);
        // it opens on the open work (#30); closed issues are a view of their own
        assertThat($(InboxView.class).single().dataGrid().query().filters())
                .containsEntry(
                        "open",
                        new com.siteline.base.grid.ColumnFilter.Choice(Set.of(com.siteline.issue.IssueGrid.OPEN)));
        // the number and title stay put while the grid scrolls sideways (#30); nothing else does
        com.vaadin.flow.component.grid.Grid<?> grid =
                $(com.vaadin.flow.component.grid.Grid.class).id("issues-grid");
        assertThat(grid.getColumns().stream()
                        .filter(com.vaadin.flow.component.grid.Grid.Column::isFrozen)
                        .map(com.vaadin.flow.component.grid.Grid.Column::getKey))
                .containsExactly("id", "title");
        filterByMarker();
        assertThat(rows())
                .extracting(IssueDetails::id)
                .containsExactlyInAnyOrder(normal.id(), urgent.id(), unclassified.id())
                .doesNotContain(otherUnit.id());

        // by severity (#30): descending puts the urgent first
        test(grid()).sortByColumn("urgency", SortDirection.DESCENDING);
        assertThat(rows())
                .extracting(IssueDetails::urgency)
                .containsExactly(Urgency.URGENT, Urgency.IMPORTANT, Urgency.NORMAL);
        test(grid()).sortByColumn("urgency", SortDirection.ASCENDING);
        assertThat(rows().getFirst().urgency()).isEqualTo(Urgency.NORMAL);

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> type = (MultiSelectComboBox<String>)
                $(InboxView.class).single().dataGrid().filter("type");
        type.setValue(Set.of("COMPLAINT"));
        assertThat(rows()).extracting(IssueDetails::id).containsExactly(normal.id());

        // the quick search finds by number too, but never a row of another unit
        type.setValue(Set.of());
        test((TextField) $(InboxView.class).single().dataGrid().filter("title")).setValue("");
        test($(TextField.class).id("issues-search")).setValue("#" + otherUnit.id());
        assertThat(test(grid()).size()).isZero();
        test($(TextField.class).id("issues-search")).setValue("#" + urgent.id());
        assertThat(rows()).extracting(IssueDetails::id).containsExactly(urgent.id());
    }

    @Test
    void builtInAndOwnSavedViewsApplyTheirFilters() {
        IssueDetails waiting = as.user("admin", () -> issues.assign(normal.id(), normal.version(), "agent"));
        var waitingBefore1 = waiting;
        waiting = as.user(
                "agent",
                () -> issues.move(
                        waitingBefore1.id(), waitingBefore1.version(), IssueStatus.IN_PROGRESS, StepInput.none()));
        var waitingBefore2 = waiting;
        waiting = as.user(
                "agent",
                () -> issues.move(
                        waitingBefore2.id(), waitingBefore2.version(), IssueStatus.WAITING_CUSTOMER, StepInput.none()));

        navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        ComboBox<SavedView> views = $(ComboBox.class).id("issues-views");
        test(views).selectItem("等待客户");
        assertThat(rows()).isNotEmpty().allSatisfy(i -> assertThat(i.status()).isEqualTo(IssueStatus.WAITING_CUSTOMER));
        assertThat(rows()).extracting(IssueDetails::id).contains(waiting.id());

        test(views).selectItem("我的未结问题");
        assertThat(rows()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.assignee()).isEqualTo("agent");
            assertThat(i.open()).isTrue();
        });

        // a view of one's own: the current filters under a name, shared with everyone
        test(views).selectItem("全部问题");
        filterByMarker();
        test($(Button.class).id("issues-save-view")).click();
        test($(TextField.class).id("issues-view-name")).setValue("我的筛选 " + marker);
        $(Checkbox.class).id("issues-view-shared").setValue(true);
        test($(Button.class).id("issues-view-save")).click();
        assertThat(as.user("manager", () -> store.views("issues")))
                .extracting(SavedView::name)
                .contains("我的筛选 " + marker);
        assertThat(as.user("pm", () -> store.views("issues")))
                .extracting(SavedView::name)
                .contains("我的筛选 " + marker);

        test(views).selectItem("全部问题");
        assertThat(test(grid()).size()).isGreaterThan(3);
        test(views).selectItem("我的筛选 " + marker + "（共享）");
        assertThat(rows())
                .extracting(IssueDetails::id)
                .containsExactlyInAnyOrder(normal.id(), urgent.id(), unclassified.id());
        assertThat(((TextField) $(InboxView.class).single().dataGrid().filter("title")).getValue())
                .isEqualTo(marker);
    }

    @Test
    void bulkAssignChangesClassifiedIssuesAndNamesTheRefusedOne() {
        navigate(InboxView.class);
        filterByMarker();
        selectAllRows();
        assertThat($(Button.class).id("issues-bulk-assign").isVisible()).isTrue();
        test($(Button.class).id("issues-bulk-assign")).click();
        @SuppressWarnings("unchecked")
        ComboBox<String> who = $(ComboBox.class).id("bulk-value");
        who.setValue("agent");
        test($(Button.class).id("bulk-apply")).click();

        assertThat(as.user("admin", () -> queries.get(urgent.id())).assignee()).isEqualTo("agent");
        assertThat(as.user("admin", () -> queries.get(urgent.id())).status()).isEqualTo(IssueStatus.ASSIGNED);
        assertThat(as.user("admin", () -> queries.get(normal.id())).status()).isEqualTo(IssueStatus.ASSIGNED);
        assertThat(as.user("admin", () -> queries.get(unclassified.id())).assignee())
                .isNull();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("#" + unclassified.id())
                .contains("请先分类再分配");

        // bulk urgency and tag
        selectAllRows();
        test($(Button.class).id("issues-bulk-urgency")).click();
        @SuppressWarnings("unchecked")
        ComboBox<String> urgency = $(ComboBox.class).id("bulk-value");
        urgency.setValue("URGENT");
        test($(Button.class).id("bulk-apply")).click();
        selectAllRows();
        test($(Button.class).id("issues-bulk-tag")).click();
        test($(TextField.class).id("bulk-tag-value")).setValue("回访重点");
        test($(Button.class).id("bulk-tag-apply")).click();
        assertThat(as.user("admin", () -> queries.get(normal.id())).urgency()).isEqualTo(Urgency.URGENT);
        assertThat(as.user("admin", () -> queries.get(unclassified.id())).tags())
                .containsExactly("回访重点");
    }

    @Test
    void clickingARowOpensTheSidePanelWithTheIssueAndItsNextSteps() {
        navigate(InboxView.class);
        filterByMarker();
        int row = rows().stream().map(IssueDetails::id).toList().indexOf(urgent.id());
        assertThat(row).as("the urgent issue is listed").isNotNegative();
        test(grid()).clickRow(row);
        assertThat($(H3.class).id("issue-title").getText()).isEqualTo("#" + urgent.id() + " " + urgent.title());
        assertThat($(Button.class).id("issue-assign").isVisible()).isTrue();
        assertThat($(Button.class).withId("issue-step-ASSIGNED").exists()).isFalse();
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .id("issue-timeline")
                        .getElement()
                        .getTextRecursively())
                .contains("登记问题");
        test($(Button.class).id("issues-panel-close")).click();
        assertThat($(com.vaadin.flow.component.html.Div.class)
                        .withId("issues-panel")
                        .exists())
                .isFalse();
    }

    @Test
    void aConflictingEditIsRefusedAndTheInputKept() {
        navigate("issues/" + urgent.id(), IssueView.class);
        TextField title = $(TextField.class).id("issue-edit-title");
        test(title).setValue("客服改的标题 " + marker);
        // meanwhile a colleague saves the same issue
        as.user("admin", () -> issues.edit(urgent.id(), urgent.version(), "同事改的标题", null, null, null));
        test($(Button.class).id("issue-edit-save")).click();

        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("已被他人修改");
        assertThat($(TextField.class).id("issue-edit-title").getValue()).isEqualTo("客服改的标题 " + marker);
        assertThat(as.user("admin", () -> queries.get(urgent.id())).title()).isEqualTo("同事改的标题");
    }

    @Test
    void anIllegalStepIsRefusedWithAMessageAndTheHandlerCannotClose() {
        IssueDetails issue = as.user("admin", () -> issues.assign(urgent.id(), urgent.version(), "agent"));
        navigate("issues/" + issue.id(), IssueView.class);
        test($(Button.class).id("issue-step-IN_PROGRESS")).click();
        test($(Button.class).id("step-confirm")).click();
        test($(Button.class).id("issue-step-FEEDBACK_GIVEN")).click();
        test($(Button.class).id("step-confirm")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("请填写处理结果");
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("step-resolution"))
                .setValue("已更换三通阀");
        test($(Button.class).id("step-confirm")).click();
        assertThat(as.user("admin", () -> queries.get(issue.id())).status()).isEqualTo(IssueStatus.FEEDBACK_GIVEN);

        test($(Button.class).id("issue-step-CLOSED")).click();
        @SuppressWarnings("unchecked")
        ComboBox<Verdict> verdict = $(ComboBox.class).id("step-verdict");
        verdict.setValue(Verdict.SATISFIED);
        test($(Button.class).id("step-confirm")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("处理人不能审核关闭");
        assertThat(as.user("admin", () -> queries.get(issue.id())).status()).isEqualTo(IssueStatus.FEEDBACK_GIVEN);
    }

    @Test
    void theExportHoldsTheVisibleColumnsAndOnlyTheFilteredRowsOfTheAgentsUnits() throws Exception {
        navigate(InboxView.class);
        test($(TextField.class).id("issues-search")).setValue(marker);
        test($(Button.class).id("issues-export")).click();
        byte[] file = java.nio.file.Files.readAllBytes(
                ((ExportDialog<?>) $(ExportDialog.class).single()).file().orElseThrow());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> ids = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(ids).containsExactlyInAnyOrder("#" + normal.id(), "#" + urgent.id(), "#" + unclassified.id());
        }
    }

    @Autowired
    ResponseTimeSweep sweep;

    @Autowired
    java.time.Clock clock;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        com.siteline.testsupport.TestClock.reset();
    }

    @Test
    void breachingSoonShowsRedCountdownChipsAndTheBellCountsTheAlerts() {
        CustomerDetails customer = fixture.customer("SH-HOME", "超时客户" + marker);
        com.siteline.testsupport.TestClock.advance(java.time.Duration.ofHours(-3));
        IssueDetails late =
                fixture.issue(customer, marker + " 超时投诉", IssueType.COMPLAINT, "quality-acceptance", Urgency.URGENT);
        var lateBefore3 = late;
        late = as.user("admin", () -> issues.assign(lateBefore3.id(), lateBefore3.version(), "agent"));
        com.siteline.testsupport.TestClock.reset();

        navigate(InboxView.class);
        @SuppressWarnings("unchecked")
        ComboBox<SavedView> views = $(ComboBox.class).id("issues-views");
        test(views).selectItem("即将超时与已超时");
        List<IssueDetails> rows = rows();
        assertThat(rows).extracting(IssueDetails::id).contains(late.id()).doesNotContain(normal.id());
        // sorted breaching soonest first
        assertThat(rows).extracting(IssueDetails::nextDueAt).isSortedAccordingTo(java.util.Comparator.naturalOrder());
        int row = rows.stream().map(IssueDetails::id).toList().indexOf(late.id());
        // the countdown's chips are drawn in the browser from each row's words and classes (no component a row)
        List<java.util.Map<String, String>> chips = badges("due", rows.get(row));
        assertThat(chips)
                .extracting(c -> c.get("x"))
                .anySatisfy(x -> assertThat(x).contains("首次响应 超时"));
        assertThat(chips)
                .extracting(c -> c.get("c"))
                .anySatisfy(c -> assertThat(c).contains("siteline-sla-breached"));
        assertThat(chips)
                .extracting(c -> c.get("t"))
                .anySatisfy(t -> assertThat(t).isEqualTo("badge error"));

        // the on-track one shows time left
        test(views).selectItem("全部问题");
        filterByMarker();
        int normalRow = rows().stream().map(IssueDetails::id).toList().indexOf(urgent.id());
        assertThat(badges("due", rows().get(normalRow)))
                .extracting(c -> c.get("x"))
                .anySatisfy(x -> assertThat(x).contains("首次响应 剩 "));

        // the sweep tells the handler; the bell shows it: the deadline has passed, so a breach, not a warning
        sweep.run(clock.instant());
        navigate(InboxView.class);
        com.vaadin.flow.component.html.Span count =
                $(com.vaadin.flow.component.html.Span.class).id("notification-count");
        assertThat(Integer.parseInt(count.getText())).isPositive();
        test($(Button.class).id("notification-bell")).click();
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                        .id("notification-list")
                        .getElement()
                        .getTextRecursively())
                .contains(marker + " 超时投诉 的首次响应已于")
                .doesNotContain(marker + " 超时投诉 的首次响应将于");
        test($(Button.class).id("notification-read-all")).click();
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .withId("notification-count")
                        .exists())
                .isFalse();
    }

    @Test
    void theIssuePageShowsDeadlinesAndPauses() {
        IssueDetails issue = as.user("admin", () -> issues.assign(urgent.id(), urgent.version(), "agent"));
        navigate("issues/" + issue.id(), IssueView.class);
        test($(Button.class).id("issue-step-IN_PROGRESS")).click();
        test($(Button.class).id("step-confirm")).click();
        test($(Button.class).id("issue-step-WAITING_CUSTOMER")).click();
        test($(Button.class).id("step-confirm")).click();
        String text = $(com.vaadin.flow.component.html.Div.class)
                .id("issue-deadlines")
                .getElement()
                .getTextRecursively();
        assertThat(text).contains("首次响应 已暂停").contains("时限 2小时0分（自然时间）");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class)
                        .id("issue-pauses")
                        .getElement()
                        .getTextRecursively())
                .contains("等待客户");
    }

    @Test
    void theColumnChooserHidesAndMovesColumnsAndRemembersThem() {
        navigate(InboxView.class);
        test($(Button.class).id("issues-columns")).click();
        $(Checkbox.class).id("issues-column-type").setValue(false);
        // the customer comes after the title, the status and the countdown: up three places
        test($(Button.class).id("issues-column-up-customer")).click();
        test($(Button.class).id("issues-column-up-customer")).click();
        test($(Button.class).id("issues-column-up-customer")).click();
        test($(Button.class).id("issues-columns-apply")).click();

        List<ColumnSetting> stored = as.user("agent", () -> store.columns("issues"));
        assertThat(stored)
                .filteredOn(c -> c.key().equals("type"))
                .singleElement()
                .extracting(ColumnSetting::visible)
                .isEqualTo(false);
        assertThat(stored.stream().map(ColumnSetting::key).toList().subList(0, 3))
                .containsExactly("id", "customer", "title");

        navigate(InboxView.class);
        assertThat(test(grid()).getColumn("type").isVisible()).isFalse();
        assertThat(grid().getColumns().get(1).getKey()).isEqualTo("customer");
        as.user("agent", () -> store.saveColumns("issues", List.of()));
    }

    /** What a badge column hands the browser for a row: each badge's words (x), theme (t) and classes (c). */
    @SuppressWarnings("unchecked")
    private List<java.util.Map<String, String>> badges(String column, IssueDetails row) {
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<IssueDetails>)
                grid().getColumnByKey(column).getRenderer();
        String cell = (String) renderer.getValueProviders().get("b").apply(row);
        return java.util.Arrays.stream(cell.split("\u0002"))
                .filter(p -> !p.isEmpty())
                .map(p -> p.split("\u0001", -1))
                .map(x -> java.util.Map.of("t", x[0], "c", x[1], "x", x[2]))
                .toList();
    }
}
