package com.siteline.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.complaint.ui.CompensationLimitsView;
import com.siteline.complaint.ui.CompensationsView;
import com.siteline.issue.ui.IssueView;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The complaint handling section, the compensations list and the limits, as the demo's manager and administrator use
 * them, in zh-CN and English: the list's "waiting for me" equals its SQL recount; bad handling and a bad compensation
 * said at their fields with what was chosen and typed kept; a compensation approved from the list.
 */
@SitelineSpringTest
class ComplaintScreensTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RunAs as;

    @Autowired
    Compensations compensations;

    /** The proposed compensations the demo's manager may decide, recounted: within 5,000, not theirs, not their issue's. */
    private List<Long> waitingForManager() {
        return jdbc.queryForList(
                "select c.id from compensation c join customer_issue i on i.id = c.issue_id"
                        + " left join compensation_limit l on l.business_unit_id = c.business_unit_id"
                        + " where c.state = 'PROPOSED' and c.proposed_by <> 'manager'"
                        + " and (i.assignee is null or i.assignee <> 'manager')"
                        + " and c.amount <= coalesce(l.manager_max, 5000) order by c.id",
                Long.class);
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void theManagerApprovesFromTheListWhatWaitsForThem() {
        long issue = jdbc.queryForObject(
                "select c.issue_id from compensation c where c.state = 'PROPOSED' and c.proposed_by = 'agent'"
                        + " order by c.id limit 1",
                Long.class);
        CompensationRow fresh = as.user(
                "agent",
                () -> compensations.propose(new NewCompensation(issue, new BigDecimal("1800"), "测试：赠送一次外墙清洗")));
        navigate(CompensationsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("补偿审批");
        Grid<CompensationRow> grid = $(Grid.class).id("compensations-grid");
        assertThat(grid.getGenericDataView()
                        .getItems()
                        .map(CompensationRow::id)
                        .sorted()
                        .toList())
                .isEqualTo(waitingForManager())
                .contains(fresh.id());
        grid.select(grid.getGenericDataView()
                .getItems()
                .filter(r -> r.id() == fresh.id())
                .findFirst()
                .orElseThrow());
        test($(Button.class).id("compensation-approve-" + fresh.id())).click();
        test($(TextArea.class).id("compensation-note")).setValue("同意");
        test($(Button.class).id("compensation-note-save")).click();
        assertThat(jdbc.queryForObject("select state from compensation where id = ?", String.class, fresh.id()))
                .isEqualTo("APPROVED");
        assertThat(grid.getGenericDataView().getItems().map(CompensationRow::id).toList())
                .doesNotContain(fresh.id());

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CompensationsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Compensations");
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void badHandlingAndABadCompensationAreSaidAtTheirFieldsAndKept() {
        long issue = jdbc.queryForObject(
                "select h.issue_id from complaint_handling h join customer_issue i on i.id = h.issue_id"
                        + " join business_unit u on u.id = i.business_unit_id where u.code = 'EAST-PAINT' limit 1",
                Long.class);
        navigate("issues/" + issue, IssueView.class);
        assertThat($(H3.class).all()).extracting(H3::getText).contains("投诉处理");
        ComboBox<Long> responsible = $(ComboBox.class).id("complaint-responsible");
        MultiSelectComboBox<Long> supporting = $(MultiSelectComboBox.class).id("complaint-supporting");
        Long team = responsible.getValue();
        assertThat(team).isNotNull();
        supporting.setValue(Set.of(team));
        test($(Button.class).id("complaint-save")).click();
        assertThat($(Paragraph.class).id("complaint-status").getText()).isEqualTo("责任部门不能同时作为配合部门");
        assertThat(supporting.isInvalid()).isTrue();
        assertThat(supporting.getValue()).containsExactly(team);

        long before = jdbc.queryForObject("select count(*) from compensation", Long.class);
        test($(Button.class).id("compensation-propose")).click();
        BigDecimalField amount = $(BigDecimalField.class).id("compensation-amount");
        amount.setValue(new BigDecimal("10.001"));
        test($(Button.class).id("compensation-save")).click();
        assertThat($(Paragraph.class).id("compensation-status").getText()).isEqualTo("请填写大于 0、最多两位小数的金额 请填写补偿原因");
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getValue()).isEqualByComparingTo("10.001");
        assertThat(jdbc.queryForObject("select count(*) from compensation", Long.class))
                .isEqualTo(before);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("issues/" + issue, IssueView.class);
        assertThat($(H3.class).all()).extracting(H3::getText).contains("Complaint handling");
    }

    @Test
    @WithUserDetails("admin")
    void limitsOutOfOrderAreSaidAtTheirField() {
        navigate(CompensationLimitsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("补偿审批权限");
        BigDecimalField manager = $(BigDecimalField.class).id("compensation-limits-manager");
        manager.setValue(new BigDecimal("100"));
        test($(Button.class).id("compensation-limits-save")).click();
        assertThat($(Paragraph.class).id("compensation-limits-status").getText())
                .isEqualTo("高层级的上限不能低于低层级");
        assertThat(manager.isInvalid()).isTrue();
        assertThat(manager.getValue()).isEqualByComparingTo("100");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CompensationLimitsView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Compensation limits");
    }
}
