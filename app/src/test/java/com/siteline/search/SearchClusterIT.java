package com.siteline.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.OpenSearchNode;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Duration;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several nodes, proven: a real OpenSearch node in this JVM and two application instances on one MariaDB
 * database, coordinated by Hibernate Search's outbox polling. A change saved on one node is found by a search
 * on the other within {@link #WITHIN}; a rename on the second is found on the first; a rolled-back change is
 * found on neither.
 */
class SearchClusterIT {

    /** The delay stated for a change to reach every node's searches (outbox polled every 100 ms). */
    static final Duration WITHIN = Duration.ofSeconds(5);

    private static long waitFor(Supplier<Boolean> condition) throws InterruptedException {
        return waitFor(condition, WITHIN);
    }

    private static long waitFor(Supplier<Boolean> condition, Duration within) throws InterruptedException {
        long started = System.nanoTime();
        while (!condition.get()) {
            if (System.nanoTime() - started > within.toNanos()) {
                throw new AssertionError("not found within " + within);
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void aChangeOnOneNodeIsFoundOnTheOther() throws Exception {
        try (OpenSearchNode opensearch = OpenSearchNode.start();
                TwoNodes nodes = new TwoNodes()) {
            String[] cluster = {
                "siteline.search.backend=opensearch", "siteline.search.opensearch.uris=" + opensearch.uri()
            };
            ConfigurableApplicationContext first = nodes.start(cluster);
            ConfigurableApplicationContext second = nodes.start(cluster);
            RunAs as = first.getBean(RunAs.class);
            long unit = first.getBean(OrganizationService.class)
                    .businessUnits()
                    .get(0)
                    .id();
            String marker = WorkspaceFixture.marker();

            // the two nodes' event processors first share out the outbox (agents register, a few pulses): the
            // stated delay is that of a running cluster, measured from the second change on
            String warm = WorkspaceFixture.marker();
            CustomerDetails warmUp = as.user(
                    "manager",
                    () -> first.getBean(CustomerService.class)
                            .create(CustomerDraft.of(
                                    unit, "预热" + warm, "1390000" + warm.substring(warm.length() - 4))));
            long formed = waitFor(
                    () -> second
                            .getBean(RunAs.class)
                            .user(
                                    "manager",
                                    () -> second.getBean(SearchService.class).search("预热" + warm, 5))
                            .hits()
                            .stream()
                            .anyMatch(hit -> hit.id() == warmUp.id()),
                    Duration.ofSeconds(60));
            System.out.printf("search cluster: the first change reached node 2 after %d ms%n", formed);

            CustomerDetails saved = as.user(
                    "manager",
                    () -> first.getBean(CustomerService.class)
                            .create(CustomerDraft.of(
                                    unit, "集群客户" + marker, "1380000" + marker.substring(marker.length() - 4))));
            long delay = waitFor(() -> second
                    .getBean(RunAs.class)
                    .user("manager", () -> second.getBean(SearchService.class).search("集群客户" + marker, 5))
                    .hits()
                    .stream()
                    .anyMatch(hit -> hit.id() == saved.id()));
            System.out.printf(
                    "search cluster: saved on node 1, found on node 2 after %d ms (stated: within %d s)%n",
                    delay, WITHIN.toSeconds());

            // a change made on the second node reaches the first
            CustomerService onSecond = second.getBean(CustomerService.class);
            second.getBean(RunAs.class).user("manager", () -> {
                CustomerDetails current = onSecond.get(saved.id());
                return onSecond.update(
                        saved.id(),
                        current.version(),
                        new CustomerDraft(
                                unit,
                                "改名客户" + marker,
                                current.phone(),
                                null,
                                null,
                                null,
                                "江湾路 3-502",
                                current.tier(),
                                current.tags(),
                                current.preferredChannel(),
                                null,
                                null));
            });
            waitFor(() ->
                    as
                            .user(
                                    "manager",
                                    () -> first.getBean(SearchService.class).search("3-502 " + marker, 5))
                            .hits()
                            .stream()
                            .anyMatch(hit -> hit.id() == saved.id()));
            assertThat(as.user(
                                    "manager",
                                    () -> first.getBean(SearchService.class).search("集群客户" + marker, 5))
                            .hits())
                    .as("the old name is gone from the index")
                    .isEmpty();

            // a rolled-back change is never found, on either node
            TransactionTemplate transaction = new TransactionTemplate(first.getBean(PlatformTransactionManager.class));
            String ghost = WorkspaceFixture.marker();
            as.user(
                    "manager",
                    () -> transaction.execute(status -> {
                        first.getBean(CustomerService.class)
                                .create(CustomerDraft.of(
                                        unit, "回滚" + ghost, "1370000" + ghost.substring(ghost.length() - 4)));
                        status.setRollbackOnly();
                        return null;
                    }));
            Thread.sleep(1_000);
            assertThat(as.user(
                                    "manager",
                                    () -> first.getBean(SearchService.class).search(ghost, 5))
                            .total())
                    .isZero();
            assertThat(second.getBean(RunAs.class)
                            .user(
                                    "manager",
                                    () -> second.getBean(SearchService.class).search(ghost, 5))
                            .total())
                    .isZero();
        }
    }
}
