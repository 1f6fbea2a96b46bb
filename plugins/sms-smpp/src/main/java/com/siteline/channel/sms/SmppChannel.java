package com.siteline.channel.sms;

import com.siteline.sdk.ChannelException;
import com.siteline.sdk.ChannelSetting;
import com.siteline.sdk.CustomerChannel;
import com.siteline.sdk.LocalizedText;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * SMS over SMPP 3.4 (the protocol carriers and SMS aggregators offer companies): a transceiver bind to the
 * provider's SMSC, the company's signature 【…】 in front of every text, Chinese in UCS-2 parts, delivery receipts
 * and customers' replies (MO messages) over the same bind.
 */
@Extension
public class SmppChannel implements CustomerChannel {

    static final String HOST = "host";
    static final String PORT = "port";
    static final String SYSTEM_ID = "systemId";
    static final String PASSWORD = "password";
    static final String SOURCE = "sourceAddress";
    static final String SIGNATURE = "signature";
    static final String KINDS = "approvedKinds";
    static final String TIMEOUT = "timeoutMillis";

    @Override
    public String id() {
        return "sms";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("短信（SMPP）", "SMS (SMPP)");
    }

    @Override
    public AddressKind addressKind() {
        return AddressKind.PHONE;
    }

    @Override
    public List<ChannelSetting> settings() {
        return List.of(
                ChannelSetting.of(HOST, LocalizedText.of("SMSC 主机", "SMSC host")),
                ChannelSetting.of(PORT, LocalizedText.of("端口", "Port"), "2775"),
                ChannelSetting.of(SYSTEM_ID, LocalizedText.of("账号（system_id）", "Account (system_id)")),
                ChannelSetting.secret(PASSWORD, LocalizedText.of("密码", "Password")),
                ChannelSetting.of(SOURCE, LocalizedText.of("发送号码", "Sender number")),
                ChannelSetting.of(
                        SIGNATURE, LocalizedText.of("短信签名（空：公司名称）", "Signature (empty: the company's name)"), ""),
                ChannelSetting.of(
                        KINDS,
                        LocalizedText.of(
                                "已报备模板的消息类型（逗号分隔，空：全部）",
                                "Message kinds with an approved template (comma-separated, empty: all)"),
                        ""),
                ChannelSetting.of(TIMEOUT, LocalizedText.of("应答超时（毫秒）", "Response timeout (ms)"), "5000"));
    }

    @Override
    public double maxPerSecond() {
        return 20;
    }

    @Override
    public Connection connect(Map<String, String> settings, Receiver receiver) throws ChannelException {
        return SmppConnection.open(settings, receiver);
    }
}
