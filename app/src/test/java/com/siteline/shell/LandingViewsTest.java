package com.siteline.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.admin.ui.AdministrationView;
import com.siteline.base.AppLocales;
import com.siteline.issue.ui.InboxView;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.organization.UserAccount;
import com.siteline.plugin.ui.PluginsView;
import com.siteline.report.ui.OverviewView;
import com.siteline.shell.ui.DeadEndView;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each demo user signs in (their real stored roles) and lands where their role works. */
@SitelineSpringTest
class LandingViewsTest extends SpringBrowserlessTest {

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @AfterEach
    void backToChinese() {
        as.user("agent", () -> organization.changeLocale(AppLocales.ZH_CN));
    }

    @Test
    @WithUserDetails("admin")
    void adminLandsOnAdministrationWithUnitsUsersAndNoPluginAlert() {
        navigate("", AdministrationView.class);
        assertThat(test($(Grid.class).id("business-units")).size()).isEqualTo(3);
        assertThat(test($(Grid.class).id("users")).size()).isGreaterThanOrEqualTo(4);
        assertThat($(Div.class).withId("plugin-alert").exists())
                .as("no failed-plugin alert")
                .isFalse();
        assertThat($(H1.class).single().getText()).isEqualTo("系统管理");
    }

    @Test
    @WithUserDetails("admin")
    void theAdministrationPagesAreGroupedInTheMenu() {
        navigate("", AdministrationView.class);
        var nav = $(com.vaadin.flow.component.sidenav.SideNav.class).single();
        // no administration page on the menu's first level: each in its group, the groups in order
        assertThat(nav.getItems())
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getPath)
                .noneMatch(path -> path != null && path.startsWith("admin/"));
        java.util.List<String> groups = nav.getItems().stream()
                .filter(i -> i.getPath() == null)
                .map(i -> i.getId().orElse(""))
                .toList();
        assertThat(groups).containsExactly("nav-group-people", "nav-group-rules", "nav-group-data", "nav-group-system");
        var people = nav.getItems().stream()
                .filter(i -> i.getId().orElse("").equals("nav-group-people"))
                .findFirst()
                .orElseThrow();
        assertThat(people.getLabel()).isEqualTo("人员与组织");
        assertThat(people.getItems())
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getPath)
                .containsExactlyInAnyOrder("admin/users", "admin/teams", "admin/business-units");
    }

    @Test
    @WithUserDetails("admin")
    void adminSeesTheFiveStartedPlugins() {
        navigate(PluginsView.class);
        Grid<?> grid = $(Grid.class).id("plugins");
        // the three variants and the two customer channels
        assertThat(test(grid).size()).isEqualTo(5);
        for (int row = 0; row < 5; row++) {
            assertThat(test(grid).getCellComponent(row, 3).getElement().getText())
                    .isEqualTo("已启动");
        }
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("exterior-painting");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("外墙涂料施工");
        assertThat(test(grid).getCellText(1, 0)).isEqualTo("home-decoration");
        assertThat(test(grid).getCellText(2, 0)).isEqualTo("property-management");
        assertThat($(Paragraph.class).id("plugins-summary").getText()).isEqualTo("共 5 个插件：5 个已启动，0 个失败。");
    }

    @Test
    @WithUserDetails("manager")
    void managerLandsOnTheOverviewOfTheirUnits() {
        navigate("", OverviewView.class);
        assertThat($(ListItem.class).all())
                .extracting(ListItem::getText)
                .containsExactlyInAnyOrder("华东外墙涂装事业部", "上海家装事业部", "滨江花园物业服务中心");
    }

    @Test
    @WithUserDetails("agent")
    void agentLandsOnTheInboxAndCannotOpenAdministration() {
        navigate("", InboxView.class);
        UI.getCurrent().navigate("admin/plugins");
        assertThat(getCurrentView()).isNotInstanceOf(PluginsView.class);
        UI.getCurrent().navigate("admin");
        assertThat(getCurrentView()).isNotInstanceOf(AdministrationView.class);
    }

    @Test
    @WithUserDetails("pm")
    void projectManagerLandsOnTheirWorklist() {
        navigate("", com.siteline.project.ui.WorklistView.class);
        // #30: their open projects, each with what waits on it; the figures are what the page lists
        long led = jdbc.queryForObject(
                "select count(*) from project where project_manager = 'pm' and closed_at is null", Long.class);
        assertThat(led).isPositive();
        var cards = $(com.vaadin.flow.component.html.Div.class).all().stream()
                .filter(d -> d.getId().orElse("").startsWith("worklist-project-"))
                .toList();
        assertThat(cards).hasSize((int) led);
        long items = cards.stream()
                .mapToLong(card -> card.getElement()
                        .getChildren()
                        .filter(e -> e.getTag().equals("ul"))
                        .mapToLong(ul -> ul.getChildCount())
                        .sum())
                .sum();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("worklist-summary")
                        .getText())
                .startsWith("负责 " + led + " 个在建项目，" + items + " 件事在等您");
        assertThat(items).isPositive();
    }

    @Test
    @WithUserDetails("pm")
    void aRouteTheUserMayNotOpenReadsLikeOneThatDoesNotExistAndLeadsHome() {
        navigate("", com.siteline.project.ui.WorklistView.class);
        UI.getCurrent().navigate("inbox");
        assertThat(getCurrentView()).isInstanceOf(DeadEndView.class);
        String denied = $(DeadEndView.class).single().getElement().getTextRecursively();
        assertThat($(com.vaadin.flow.component.html.Anchor.class)
                        .id("dead-end-back")
                        .getHref())
                .isEqualTo("worklist");

        UI.getCurrent().navigate("no-such-page/42");
        assertThat(getCurrentView()).isInstanceOf(DeadEndView.class);
        String missing = $(DeadEndView.class).single().getElement().getTextRecursively();
        // the same words either way, in the user's language, with no trace of Vaadin's raw message
        assertThat(denied)
                .isEqualTo(missing)
                .contains("这里没有可以打开的页面")
                .contains("返回我的首页")
                .doesNotContain("Could not navigate")
                .doesNotContain("inbox");
    }

    @Test
    @WithUserDetails("agent")
    void theLanguageAUserChoosesIsRemembered() {
        navigate(InboxView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("工作台");

        @SuppressWarnings("unchecked")
        Select<Locale> language = $(Select.class).id("user-language");
        test(language).selectItem("English");

        assertThat($(H1.class).single().getText()).isEqualTo("Inbox");
        assertThat(organization.findAccount("agent")).map(UserAccount::locale).contains(Locale.ENGLISH);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
}
