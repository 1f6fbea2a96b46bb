package com.siteline.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.CustomerDetails;
import com.siteline.organization.RunAs;
import com.siteline.privacy.ui.PrivacyRequestsView;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.siteline.workspace.ui.Customer360View;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The staff's screens of personal-information rights (#32) in zh-CN and English: an agent asks on the customer's page
 * (a missing reason said, the typed text kept), a manager rejects after a missing note and approves another.
 */
@SitelineSpringTest
class PrivacyViewsTest extends SpringBrowserlessTest {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    PrivacyRequests requests;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void chinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    @WithUserDetails("agent")
    void anAgentAsksOnTheCustomersPageAfterAMissingReason() {
        CustomerDetails customer = fixture.customer("SH-HOME", "删除申请客户" + WorkspaceFixture.marker());
        navigate("customers/" + customer.id(), Customer360View.class);
        Div section = $(Div.class).id("customer-privacy");
        assertThat(section.getElement().getTextRecursively()).contains("个人信息", "导出个人信息副本");
        assertThat($(Anchor.class).id("privacy-export").getHref()).isNotBlank();
        test($(Button.class).id("privacy-erase")).click();
        test($(TextArea.class).id("privacy-erase-reason")).setValue(" ");
        test($(Button.class).id("privacy-erase-submit")).click();
        TextArea reason = $(TextArea.class).id("privacy-erase-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("请填写原因。");
        assertThat(jdbc.queryForObject(
                        "select count(*) from privacy_request where customer_id = ?", Long.class, customer.id()))
                .isZero();
        test(reason).setValue("客户来电要求删除");
        test($(Button.class).id("privacy-erase-submit")).click();
        assertThat($(Div.class).id("customer-privacy").getElement().getTextRecursively())
                .contains("待审批", "客户来电要求删除");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("customers/" + customer.id(), Customer360View.class);
        assertThat($(Div.class).id("customer-privacy").getElement().getTextRecursively())
                .contains("Personal data", "Waiting");
    }

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void aManagerRejectsAfterAMissingNoteAndApprovesAnotherInEnglish() {
        CustomerDetails kept = fixture.customer("SH-HOME", "驳回客户" + WorkspaceFixture.marker());
        CustomerDetails erased = fixture.customer("SH-HOME", "批准客户" + WorkspaceFixture.marker());
        PrivacyRequestRow first = as.user("agent", () -> requests.requestErasure(kept.id(), "客户来电"));
        PrivacyRequestRow second = as.user("agent", () -> requests.requestErasure(erased.id(), "客户书面申请"));
        navigate(PrivacyRequestsView.class);
        Grid<PrivacyRequestRow> waiting = $(Grid.class).id("privacy-waiting");
        waiting.select(waiting.getListDataView()
                .getItems()
                .filter(r -> r.id() == first.id())
                .findFirst()
                .orElseThrow());
        test($(Button.class).id("privacy-reject")).click();
        TextArea note = $(TextArea.class).id("privacy-note");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("请填写原因。");
        test(note).setValue("身份未能核实");
        test($(Button.class).id("privacy-reject")).click();
        assertThat(jdbc.queryForObject("select status from privacy_request where id = ?", String.class, first.id()))
                .isEqualTo("REJECTED");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(PrivacyRequestsView.class);
        waiting = $(Grid.class).id("privacy-waiting");
        waiting.select(waiting.getListDataView()
                .getItems()
                .filter(r -> r.id() == second.id())
                .findFirst()
                .orElseThrow());
        test($(Button.class).id("privacy-approve")).click();
        assertThat(requests.erased(erased.id())).isTrue();
        Grid<PrivacyRequestRow> decided = $(Grid.class).id("privacy-decided");
        assertThat(decided.getListDataView().getItems().filter(r -> r.id() == second.id()))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.customerName()).isEqualTo("[已删除]");
                    assertThat(r.summary()).contains("audit rows");
                });
        assertThat(jdbc.queryForObject("select name from customer where id = ?", String.class, erased.id()))
                .isEqualTo("[已删除]");
    }
}
