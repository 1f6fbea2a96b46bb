package com.siteline.notification.internal;

import com.siteline.notification.ChannelSettings;
import com.siteline.notification.CustomerConsents;
import com.siteline.notification.CustomerMessages;
import com.siteline.notification.MessagePurpose;
import com.siteline.organization.RunAs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as a company that has used it for months sees it: e-mail and SMS in record-only mode (nothing leaves the
 * machine), every message the demo wrote settled at the time it was written (held overnight where the quiet hours
 * say, then sent), SMS receipts back within seconds, a survey answered "1" by SMS, a report whose number was out of
 * service gone on by e-mail and answered there; today a property owner's fourth notice held by the unit's daily cap
 * (in the evening: by its quiet hours); and three customers' consent decisions.
 */
@Component
@Profile("demo")
@Order(30)
class DemoOutboxData extends com.siteline.base.DemoData {

    private final ChannelConfigRepository configs;
    private final ChannelSettings settings;
    private final CustomerDispatch dispatch;
    private final ChannelInbound inbound;
    private final CustomerMessageRepository messages;
    private final CustomerMessages outbox;
    private final CustomerConsents consents;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoOutboxData(
            ChannelConfigRepository configs,
            ChannelSettings settings,
            CustomerDispatch dispatch,
            ChannelInbound inbound,
            CustomerMessageRepository messages,
            CustomerMessages outbox,
            CustomerConsents consents,
            RunAs as,
            JdbcTemplate jdbc,
            Clock clock) {
        super("outbox channels");
        this.configs = configs;
        this.settings = settings;
        this.dispatch = dispatch;
        this.inbound = inbound;
        this.messages = messages;
        this.outbox = outbox;
        this.consents = consents;
        this.as = as;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected long count() {
        return configs.count();
    }

    @Override
    protected void make() {
        as.user("admin", () -> {
            settings.save("email", ChannelSettings.Mode.RECORD, Map.of("from", "service@jincheng.example"), -1);
            if (settings.channelIds().contains("sms")) {
                settings.save("sms", ChannelSettings.Mode.RECORD, Map.of("signature", "锦程服务"), -1);
            }
            if (settings.channelIds().contains("wecom")) {
                settings.save("wecom", ChannelSettings.Mode.RECORD, Map.of(), -1);
            }
            settings.saveRules(unit("BJ-PROPERTY"), LocalTime.of(21, 0), LocalTime.of(8, 0), 3);
        });
        // 滨江花园's owners who prefer WeChat are in their building's WeChat Work group with the property's robot
        if (settings.channelIds().contains("wecom")) {
            for (long owner : jdbc.queryForList(
                    "select c.id from customer c join business_unit u on u.id = c.business_unit_id"
                            + " where u.code = 'BJ-PROPERTY' and c.preferred_channel = 'WECHAT' order by c.id",
                    Long.class)) {
                as.user("manager", () -> consents.setAddress(owner, "wecom", "binjiang-building-12-robot"));
            }
        }
        Instant now = clock.instant();
        settleHistory(now);
        receipts();
        story(now);
        heldByTheCap(now);
        as.user("manager", () -> {
            customer("BJ-PROPERTY")
                    .ifPresent(id -> consents.record(
                            id, CustomerConsents.purposeSubject(MessagePurpose.MARKETING), false, "电话告知：不需要节日问候短信"));
            customer("SH-HOME")
                    .ifPresent(id -> consents.record(
                            id, CustomerConsents.purposeSubject(MessagePurpose.SERVICE), true, "签署《个人信息处理授权书》"));
            customer("EAST-PAINT")
                    .ifPresent(id -> consents.record(id, CustomerConsents.channelSubject("sms"), false, "短信回复 TD 退订"));
        });
    }

    /** Every message the demo wrote, sent as at its own time (held ones on at the end of their hold). */
    private void settleHistory(Instant now) {
        for (long id : messages.due(now.plus(Duration.ofDays(3650)), org.springframework.data.domain.Limit.of(5000))) {
            CustomerMessageRow message = messages.findById(id).orElseThrow();
            Instant at = message.getCreatedAt().plusSeconds(15);
            for (int step = 0; step < 4 && !at.isAfter(now); step++) {
                dispatch.dispatch(id, at);
                CustomerMessageRow after = messages.findById(id).orElseThrow();
                if (!after.getOutcome().waiting() || after.getNextAttemptAt() == null) {
                    break;
                }
                at = after.getNextAttemptAt();
            }
        }
    }

    /** Receipts for every SMS the history sent, a few seconds after each. */
    private void receipts() {
        for (long id : jdbc.queryForList(
                "select id from customer_message where channel = 'sms' and outcome = 'SENT' order by id", Long.class)) {
            CustomerMessageRow message = messages.findById(id).orElseThrow();
            inbound.receipt("sms", "rec-" + id, true, null, message.getSentAt().plusSeconds(8));
        }
    }

    /**
     * Three days ago a satisfaction question by SMS answered "1"; two days ago 李梅's weekly report: her number was out
     * of service that day, so it went on by e-mail (she had given an address) and she answered there.
     */
    private void story(Instant now) {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        java.time.LocalDate today = now.atZone(zone).toLocalDate();
        customerNamed("王建国").ifPresent(customer -> {
            Instant at = today.minusDays(3).atTime(10, 0).atZone(zone).toInstant();
            long id = written(
                    customer,
                    "SURVEY",
                    "满意度调查 / Satisfaction survey",
                    "王建国您好：您家的厨房翻新已完工，请回复 1–5 分评价我们的服务（5 分最满意）。",
                    at);
            dispatch.dispatch(id, at.plusSeconds(15));
            CustomerMessageRow sent = messages.findById(id).orElseThrow();
            if (sent.getSentAt() != null && "sms".equals(sent.getChannel())) {
                inbound.receipt("sms", "rec-" + id, true, null, sent.getSentAt().plusSeconds(8));
                inbound.reply("sms", sent.getAddress(), "5", sent.getSentAt().plus(Duration.ofMinutes(40)));
            }
        });
        customerNamed("李梅").ifPresent(customer -> {
            jdbc.update("update customer set email = ? where id = ? and email is null", "limei@example.com", customer);
            Instant at = today.minusDays(2).atTime(17, 30).atZone(zone).toInstant();
            long id = written(
                    customer,
                    "PORTAL_REPORT",
                    "每周进度汇报 / Weekly progress report",
                    "李梅您好：本周完成了卫生间防水和闭水试验，下周铺贴墙砖。详情请在客户端查看。",
                    at);
            dispatch.dispatch(id, at.plusSeconds(15));
            CustomerMessageRow sent = messages.findById(id).orElseThrow();
            if (sent.getSentAt() != null && "sms".equals(sent.getChannel())) {
                inbound.receipt(
                        "sms",
                        "rec-" + id,
                        false,
                        "UNDELIV 号码暂停服务",
                        sent.getSentAt().plusSeconds(8));
                Instant again = sent.getSentAt().plusSeconds(70);
                dispatch.dispatch(id, again);
                inbound.reply(
                        "email", "limei@example.com", "收到，谢谢。周六上午家里有人，可以来看一下阳台的防水。", again.plus(Duration.ofHours(2)));
            }
        });
    }

    /** A message written at a time of the demo's history (the outbox sends it as at that time). */
    private long written(long customer, String kind, String subject, String body, Instant at) {
        Map<String, Object> row =
                jdbc.queryForMap("select name, business_unit_id, email, phone from customer where id = ?", customer);
        long id = as.system(() -> outbox.send(new CustomerMessages.Outgoing(
                customer,
                (String) row.get("name"),
                ((Number) row.get("business_unit_id")).longValue(),
                kind,
                (String) row.get("email"),
                (String) row.get("phone"),
                subject,
                body)));
        jdbc.update("update customer_message set created_at = ? where id = ?", Timestamp.from(at), id);
        return id;
    }

    private java.util.Optional<Long> customerNamed(String name) {
        return jdbc.queryForList("select id from customer where name = ? order by id", Long.class, name).stream()
                .findFirst();
    }

    /** Today a busy day at 滨江花园: an owner's fourth notice waits for tomorrow (the unit's cap is three). */
    private void heldByTheCap(Instant now) {
        Long owner = jdbc
                .query(
                        "select c.id from customer c join business_unit u on u.id = c.business_unit_id"
                                + " where u.code = 'BJ-PROPERTY' and c.phone like '1%' and c.preferred_channel <> 'EMAIL'"
                                + " order by c.id",
                        (rs, n) -> rs.getLong(1))
                .stream()
                .findFirst()
                .orElse(null);
        if (owner == null) {
            return;
        }
        List<String[]> notices = List.of(
                new String[] {"停水通知", "因二次供水设备检修，12 号楼明天 9:00–12:00 停水，请提前储水。"},
                new String[] {"电梯维保通知", "12 号楼 2 号电梯今天 14:00–16:00 例行维保，请使用 1 号电梯。"},
                new String[] {"燃气安检通知", "燃气公司将于本周六入户安检，请家中留人。"},
                new String[] {"停车场施划通知", "地下车库明晚 22:00 起重新施划车位线，请将车辆移至地面临时车位。"});
        for (int i = 0; i < notices.size(); i++) {
            Instant at = now.minus(Duration.ofMinutes(4L - i));
            long id = written(owner, "NOTICE", notices.get(i)[0], notices.get(i)[1], at);
            dispatch.dispatch(id, at);
        }
    }

    private long unit(String code) {
        return jdbc.queryForObject("select id from business_unit where code = ?", Long.class, code);
    }

    private java.util.Optional<Long> customer(String unitCode) {
        return jdbc
                .query(
                        "select c.id from customer c join business_unit u on u.id = c.business_unit_id"
                                + " where u.code = ? order by c.id desc",
                        (rs, n) -> rs.getLong(1),
                        unitCode)
                .stream()
                .findFirst();
    }
}
