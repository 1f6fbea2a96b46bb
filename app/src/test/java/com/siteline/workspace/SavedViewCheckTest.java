package com.siteline.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridStateStore;
import com.siteline.base.grid.SavedView;
import com.siteline.customer.ui.CustomersView;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.ui.InboxView;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A saved view names column keys and values; when the grid no longer has one of them, the view's owner
 * is told what no longer holds (on opening the grid and on choosing the view), and what still holds applies.
 */
class SavedViewCheckTest extends AgentGridTest {

    @Autowired
    GridStateStore store;

    SavedView broken;

    @Override
    String[] customerNames() {
        return new String[] {"视图客户", "他组客户"};
    }

    @AfterEach
    void deleteTheView() {
        if (broken != null) {
            as.user("agent", () -> store.deleteView(broken.id()));
        }
    }

    @Test
    void theOwnerIsToldWhatNoLongerExistsAndTheRestStillFilters() {
        IssueDetails urgent =
                fixture.issue(mine, marker + " 水管爆裂", IssueType.REPAIR_REQUEST, "after-sales", Urgency.URGENT);
        fixture.issue(mine, marker + " 咨询", IssueType.ENQUIRY, "schedule", Urgency.NORMAL);
        // stored when the grid had a "colour" column and urgencies had a "CRITICAL": both are gone now
        broken = store.saveView(
                "issues",
                "旧视图 " + marker,
                false,
                GridQuery.empty()
                        .withSearch(marker)
                        .choice("urgency", "URGENT", "CRITICAL")
                        .withFilter("colour", new ColumnFilter.Text("red")));

        // the inbox opens anew (the sign-in already showed one, built before this view was stored)
        navigate(CustomersView.class);
        navigate(InboxView.class);
        String told =
                $(Notification.class).id("issues-broken-views").getElement().getProperty("text");
        assertThat(told).contains("旧视图 " + marker).contains("colour").contains("CRITICAL");

        @SuppressWarnings("unchecked")
        ComboBox<SavedView> views = $(ComboBox.class).id("issues-views");
        SavedView listed = views.getListDataView()
                .getItems()
                .filter(v -> broken.id().equals(v.id()))
                .findFirst()
                .orElseThrow();
        assertThat(views.getItemLabelGenerator().apply(listed)).startsWith("⚠");
        test(views).selectItem(views.getItemLabelGenerator().apply(listed));

        assertThat(rows("issues-grid"))
                .extracting(row -> ((IssueDetails) row).id())
                .containsExactly(urgent.id());
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .contains("colour");
    }
}
