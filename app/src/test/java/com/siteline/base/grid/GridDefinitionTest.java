package com.siteline.base.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.communication.LogGrid;
import com.siteline.customer.CustomerGrid;
import com.siteline.issue.IssueGrid;
import com.siteline.project.ProjectGrid;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One typed definition per grid: what a query or saved view may name is checked against it. */
class GridDefinitionTest {

    @Test
    void aQueryThatFitsHasNoProblems() {
        GridQuery query = GridQuery.empty()
                .choice("status", "WAITING_CUSTOMER")
                .choice("due", IssueGrid.BREACHED)
                .withFilter("created", new ColumnFilter.DateRange(LocalDate.of(2026, 11, 1), null))
                .withFilter("title", new ColumnFilter.Text("漏水"))
                .sortedBy(GridSort.asc("urgency"));
        assertThat(IssueGrid.DEFINITION.check(query)).isEmpty();
        assertThat(IssueGrid.DEFINITION.usable(query)).isEqualTo(query);
    }

    @Test
    void aSavedViewNamingWhatIsGoneIsReportedAndTheRestStillApplies() {
        GridQuery stored = GridQuery.empty()
                .choice("status", "WAITING_CUSTOMER", "ON_HOLD")
                .withFilter("colour", new ColumnFilter.Text("red"))
                .withFilter("assignee", new ColumnFilter.Text("agent"))
                .sortedBy(GridSort.desc("tags"), GridSort.asc("created"));

        assertThat(IssueGrid.DEFINITION.check(stored))
                .containsExactlyInAnyOrder(
                        new ViewProblem(ViewProblem.Kind.NO_VALUE, "status", "ON_HOLD"),
                        new ViewProblem(ViewProblem.Kind.NO_COLUMN, "colour", null),
                        new ViewProblem(ViewProblem.Kind.WRONG_FILTER, "assignee", null),
                        new ViewProblem(ViewProblem.Kind.NO_SORT, "tags", null));
        GridQuery usable = IssueGrid.DEFINITION.usable(stored);
        assertThat(usable.filters()).containsOnlyKeys("status");
        assertThat(((ColumnFilter.Choice) usable.filters().get("status")).values())
                .containsExactly("WAITING_CUSTOMER");
        assertThat(usable.sorts()).containsExactly(GridSort.asc("created"));
        assertThat(IssueGrid.DEFINITION.check(usable)).isEmpty();
    }

    @Test
    void enumColumnsTakeTheirValuesFromTheEnum() {
        assertThat(IssueGrid.DEFINITION.column("urgency").values()).containsExactly("URGENT", "IMPORTANT", "NORMAL");
        assertThat(IssueGrid.DEFINITION.column("urgency").sortPath()).isEqualTo("urgencyRank");
        assertThat(CustomerGrid.DEFINITION.column("tier").values()).containsExactly("VIP", "KEY", "STANDARD");
    }

    @Test
    void everyGridDeclaresEachColumnOnceAndSortsByDefaultBySomethingSortable() {
        for (GridDefinition grid :
                List.of(IssueGrid.DEFINITION, CustomerGrid.DEFINITION, LogGrid.DEFINITION, ProjectGrid.DEFINITION)) {
            assertThat(grid.defaultSort())
                    .isNotEmpty()
                    .allSatisfy(sort ->
                            assertThat(grid.column(sort.key()).sortable()).isTrue());
            assertThat(grid.columns()).extracting(GridColumn::key).doesNotHaveDuplicates();
        }
        assertThatThrownBy(() -> GridDefinition.of(
                        "broken",
                        List.of(GridSort.asc("a")),
                        GridColumn.contains("a", "x", "a"),
                        GridColumn.contains("a", "y", "b")))
                .hasMessageContaining("twice");
        assertThatThrownBy(() ->
                        GridDefinition.of("broken", List.of(GridSort.asc("a")), GridColumn.contains("a", "x", "a")))
                .hasMessageContaining("unsortable");
    }
}
