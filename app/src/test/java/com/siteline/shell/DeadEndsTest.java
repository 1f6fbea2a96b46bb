package com.siteline.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.shell.ui.MainLayout;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * #32's finding: every route with an id, given a foreign, missing, zero, non-numeric or over-long id, and every unknown
 * route, shows the same dead end in the user's language (inside the staff layout where the record's page would have
 * been), with the way home; never Vaadin's exception page, and no stack trace in the log.
 */
@SitelineSpringTest
@ExtendWith(OutputCaptureExtension.class)
class DeadEndsTest extends SpringBrowserlessTest {

    /** The routes that open one record by its id. */
    private static final List<String> RECORD_ROUTES =
            List.of("issues", "customers", "projects", "reports/documents", "access-requests");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("agent")
    void everyBadRecordAddressAndUnknownRouteIsTheSameDeadEndInTheUsersLanguage(CapturedOutput log) {
        // records of a unit the agent does not work in (BJ-PROPERTY)
        long foreignIssue = jdbc.queryForObject(
                "select min(i.id) from customer_issue i join business_unit u on u.id = i.business_unit_id"
                        + " where u.code = 'BJ-PROPERTY'",
                Long.class);
        long foreignCustomer = jdbc.queryForObject(
                "select min(c.id) from customer c join business_unit u on u.id = c.business_unit_id"
                        + " where u.code = 'BJ-PROPERTY'",
                Long.class);
        long foreignProject = jdbc.queryForObject(
                "select min(p.id) from project p join business_unit u on u.id = p.business_unit_id"
                        + " where u.code = 'BJ-PROPERTY'",
                Long.class);
        java.util.Map<String, Long> foreign =
                java.util.Map.of("issues", foreignIssue, "customers", foreignCustomer, "projects", foreignProject);
        for (String route : RECORD_ROUTES) {
            List<String> ids = new ArrayList<>(List.of("0", "-1", "999999999", "abc", "99999999999999999999999"));
            if (foreign.containsKey(route)) {
                ids.addFirst(String.valueOf(foreign.get(route)));
            }
            String first = null;
            for (String id : ids) {
                String address = route + "/" + id;
                UI.getCurrent().navigate(address);
                String text = getCurrentView().getElement().getTextRecursively();
                assertThat(text).as(address).isNotBlank().doesNotContain("Exception", "exception", "navigate");
                // one answer whatever the reason: nothing tells another unit's record from a missing one (a number
                // that is no id at all, -1 or abc, may be told apart: it names no record)
                if (id.matches("\\d{1,18}")) {
                    if (first == null) {
                        first = text;
                    }
                    assertThat(text).as(address).isEqualTo(first);
                }
                if (!route.equals("reports/documents") && !(route.equals("projects") && !id.matches("\\d{1,18}"))) {
                    // where the record's page would have been: inside the staff layout, with its menu and header
                    assertThat($(MainLayout.class).exists()).as(address).isTrue();
                }
            }
        }
        // a record page with no page of its own for a missing record, and unknown routes: the dead end
        for (String address : List.of("projects/999999999", "nonexistent/route", "jobs/999", "surveys/campaigns/999")) {
            UI.getCurrent().navigate(address);
            assertThat(getCurrentView().getElement().getTextRecursively())
                    .as(address)
                    .contains("这里没有可以打开的页面", "返回我的首页");
            assertThat($(Anchor.class).id("dead-end-back").getHref())
                    .as(address)
                    .isEqualTo("inbox");
        }
        assertThat(log.getAll())
                .doesNotContain("There was an exception while trying to navigate")
                .doesNotContain("java.util.NoSuchElementException")
                .doesNotContain("java.lang.NumberFormatException");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("projects/" + foreignProject);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Nothing to open here", "Back to my start page")
                .doesNotContain("Exception");
    }
}
