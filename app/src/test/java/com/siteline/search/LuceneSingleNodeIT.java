package com.siteline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.base.grid.TextIndex;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.search.internal.SearchHit;
import com.siteline.testsupport.WorkspaceFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes started on one database with the embedded Lucene index: the second finds the index held by the
 * first and serves no search (it says so, and the grids fall back to the database), instead of answering from an
 * index that never sees the first node's changes.
 */
class LuceneSingleNodeIT {

    @Test
    void aSecondNodeWithTheEmbeddedIndexServesNoStaleSearch() {
        try (TwoNodes nodes = new TwoNodes()) {
            ConfigurableApplicationContext first = nodes.start("siteline.search.single-node-guard=true");
            ConfigurableApplicationContext second = nodes.start("siteline.search.single-node-guard=true");
            RunAs as = first.getBean(RunAs.class);
            long unit = first.getBean(OrganizationService.class)
                    .businessUnits()
                    .get(0)
                    .id();
            String marker = WorkspaceFixture.marker();
            CustomerDetails saved = as.user(
                    "manager",
                    () -> first.getBean(CustomerService.class)
                            .create(CustomerDraft.of(
                                    unit, "单节点" + marker, "1350000" + marker.substring(marker.length() - 4))));

            SearchResults onFirst =
                    as.user("manager", () -> first.getBean(SearchService.class).search(marker, 5));
            assertThat(onFirst.heldBy()).isNull();
            assertThat(onFirst.hits()).extracting(SearchHit::id).containsExactly(saved.id());

            SearchResults onSecond = second.getBean(RunAs.class)
                    .user("manager", () -> second.getBean(SearchService.class).search(marker, 5));
            assertThat(onSecond.hits()).isEmpty();
            assertThat(onSecond.heldBy())
                    .as("the second node names who holds the index")
                    .isNotBlank();
            Class<?> customers =
                    second.getBean(SearchService.class).types().get(0).entity();
            assertThat(second.getBean(TextIndex.class).containing(customers, List.of("name"), marker, 10))
                    .as("the grids ask the database instead")
                    .isEmpty();
            assertThat(second.getBean(RunAs.class)
                            .user(
                                    "admin",
                                    () -> second.getBean(SearchIndex.class)
                                            .state()
                                            .heldBy()))
                    .isEqualTo(onSecond.heldBy());
        }
    }
}
