package com.siteline.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.sdk.ChannelException;
import com.siteline.sdk.CustomerChannel;
import com.siteline.sdk.OutgoingText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMS channel against a real SMPP server (jSMPP's server side, in this JVM): every path the issue names. */
class SmppChannelTest {

    record Receipt(String reference, boolean delivered, String detail) {}

    record Reply(String from, String text) {}

    final List<Receipt> receipts = new CopyOnWriteArrayList<>();
    final List<Reply> replies = new CopyOnWriteArrayList<>();
    final CustomerChannel.Receiver receiver = new CustomerChannel.Receiver() {
        @Override
        public void receipt(String reference, boolean delivered, String detail) {
            receipts.add(new Receipt(reference, delivered, detail));
        }

        @Override
        public void reply(String fromAddress, String text) {
            replies.add(new Reply(fromAddress, text));
        }
    };
    final SmppChannel channel = new SmppChannel();
    Smsc smsc;

    @BeforeEach
    void start() throws Exception {
        smsc = new Smsc("siteline", "s3cret");
    }

    @AfterEach
    void stop() throws Exception {
        smsc.close();
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("host", "127.0.0.1");
        settings.put("port", Integer.toString(smsc.port));
        settings.put("systemId", "siteline");
        settings.put("password", "s3cret");
        settings.put("sourceAddress", "10690001");
        settings.put("timeoutMillis", "2000");
        return settings;
    }

    private static OutgoingText text(String body) {
        return new OutgoingText(1, "13800001234", "SURVEY", "", body, "锦程装饰");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 10 s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aChineseTextGoesWithTheSignatureInPartsOfSixtySevenCharactersAndComesBackWhole() throws Exception {
        String body = "您好，您家的外墙涂装工程已完成验收。".repeat(6); // 108 characters, with the signature 114
        try (CustomerChannel.Connection connection = channel.connect(settings(), receiver)) {
            List<String> references = connection.send(text(body));
            assertThat(references).hasSize(2);
            assertThat(smsc.submitted).hasSize(2).allSatisfy(part -> {
                assertThat(part.ucs2()).isTrue();
                assertThat(part.udh()).isTrue();
                assertThat(part.to()).isEqualTo("13800001234");
                assertThat(part.from()).isEqualTo("10690001");
            });
            assertThat(smsc.submitted.get(0).text()).hasSize(SmsParts.PART_UCS2);
            assertThat(smsc.texts()).containsExactly("【锦程装饰】" + body);
            // one short text: one part, no header
            assertThat(connection.send(text("验证码 123456"))).hasSize(1);
            assertThat(smsc.submitted.get(2).udh()).isFalse();
            assertThat(smsc.texts().get(1)).isEqualTo("【锦程装饰】验证码 123456");
        }
    }

    @Test
    void seventyCharactersAreOnePartAndSeventyOneAreTwo() {
        assertThat(SmsParts.split("装".repeat(70), 1).parts()).hasSize(1);
        assertThat(SmsParts.split("装".repeat(71), 1).parts()).hasSize(2);
        // a character outside the basic plane is never cut in half
        String text = "装".repeat(66) + "😀" + "装".repeat(10);
        List<byte[]> parts = SmsParts.split(text, 1).parts();
        assertThat(parts.get(0).length - 6).isEqualTo(66 * 2);
        assertThat(SmsParts.split("Your code is 1234", 1).ucs2()).isFalse();
    }

    @Test
    void receiptsComeBackOutOfOrderAndFindTheirMessages() throws Exception {
        try (CustomerChannel.Connection connection = channel.connect(settings(), receiver)) {
            String first = connection.send(text("第一条")).getFirst();
            String second = connection.send(text("第二条")).getFirst();
            smsc.receipt(second, DeliveryReceiptState.UNDELIV);
            smsc.receipt(first, DeliveryReceiptState.DELIVRD);
            await(() -> receipts.size() == 2);
            assertThat(receipts.get(0).reference()).isEqualTo(second);
            assertThat(receipts.get(0).delivered()).isFalse();
            assertThat(receipts.get(0).detail()).contains("UNDELIV");
            assertThat(receipts.get(1)).isEqualTo(new Receipt(first, true, null));
        }
    }

    @Test
    void aCustomersReplyComesBackWithTheirNumber() throws Exception {
        try (CustomerChannel.Connection connection = channel.connect(settings(), receiver)) {
            connection.send(text("请回复 1 满意，2 不满意"));
            smsc.customerSends("13800001234", "10690001", "1");
            smsc.customerSends("13800001234", "10690001", "墙面还有一处裂缝");
            await(() -> replies.size() == 2);
            assertThat(replies).containsExactly(new Reply("13800001234", "1"), new Reply("13800001234", "墙面还有一处裂缝"));
        }
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndIsNotTriedAgain() {
        Map<String, String> settings = settings();
        settings.put("password", "wrong");
        assertThatThrownBy(() -> channel.connect(settings, receiver))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("refused the password");
        settings.put("password", "s3cret");
        settings.put("systemId", "nobody");
        assertThatThrownBy(() -> channel.connect(settings, receiver))
                .hasMessageContaining("does not know this account");
    }

    @Test
    void anUnreachableHostIsSaidPlainlyAndMayBeTriedAgain() throws Exception {
        Map<String, String> settings = settings();
        smsc.close();
        assertThatThrownBy(() -> channel.connect(settings, receiver))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("127.0.0.1:" + smsc.port);
        settings.remove("host");
        assertThatThrownBy(() -> channel.connect(settings, receiver)).hasMessageContaining("host is empty");
    }

    @Test
    void aThrottlingSmscIsTriedAgainLater() throws Exception {
        try (CustomerChannel.Connection connection = channel.connect(settings(), receiver)) {
            smsc.throttleNext.set(1);
            assertThatThrownBy(() -> connection.send(text("节假日问候")))
                    .isInstanceOfSatisfying(
                            ChannelException.class,
                            e -> assertThat(e.retryable()).isTrue())
                    .hasMessageContaining("ESME_RTHROTTLED");
            assertThat(connection.isOpen()).isTrue();
            assertThat(connection.send(text("节假日问候"))).hasSize(1);
            assertThat(smsc.texts()).containsExactly("【锦程装饰】节假日问候");
        }
    }

    @Test
    void aConnectionDroppedInTheMiddleOfAMessageIsSaidAndANewOneSends() throws Exception {
        String body = "回访提醒：".repeat(20);
        CustomerChannel.Connection connection = channel.connect(settings(), receiver);
        smsc.dropAtSubmit.set(1); // after the first of the parts
        assertThatThrownBy(() -> connection.send(text(body)))
                .isInstanceOfSatisfying(
                        ChannelException.class, e -> assertThat(e.retryable()).isTrue());
        await(() -> !connection.isOpen());
        connection.close();
        try (CustomerChannel.Connection again = channel.connect(settings(), receiver)) {
            assertThat(again.send(text(body))).hasSize(2);
        }
        assertThat(smsc.texts()).last().isEqualTo("【锦程装饰】" + body);
    }

    @Test
    void aKindWithoutAnApprovedTemplateIsRefusedForTheNextChannel() throws Exception {
        Map<String, String> settings = settings();
        settings.put("approvedKinds", "PORTAL_CODE, SURVEY");
        settings.put("signature", "锦程");
        try (CustomerChannel.Connection connection = channel.connect(settings, receiver)) {
            assertThatThrownBy(() -> connection.send(new OutgoingText(2, "13800001234", "GREETING", "", "新年好", "x")))
                    .isInstanceOfSatisfying(
                            ChannelException.class,
                            e -> assertThat(e.retryable()).isFalse())
                    .hasMessageContaining("GREETING");
            connection.send(new OutgoingText(3, "13800001234", "PORTAL_CODE", "", "验证码 4321", "x"));
            assertThat(smsc.texts()).containsExactly("【锦程】验证码 4321");
        }
    }
}
