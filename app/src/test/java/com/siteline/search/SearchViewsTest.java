package com.siteline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.ui.InboxView;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.search.ui.SearchAdminView;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.siteline.workspace.ui.Customer360View;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.json.JsonMapper;

/**
 * The header's search box, the search page and the index's admin page, browserless, in zh-CN and English:
 * grouping, highlights, the keyboard (arrows, Enter, Escape) and the user's units only.
 */
@SitelineSpringTest
class SearchViewsTest extends SpringBrowserlessTest {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    SearchIndex index;

    private void key(TextField box, String key) {
        var data = JsonMapper.builder().build().createObjectNode();
        data.put("event.key", key);
        data.put("element.value", box.getValue());
        // the listener's filter, as the browser reports it
        data.put("['ArrowDown','ArrowUp','Enter','Escape'].includes(event.key)", true);
        box.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(box.getElement(), "keydown", data));
    }

    private List<Anchor> rows() {
        return $(Anchor.class).all().stream()
                .filter(a -> a.hasClassName("siteline-search-hit"))
                .toList();
    }

    /** The marked words of a row's title. */
    private static String marked(Anchor row) {
        return row.getChildren()
                .findFirst()
                .orElseThrow()
                .getChildren()
                .filter(c -> c instanceof Span s && s.hasClassName("siteline-mark"))
                .map(c -> ((Span) c).getText())
                .reduce("", String::concat);
    }

    @Test
    @WithUserDetails("agent")
    void theAgentFindsACustomerAndAnIssueGroupedAndOpensOneWithTheKeyboard() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("SH-HOME", "张伟" + marker);
        IssueDetails issue = fixture.issue(customer, "厨房漏水 " + marker, IssueType.COMPLAINT, "other", Urgency.NORMAL);
        // another unit's record with the same word is not the agent's: not shown, not counted
        fixture.customer("BJ-PROPERTY", "钱女士" + marker);

        navigate(InboxView.class);
        TextField box = $(TextField.class).id("search-box");
        assertThat(box.getPlaceholder()).isEqualTo("搜索客户、项目、问题、沟通记录…");
        test(box).setValue(marker);
        Div panel = $(Div.class).id("search-results");
        assertThat(panel.isVisible()).isTrue();
        List<String> headings = panel.getChildren()
                .filter(c -> c.hasClassName("siteline-search-group"))
                .map(c -> c.getElement().getTextRecursively())
                .toList();
        assertThat(headings).containsExactly("客户（1）", "问题（1）");
        List<Anchor> rows = rows();
        assertThat(rows)
                .extracting(Anchor::getHref)
                .containsExactly("customers/" + customer.id(), "issues/" + issue.id());
        assertThat(rows).allSatisfy(row -> assertThat(marked(row)).isEqualTo(marker));
        assertThat(rows.get(0).hasClassName("selected"))
                .as("the best hit is selected")
                .isTrue();

        key(box, "ArrowDown");
        assertThat(rows.get(1).hasClassName("selected")).isTrue();
        assertThat(rows.get(0).hasClassName("selected")).isFalse();
        key(box, "ArrowDown");
        assertThat(rows.get(0).hasClassName("selected"))
                .as("the selection wraps")
                .isTrue();
        key(box, "ArrowUp");
        key(box, "Enter");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("issues/" + issue.id());
        assertThat(panel.isVisible()).as("the list closes on opening").isFalse();

        // a phone's tail, typed and opened at once (Enter carries the text typed)
        TextField again = $(TextField.class).id("search-box");
        again.setValue(customer.phone().substring(customer.phone().length() - 6) + " " + marker);
        key(again, "Enter");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("customers/" + customer.id());
        assertThat($(Customer360View.class).exists()).isTrue();
    }

    @Test
    @WithUserDetails("agent")
    void nothingFoundSaysSoAndEscapeCloses() {
        navigate(InboxView.class);
        TextField box = $(TextField.class).id("search-box");
        test(box).setValue("没有这个词" + WorkspaceFixture.marker());
        assertThat($(Div.class).id("search-none").getText()).startsWith("没有找到“没有这个词");
        assertThat(rows()).isEmpty();
        Div panel = $(Div.class).id("search-results");
        key(box, "Escape");
        assertThat(panel.isVisible()).isFalse();
        assertThat(box.getValue()).as("what was typed stays").startsWith("没有这个词");
    }

    @Test
    @WithUserDetails("manager")
    void theSearchPageListsAllGroupsInEnglish() {
        String marker = WorkspaceFixture.marker();
        CustomerDetails customer = fixture.customer("BJ-PROPERTY", "Mr Qian " + marker);
        fixture.issue(customer, "Leaking balcony " + marker, IssueType.REPAIR_REQUEST, "other", Urgency.NORMAL);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent()
                .navigate("search", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("q", marker)));
        assertThat($(Paragraph.class).id("search-page-summary").getText()).isEqualTo("Records found: 2.");
        Div results = $(Div.class).id("search-page-results");
        assertThat(results.getChildren()
                        .filter(c -> c.hasClassName("siteline-search-group"))
                        .map(c -> c.getElement().getTextRecursively())
                        .toList())
                .containsExactly("Customers(1)", "Issues(1)");
        assertThat($(TextField.class).id("search-box").getPlaceholder())
                .isEqualTo("Search customers, projects, issues, the log…");
        UI.getCurrent()
                .navigate(
                        "search",
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("q", "Leaking " + marker)));
        assertThat($(Paragraph.class).id("search-page-summary").getText()).isEqualTo("Records found: 1.");
        // in quotes, the words must stand together
        UI.getCurrent()
                .navigate(
                        "search",
                        com.vaadin.flow.router.QueryParameters.simple(
                                java.util.Map.of("q", "\"Leaking " + marker + "\"")));
        assertThat($(Paragraph.class).id("search-page-summary").getText())
                .isEqualTo("Nothing found for “\"Leaking " + marker + "\"”.");
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void theAdminSeesTheIndexInStepAndRebuildsIt() throws Exception {
        navigate(SearchAdminView.class);
        assertThat($(Paragraph.class).id("search-admin-summary").getText())
                .startsWith("引擎：内置索引（Lucene，单节点）；索引大小：")
                .endsWith("索引与数据库一致。");
        Grid<IndexState.TypeCount> types = $(Grid.class).id("search-admin-types");
        // customers, projects, issues, log entries, jobs, return visits, survey answers, standard replies
        assertThat(test(types).size()).isEqualTo(8);
        assertThat(test(types).getCellText(0, 0)).isEqualTo("客户");
        assertThat(test(types).getCellText(0, 3)).isEqualTo("一致");
        test($(Button.class).id("search-admin-start")).click();
        index.running().get(2, java.util.concurrent.TimeUnit.MINUTES);
        navigate(SearchAdminView.class);
        assertThat($(Paragraph.class).id("search-admin-rebuild").getText())
                .startsWith("上次重建于")
                .endsWith("条。");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(SearchAdminView.class);
        assertThat(test($(Grid.class).id("search-admin-types")).getCellText(0, 0))
                .isEqualTo("Customers");
    }
}
