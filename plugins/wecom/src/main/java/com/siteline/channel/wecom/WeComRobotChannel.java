package com.siteline.channel.wecom;

import com.siteline.sdk.ChannelException;
import com.siteline.sdk.ChannelSetting;
import com.siteline.sdk.CustomerChannel;
import com.siteline.sdk.LocalizedText;
import com.siteline.sdk.OutgoingText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * WeChat Work group robots (企业微信群机器人): a customer's group (the company's staff and the customer, one group a
 * customer or project) has a robot; its webhook key is the customer's address on this channel. Messages go as the
 * robot's text messages ({@code POST /cgi-bin/webhook/send?key=…}), cut at the API's 2,048 bytes a message. The API has
 * no delivery receipts and no way back (a robot only posts): messages end as sent.
 *
 * <p>Errors of the API as documented: 93000 (invalid webhook key: the next channel), 45009 (more than 20 messages a
 * minute to one robot: later), 44004 (empty content), 45002 (content too long), 40008 (invalid message type); an HTTP
 * error of the server or no answer: later.
 */
@Extension
public class WeComRobotChannel implements CustomerChannel {

    static final String BASE_URL = "baseUrl";
    static final String TEST_KEY = "testKey";
    static final String TIMEOUT = "timeoutMillis";
    /** The API's limit for a text message's content, in UTF-8 bytes. */
    static final int MAX_BYTES = 2048;

    @Override
    public String id() {
        return "wecom";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("企业微信群机器人", "WeChat Work group robot");
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.ACCOUNT;
    }

    @Override
    public List<ChannelSetting> settings() {
        return List.of(
                ChannelSetting.of(BASE_URL, LocalizedText.of("接口地址", "API address"), "https://qyapi.weixin.qq.com"),
                ChannelSetting.secret(
                        TEST_KEY,
                        LocalizedText.of(
                                "测试群机器人的 Webhook Key（用于测试连接）",
                                "Webhook key of a test group's robot (for the connection test)")),
                ChannelSetting.of(TIMEOUT, LocalizedText.of("应答超时（毫秒）", "Response timeout (ms)"), "5000"));
    }

    @Override
    public double maxPerSecond() {
        return 3;
    }

    @Override
    public Connection connect(Map<String, String> settings, Receiver receiver) throws ChannelException {
        String base = settings.getOrDefault(BASE_URL, "").trim();
        if (base.isEmpty()) {
            throw new ChannelException("the setting " + BASE_URL + " is empty", false);
        }
        Duration timeout;
        try {
            timeout = Duration.ofMillis(
                    Long.parseLong(settings.getOrDefault(TIMEOUT, "5000").trim()));
        } catch (NumberFormatException e) {
            throw new ChannelException("the setting " + TIMEOUT + " is not a number", false);
        }
        Robot robot = new Robot(base.replaceAll("/+$", ""), timeout);
        String testKey = settings.get(TEST_KEY);
        if (testKey == null || testKey.isBlank()) {
            throw new ChannelException("the setting " + TEST_KEY + " is empty", false);
        }
        // an empty text to the test group's robot: a valid key answers 44004 (empty content) and posts nothing
        Answer answer = robot.post(testKey.trim(), "");
        if (answer.errcode() == 93000) {
            throw new ChannelException("the test robot's key is not valid (93000: " + answer.errmsg() + ")", false);
        }
        if (answer.errcode() != 44004 && answer.errcode() != 0) {
            throw new ChannelException(
                    "the API answered " + answer.errcode() + " (" + answer.errmsg() + ")", answer.retryable());
        }
        return new Connection() {
            @Override
            public List<String> send(OutgoingText message) throws ChannelException {
                List<String> references = new ArrayList<>();
                List<String> parts = parts(
                        message.subject() == null || message.subject().isBlank()
                                ? message.text()
                                : message.subject() + "\n" + message.text());
                for (int i = 0; i < parts.size(); i++) {
                    Answer sent = robot.post(message.address(), parts.get(i));
                    if (sent.errcode() != 0) {
                        String progress = parts.size() > 1 ? " (part " + (i + 1) + " of " + parts.size() + ")" : "";
                        throw new ChannelException(describe(sent) + progress, sent.retryable());
                    }
                    references.add("wecom-" + message.messageId() + "-" + (i + 1));
                }
                return references;
            }

            @Override
            public void close() {
                // HTTP: nothing held open
            }
        };
    }

    private static String describe(Answer answer) {
        return switch (answer.errcode()) {
            case 93000 -> "the group's robot key is not valid (93000)";
            case 45009 -> "the robot is sending too often (45009: at most 20 messages a minute)";
            case 45002 -> "the message is too long for the robot (45002)";
            case 44004 -> "the message is empty (44004)";
            case -2 -> "the API did not answer: " + answer.errmsg();
            case -3 -> "the API answered HTTP " + answer.errmsg();
            default -> "the API refused the message (" + answer.errcode() + ": " + answer.errmsg() + ")";
        };
    }

    /** A text cut into pieces of at most {@link #MAX_BYTES} UTF-8 bytes, never inside a character. */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_BYTES) {
                parts.add(current.toString());
                current.setLength(0);
                bytes = 0;
            }
            current.append(character);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        if (current.length() > 0 || parts.isEmpty()) {
            parts.add(current.toString());
        }
        return parts;
    }

    /** The API's answer: {@code errcode} (0: done) and {@code errmsg}; -2: no answer, -3: an HTTP error. */
    record Answer(int errcode, String errmsg) {

        boolean retryable() {
            return errcode == 45009 || errcode == -2 || errcode == -3 || errcode == -1;
        }
    }

    /** The robot endpoint over the JDK's HTTP client. */
    static final class Robot {

        private final String base;
        private final Duration timeout;
        private final HttpClient http;

        Robot(String base, Duration timeout) {
            this.base = base;
            this.timeout = timeout;
            this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        }

        Answer post(String key, String content) throws ChannelException {
            String body = "{\"msgtype\":\"text\",\"text\":{\"content\":" + Json.string(content) + "}}";
            HttpRequest request;
            try {
                request = HttpRequest.newBuilder(URI.create(base + "/cgi-bin/webhook/send?key="
                                + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8)))
                        .timeout(timeout)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build();
            } catch (IllegalArgumentException e) {
                throw new ChannelException("the API address is not valid: " + base, false);
            }
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                return new Answer(-2, "no answer within " + timeout.toMillis() + " ms");
            } catch (IOException e) {
                throw new ChannelException("nothing answers at " + base + " (" + e + ")", true, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ChannelException("interrupted", true, e);
            }
            if (response.statusCode() != 200) {
                return new Answer(-3, Integer.toString(response.statusCode()));
            }
            Integer errcode = Json.number(response.body(), "errcode");
            if (errcode == null) {
                return new Answer(-1, "an answer without errcode: " + response.body());
            }
            String errmsg = Json.text(response.body(), "errmsg");
            return new Answer(errcode, errmsg == null ? "" : errmsg);
        }
    }
}
