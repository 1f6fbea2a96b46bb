package com.siteline.channel.wecom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.sdk.ChannelException;
import com.siteline.sdk.CustomerChannel;
import com.siteline.sdk.OutgoingText;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The robot channel against a local server answering as the documented API does, every error it documents. */
class WeComRobotChannelTest {

    final CustomerChannel.Receiver ignored = new CustomerChannel.Receiver() {
        @Override
        public void receipt(String reference, boolean delivered, String detail) {}

        @Override
        public void reply(String fromAddress, String text) {}
    };
    final WeComRobotChannel channel = new WeComRobotChannel();
    WeComServer server;

    @BeforeEach
    void start() throws Exception {
        server = new WeComServer("test-group", "liu-family");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("baseUrl", server.url());
        settings.put("testKey", "test-group");
        settings.put("timeoutMillis", "1000");
        return settings;
    }

    private static OutgoingText text(String key, String body) {
        return new OutgoingText(7, key, "PORTAL_REPORT", "每周进度汇报", body, "锦程装饰");
    }

    @Test
    void aReportGoesToTheCustomersGroupAsTheRobotsText() throws Exception {
        try (CustomerChannel.Connection connection = channel.connect(settings(), ignored)) {
            // the connection test posted nothing to the test group (an empty text is refused with 44004)
            assertThat(server.posted).isEmpty();
            List<String> references = connection.send(text("liu-family", "本周完成了卫生间防水。\n下周铺贴墙砖。"));
            assertThat(references).containsExactly("wecom-7-1");
            assertThat(server.posted)
                    .containsExactly(new WeComServer.Posted("liu-family", "每周进度汇报\n本周完成了卫生间防水。\n下周铺贴墙砖。"));
        }
    }

    @Test
    void aLongTextGoesInPiecesOfAtMost2048Bytes() throws Exception {
        String body = "防水层涂刷两遍，闭水试验四十八小时无渗漏。".repeat(60); // 1,260 characters, 3,780 bytes
        try (CustomerChannel.Connection connection = channel.connect(settings(), ignored)) {
            assertThat(connection.send(text("liu-family", body))).hasSize(2);
        }
        assertThat(server.posted)
                .allSatisfy(p -> assertThat(p.content().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .hasSizeLessThanOrEqualTo(2048));
        assertThat(server.posted.get(0).content() + server.posted.get(1).content())
                .isEqualTo("每周进度汇报\n" + body);
    }

    @Test
    void anUnknownGroupKeyGoesToTheNextChannelAndABadTestKeyIsSaidOnTest() throws Exception {
        try (CustomerChannel.Connection connection = channel.connect(settings(), ignored)) {
            assertThatThrownBy(() -> connection.send(text("gone-group", "通知")))
                    .isInstanceOfSatisfying(
                            ChannelException.class,
                            e -> assertThat(e.retryable()).isFalse())
                    .hasMessageContaining("93000");
        }
        Map<String, String> settings = settings();
        settings.put("testKey", "wrong");
        assertThatThrownBy(() -> channel.connect(settings, ignored))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("test robot's key is not valid");
    }

    @Test
    void theRateLimitAnswerIsTriedAgainLater() throws Exception {
        server.perMinute.set(2);
        try (CustomerChannel.Connection connection = channel.connect(settings(), ignored)) {
            connection.send(text("liu-family", "一"));
            connection.send(text("liu-family", "二"));
            assertThatThrownBy(() -> connection.send(text("liu-family", "三")))
                    .isInstanceOfSatisfying(
                            ChannelException.class,
                            e -> assertThat(e.retryable()).isTrue())
                    .hasMessageContaining("45009");
            server.nextMinute();
            connection.send(text("liu-family", "三"));
        }
        assertThat(server.posted)
                .extracting(WeComServer.Posted::content)
                .containsExactly("每周进度汇报\n一", "每周进度汇报\n二", "每周进度汇报\n三");
    }

    @Test
    void aServerErrorAndNoAnswerInTimeAreTriedAgainLater() throws Exception {
        try (CustomerChannel.Connection connection = channel.connect(settings(), ignored)) {
            server.failNextHttp.set(1);
            assertThatThrownBy(() -> connection.send(text("liu-family", "通知")))
                    .isInstanceOfSatisfying(
                            ChannelException.class,
                            e -> assertThat(e.retryable()).isTrue())
                    .hasMessageContaining("HTTP 502");
            server.stallNext.set(1);
            assertThatThrownBy(() -> connection.send(text("liu-family", "通知")))
                    .isInstanceOfSatisfying(
                            ChannelException.class,
                            e -> assertThat(e.retryable()).isTrue())
                    .hasMessageContaining("did not answer");
        }
    }

    @Test
    void nothingAnsweringIsSaidPlainlyOnTest() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Map<String, String> settings = settings();
        settings.put("baseUrl", "http://127.0.0.1:" + port);
        assertThatThrownBy(() -> channel.connect(settings, ignored))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("nothing answers at http://127.0.0.1:" + port);
    }

    @Test
    void textsAreCutAtCharactersNeverInside() {
        assertThat(WeComRobotChannel.parts("装".repeat(682))).hasSize(1); // 2,046 bytes
        assertThat(WeComRobotChannel.parts("装".repeat(683))).hasSize(2); // 2,049 bytes
        assertThat(Json.string("他说\"好\"\n")).isEqualTo("\"他说\\\"好\\\"\\n\"");
    }
}
