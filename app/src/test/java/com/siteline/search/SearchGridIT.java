package com.siteline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.ColumnFilter;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.GridSort;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A "contains" filter too broad to hand over as ids (here: more than 2 rows) is paged by the index itself, in the
 * grid's order (newest first, then id), with the same rows, pages and count as the database's LIKE; with another
 * filter or a sort the index does not keep, the database answers as before.
 */
@SitelineSpringTest
@TestPropertySource(properties = "siteline.search.id-cap=2")
// its configuration is used by no other class: closed after it, so the rest of the run does not carry it
@org.springframework.test.annotation.DirtiesContext
class SearchGridIT {

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    IssueQueries inbox;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    private List<Long> like(String user, String word, String order, int offset, int limit) {
        String units = organization.unitNamesOf(user).keySet().stream()
                .map(String::valueOf)
                .collect(Collectors.joining(","));
        return jdbc.queryForList(
                "select id from customer_issue where business_unit_id in (" + units + ")"
                        + " and lower(title) like ? order by " + order + " limit ? offset ?",
                Long.class,
                "%" + word.toLowerCase() + "%",
                limit,
                offset);
    }

    @Test
    void aBroadTitleFilterIsPagedByTheIndexInTheGridsOrder() {
        String marker = WorkspaceFixture.marker();
        for (String unit : List.of("SH-HOME", "EAST-PAINT", "BJ-PROPERTY")) {
            CustomerDetails customer = fixture.customer(unit, "宽词" + marker);
            for (int i = 0; i < 3; i++) {
                fixture.issue(customer, "外墙渗水第" + i + "处 " + marker, IssueType.COMPLAINT, "other", Urgency.NORMAL);
            }
        }
        GridQuery broad = GridQuery.empty().withFilter("title", new ColumnFilter.Text("渗水第 " + marker));
        GridQuery word = GridQuery.empty().withFilter("title", new ColumnFilter.Text(marker));
        for (String user : List.of("manager", "agent")) {
            List<Long> all = like(user, marker, "created_at desc, id desc", 0, 100);
            assertThat(all).hasSize(user.equals("manager") ? 9 : 6);
            assertThat(as.user(user, () -> inbox.count(word))).isEqualTo(all.size());
            assertThat(as.user(user, () -> inbox.countUpTo(word, 4))).isEqualTo(5);
            for (int offset = 0; offset < all.size(); offset += 4) {
                int from = offset;
                assertThat(as.user(user, () -> inbox.page(word, from, 4)))
                        .extracting(IssueDetails::id)
                        .as("%s page at %d", user, offset)
                        .isEqualTo(all.subList(from, Math.min(all.size(), from + 4)));
            }
            assertThat(as.user(user, () -> inbox.page(word, all.size(), 4))).isEmpty();
            // ascending by creation, then id ascending, as the database orders it
            GridQuery oldestFirst = word.sortedBy(GridSort.asc("created"));
            assertThat(as.user(user, () -> inbox.page(oldestFirst, 0, 100)))
                    .extracting(IssueDetails::id)
                    .isEqualTo(like(user, marker, "created_at asc, id asc", 0, 100));
            // no match for a phrase that is not there, counted as none
            assertThat(as.user(user, () -> inbox.count(broad))).isZero();
        }
        // another filter beside the text, or a sort the index does not keep: the database answers, the same rows
        GridQuery urgent = word.choice("urgency", Urgency.NORMAL.name());
        assertThat(as.user("manager", () -> inbox.count(urgent))).isEqualTo(9);
        GridQuery byTitle = word.sortedBy(GridSort.asc("title"));
        assertThat(as.user("manager", () -> inbox.page(byTitle, 0, 100)))
                .extracting(IssueDetails::id)
                .isEqualTo(like("manager", marker, "title asc, id asc", 0, 100));
    }
}
