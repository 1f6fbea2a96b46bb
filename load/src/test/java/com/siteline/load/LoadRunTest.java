package com.siteline.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The load run's own reading: Vaadin's answers, and the failover figures counted from the messages' times. */
class LoadRunTest {

    private static final String INIT = "{\"appConfig\":{\"v-uiId\":3,\"uidl\":{\"syncId\":0,"
            + "\"Vaadin-Security-Key\":\"k\",\"changes\":[{\"node\":7,\"type\":\"put\",\"key\":\"id\",\"feat\":3,"
            + "\"value\":\"issue-log\"}]}}}";

    @Test
    void anAnswerAdvancesTheCountersAndLearnsAndForgetsElements() throws Exception {
        VaadinUi ui = VaadinUi.init(INIT);
        assertThat(ui.uiId()).isEqualTo(3);
        assertThat(ui.has("issue-log")).isTrue();
        assertThat(VaadinUi.JSON
                        .readTree(ui.body(ui.click("issue-log")))
                        .path("clientId")
                        .asInt())
                .isZero();
        String answer = "for(;;);[{\"syncId\":1,\"clientId\":1,\"changes\":[{\"node\":7,\"type\":\"detach\"},"
                + "{\"node\":9,\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"log-content\"}],"
                + "\"execute\":[[{\"@v-node\":5},0,[{\"key\":\"1\",\"col0\":\"#59\"}],null,"
                + "\"return $0.$connector.set($1,$2,$3)\"]]}]";
        assertThat(ui.answer(answer, "log-content")).isNull();
        assertThat(ui.has("issue-log")).as("detached").isFalse();
        assertThat(ui.rows()).extracting(r -> r.get("col0")).containsExactly("#59");
        assertThat(VaadinUi.JSON.readTree(ui.body(List.of())).path("syncId").asInt())
                .isEqualTo(1);
        assertThat(VaadinUi.JSON.readTree(ui.body(List.of())).path("clientId").asInt())
                .isEqualTo(1);
    }

    @Test
    void wrongAnswersAreFailures() {
        VaadinUi ui = VaadinUi.init(INIT);
        assertThat(ui.answer("<!doctype html><html>login</html>", null)).startsWith("no UIDL");
        assertThat(ui.lost()).isTrue();
        ui = VaadinUi.init(INIT);
        assertThat(ui.answer("{\"syncId\":1,\"meta\":{\"sessionExpired\":true}}", null))
                .isEqualTo("session expired");
        ui = VaadinUi.init(INIT);
        assertThat(ui.answer(
                        "{\"syncId\":1,\"changes\":[{\"node\":4,\"type\":\"put\",\"key\":\"id\",\"feat\":3,"
                                + "\"value\":\"error-notification\"}]}",
                        null))
                .isEqualTo("the application's error notice");
        ui = VaadinUi.init(INIT);
        assertThat(ui.answer("{\"syncId\":1,\"changes\":[]}", "issue-panel"))
                .isEqualTo("no #issue-panel in the answer");
        assertThat(ui.lost()).isFalse();
        assertThat(VaadinUi.init("<html>sign in</html>")).isNull();
    }

    @Test
    void failoverCountsEachUsersWaitAndTheFailuresInAndOutsideTheWindow() {
        long kill = 1_000_000;
        List<RequestLog.Request> requests = List.of(
                new RequestLog.Request(1, kill - 5_000, true),
                new RequestLog.Request(1, kill + 2_000, false),
                new RequestLog.Request(1, kill + 2_500, false),
                new RequestLog.Request(1, kill + 4_000, true),
                new RequestLog.Request(2, kill + 3_000, true),
                new RequestLog.Request(3, kill + 6_000, false),
                new RequestLog.Request(3, kill + 7_000, true),
                new RequestLog.Request(4, kill + 30_000, false),
                new RequestLog.Request(4, kill + 31_000, true));
        LoadRun.Failover failover = LoadRun.failover(requests, Instant.ofEpochMilli(kill));
        assertThat(failover.usersHit()).isEqualTo(3);
        assertThat(failover.mostFailedForOneUser()).isEqualTo(2);
        assertThat(failover.slowestBackSeconds()).isEqualTo(2.0);
        assertThat(failover.failedInWindow()).isEqualTo(3);
        assertThat(failover.failedOutside()).isEqualTo(1);
    }
}
