package com.siteline.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.access.ui.AccessRequestView;
import com.siteline.access.ui.AccessRequestsView;
import com.siteline.base.RecordGrants.Kind;
import com.siteline.base.grid.GridQuery;
import com.siteline.customer.CustomerDetails;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.siteline.workspace.ui.Customer360View;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The access-request screens: filing from the customer page, deciding, reading the granted record; both languages. */
@SitelineSpringTest
class AccessViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccessRequests requests;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    @WithUserDetails("agent")
    void anAgentAsksFromTheCustomerPageAndABadRequestKeepsWhatWasTyped() {
        CustomerDetails customer = fixture.customer("BJ-PROPERTY", "业主 " + WorkspaceFixture.marker());
        navigate("customers/" + customer.id(), Customer360View.class);
        Anchor request = $(Anchor.class).id("customer-request-access");
        assertThat(request.getHref()).isEqualTo("access-requests?kind=CUSTOMER&record=" + customer.id());
        assertThat($(Customer360View.class).single().getElement().getTextRecursively())
                .doesNotContain(customer.name());

        UI.getCurrent()
                .navigate(
                        "access-requests",
                        com.vaadin.flow.router.QueryParameters.simple(
                                java.util.Map.of("kind", "CUSTOMER", "record", Long.toString(customer.id()))));
        assertThat($(IntegerField.class).id("access-record").getValue()).isEqualTo((int) customer.id());
        TextArea reason = $(TextArea.class).id("access-reason");
        test($(Button.class).id("access-file")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("请填写理由");
        assertThat($(IntegerField.class).id("access-record").getValue()).isEqualTo((int) customer.id());
        assertThat(as.user("agent", () -> requests.count(GridQuery.empty().choice("whose", AccessGrid.MINE))))
                .as("nothing stored")
                .isEqualTo(countMine());

        test(reason).setValue("业主来电询问上次报修结果");
        long before = countMine();
        test($(Button.class).id("access-file")).click();
        assertThat(countMine()).isEqualTo(before + 1);
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("滨江花园物业服务中心");
    }

    @Test
    @WithUserDetails("manager")
    void theManagerApprovesOnTheRequestPageAndARejectionWithoutReasonIsSaidAtTheNote() {
        CustomerDetails customer = fixture.customer("BJ-PROPERTY", "业主 " + WorkspaceFixture.marker());
        AccessRequestSummary filed =
                as.user("agent", () -> requests.file(Kind.CUSTOMER, customer.id(), "核对", today, today.plusDays(1)));
        navigate("access-requests/" + filed.id(), AccessRequestView.class);
        test($(Button.class).id("access-reject")).click();
        assertThat($(TextArea.class).id("access-note").isInvalid()).isTrue();
        assertThat(as.user("manager", () -> requests.get(filed.id())).status()).isEqualTo(AccessStatus.PENDING);
        test($(Button.class).id("access-approve")).click();
        assertThat(as.user("manager", () -> requests.get(filed.id())).status()).isEqualTo(AccessStatus.APPROVED);
        assertThat($(Div.class).id("access-facts").getElement().getTextRecursively())
                .contains("已批准");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("access-requests/" + filed.id(), AccessRequestView.class);
        assertThat($(Div.class).id("access-facts").getElement().getTextRecursively())
                .contains("Approved");
        navigate(AccessRequestsView.class);
        assertThat($(AccessRequestsView.class).single().getElement().getTextRecursively())
                .contains("New access request");
    }

    @Test
    @WithUserDetails("agent")
    void theRequesterReadsTheGrantedRecordOnlyWhileTheGrantRuns() {
        CustomerDetails customer = fixture.customer("BJ-PROPERTY", "业主 " + WorkspaceFixture.marker());
        AccessRequestSummary filed =
                as.user("agent", () -> requests.file(Kind.CUSTOMER, customer.id(), "核对", today, today.plusDays(1)));
        navigate("access-requests/" + filed.id(), AccessRequestView.class);
        assertThat($(Div.class).id("access-record-view").getElement().getTextRecursively())
                .contains("批准后")
                .doesNotContain(customer.name());
        AccessRequestSummary approved =
                as.user("manager", () -> requests.decide(filed.id(), filed.version(), true, null));
        navigate("access-requests/" + filed.id(), AccessRequestView.class);
        assertThat($(Div.class).id("access-record-view").getElement().getTextRecursively())
                .contains(customer.name(), "只读");
        as.user("manager", () -> requests.revoke(approved.id(), approved.version()));
        navigate("access-requests/" + filed.id(), AccessRequestView.class);
        assertThat($(AccessRequestView.class).single().getElement().getTextRecursively())
                .doesNotContain(customer.name());

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("access-requests/" + filed.id(), AccessRequestView.class);
        assertThat($(Div.class).id("access-facts").getElement().getTextRecursively())
                .contains("Revoked");
    }

    private long countMine() {
        return as.user("agent", () -> requests.count(GridQuery.empty().choice("whose", AccessGrid.MINE)));
    }
}
