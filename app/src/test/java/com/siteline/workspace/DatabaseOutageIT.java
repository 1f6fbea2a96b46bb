package com.siteline.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.siteline.base.grid.GridQuery;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerDraft;
import com.siteline.customer.CustomerService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SecondMariaDb;
import com.siteline.testsupport.SitelineSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The database goes away in the middle of work and comes back: the write made meanwhile is refused with
 * the words a user sees for it, nothing of it is stored, everything committed before is there, and the
 * application works again without a restart. Runs on a MariaDB server of its own, which it stops and
 * starts; the machine's shared server is never touched.
 */
@SitelineSpringTest
@SpringBootTest(properties = "siteline.test.outage=true")
// its configuration is used by no other class: closed after it, so the rest of the run does not carry it
@org.springframework.test.annotation.DirtiesContext
class DatabaseOutageIT {

    private static final SecondMariaDb SERVER = SecondMariaDb.start();

    static {
        SERVER.createDatabase("siteline_outage");
        System.setProperty("siteline.test.database-url", SERVER.url("siteline_outage"));
    }

    @Autowired
    CustomerService customers;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @AfterAll
    static void stopTheServer() {
        System.clearProperty("siteline.test.database-url");
        SERVER.stop();
    }

    private long unit() {
        return organization.businessUnits().stream()
                .filter(u -> u.code().equals("SH-HOME"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aWriteDuringTheOutageIsRefusedClearlyAndTheAppRecoversWithNothingLostOrHalfWritten() throws Exception {
        long unit = unit();
        CustomerDetails before =
                as.user("agent", () -> customers.create(CustomerDraft.of(unit, "停电前的客户", "13911110001")));

        SERVER.stop();
        long started = System.nanoTime();
        Throwable during = catchThrowable(
                () -> as.user("agent", () -> customers.create(CustomerDraft.of(unit, "停电中的客户", "13911110002"))));
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(during).isNotNull();
        // with the application's own pool settings, not the test's: the user is told within 5 seconds
        assertThat(waitedMillis)
                .as("the refusal came after %d ms", waitedMillis)
                .isLessThan(5_000);
        // what the user is told (the screens' error handler picks the words from the cause)
        assertThat(com.siteline.shell.ui.FriendlyErrorsProbe.messageKey(during)).isEqualTo("error.database");

        SERVER.startServer();
        // the pool re-checks a connection before lending it unless it was used in the last half second
        // (Hikari's alive-bypass window): the demo data may have used one just before the outage
        Thread.sleep(600);
        CustomerDetails after =
                as.user("agent", () -> customers.create(CustomerDraft.of(unit, "恢复后的客户", "13911110003")));
        assertThat(after.id()).isGreaterThan(before.id());
        assertThat(as.user("agent", () -> customers.page(GridQuery.empty().withSearch("的客户"), 0, 100)))
                .extracting(CustomerDetails::name)
                .contains("停电前的客户", "恢复后的客户")
                .doesNotContain("停电中的客户");
    }
}
