package com.siteline.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.TextIndex;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.search.SearchResults;
import com.siteline.search.SearchService;
import com.siteline.search.TwoNodes;
import com.siteline.testsupport.WorkspaceFixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The node holding the embedded index dies (no clean stop: its lease is left behind, renewed no more): the other
 * node takes the lease over once it has run out and rebuilds its index from the database before it answers. A
 * record written through the dead node is then found by the header search and the grids' "contains" filter, and
 * no answer before that misses it while claiming to be complete.
 */
class LeaseTakeoverIT {

    @Test
    void theNodeTakingOverFromADeadHolderRebuildsBeforeItAnswers() throws Exception {
        try (TwoNodes nodes = new TwoNodes()) {
            ConfigurableApplicationContext first = nodes.start("siteline.search.single-node-guard=true");
            ConfigurableApplicationContext second =
                    nodes.start("siteline.search.single-node-guard=true", "siteline.search.lease-renew-seconds=1");
            RunAs as = first.getBean(RunAs.class);
            long unit = first.getBean(OrganizationService.class)
                    .businessUnits()
                    .get(0)
                    .id();
            String marker = WorkspaceFixture.marker();
            CustomerDetails written = as.user(
                    "manager",
                    () -> first.getBean(CustomerService.class)
                            .create(CustomerDraft.of(
                                    unit, "接管" + marker, "1360000" + marker.substring(marker.length() - 4))));
            SearchService secondSearch = second.getBean(SearchService.class);
            RunAs secondAs = second.getBean(RunAs.class);
            assertThat(secondAs.user("manager", () -> secondSearch.search(marker, 5))
                            .heldBy())
                    .as("the first node holds the index")
                    .isNotBlank();

            // the holder dies: it renews no more and does not give the lease back; two minutes pass
            first.getBean(IndexLease.class).halt();
            nodes.close(first);
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            jdbc.update(
                    "update search_lease set renewed_at = ? where id = 1",
                    Timestamp.from(Instant.now().minus(IndexLease.EXPIRES).minusSeconds(30)));

            Class<?> customers = secondSearch.types().get(0).entity();
            TextIndex grids = second.getBean(TextIndex.class);
            long deadline = System.currentTimeMillis() + 90_000;
            SearchResults results;
            do {
                Thread.sleep(200);
                results = secondAs.user("manager", () -> secondSearch.search(marker, 5));
                List<Long> found = results.hits().stream().map(SearchHit::id).toList();
                if (results.heldBy() == null && !results.rebuilding()) {
                    // once it answers as the holder, the record written through the dead node is there
                    assertThat(found).as("an answer from the taken-over index").contains(written.id());
                } else {
                    assertThat(found)
                            .as("no partial answer while held elsewhere or rebuilding")
                            .isEmpty();
                }
            } while ((results.heldBy() != null || results.rebuilding()) && System.currentTimeMillis() < deadline);
            assertThat(results.heldBy())
                    .as("the second node took the lease over")
                    .isNull();
            assertThat(results.hits()).extracting(SearchHit::id).contains(written.id());
            Optional<List<Long>> ids = grids.containing(customers, List.of("name"), marker, 10);
            assertThat(ids)
                    .as("the inbox's contains filter is served by the index again")
                    .isPresent();
            assertThat(ids.get()).contains(written.id());
        }
    }
}
