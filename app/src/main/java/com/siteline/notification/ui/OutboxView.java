package com.siteline.notification.ui;

import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.notification.ChannelSettings;
import com.siteline.notification.CustomerMessage;
import com.siteline.notification.CustomerMessages;
import com.siteline.notification.MessageOutcome;
import com.siteline.organization.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Every message to a customer ({@code admin/outbox}) with its state (queued, held, sent, delivered, replied, failed,
 * kept) and times, filterable by channel and state: so that support can tell a customer what they were sent, when,
 * on which channel and what became of it, and the quick start shows what went out with no gateway.
 */
@Route("admin/outbox")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.outbox", order = 91.7, icon = "vaadin:outbox")
public class OutboxView extends ViewFrame {

    static final List<String> KINDS = List.of(
            "SURVEY",
            "SURVEY_REMINDER",
            "PORTAL_INVITE",
            "PORTAL_CODE",
            "PORTAL_CONFIRM",
            "PORTAL_REPORT",
            "PORTAL_MINUTES",
            "PORTAL_RECEIPT",
            "GREETING",
            "NOTICE",
            "JOB_DISPATCHED");

    public OutboxView(CustomerMessages messages, ChannelSettings channels, GridKit kit) {
        super("outbox.title");
        setId("outbox-view");
        setSizeFull();
        DataGrid<CustomerMessage> grid = new DataGrid<>(kit, messages);
        grid.column("created", m -> Formats.minute(m.createdAt()));
        grid.column("customer", CustomerMessage::customerName);
        grid.column("kind", m -> getTranslation("outbox.kind." + m.kind()))
                .choices(() -> KINDS, k -> getTranslation("outbox.kind." + k));
        grid.column("channel", m -> m.channel() == null ? "" : m.channel()).choices(channels::channelIds, c -> c);
        grid.column("address", m -> m.address() == null ? "" : m.address());
        grid.column("subject", CustomerMessage::subject);
        grid.column("outcome", m -> getTranslation(m.outcome().messageKey()))
                .component(this::badge)
                .choiceLabels(o -> getTranslation("outbox.outcome." + o));
        grid.presets(List.of(
                SavedView.builtIn("outbox.view.all", GridQuery.empty()),
                SavedView.builtIn(
                        "outbox.view.waiting",
                        GridQuery.empty().choice("outcome", MessageOutcome.PENDING.name(), MessageOutcome.HELD.name())),
                SavedView.builtIn(
                        "outbox.view.kept",
                        GridQuery.empty().choice("outcome", MessageOutcome.KEPT.name(), MessageOutcome.FAILED.name())),
                SavedView.builtIn(
                        "outbox.view.replied", GridQuery.empty().choice("outcome", MessageOutcome.REPLIED.name()))));
        grid.identity(CustomerMessage::id).detail(this::panel);
        grid.build();
        add(new Paragraph(getTranslation("outbox.intro")), grid);
        setFlexGrow(1, grid);
    }

    private Badge badge(CustomerMessage m) {
        Badge.Tone tone = switch (m.outcome()) {
            case SENT, DELIVERED, REPLIED -> Badge.Tone.SUCCESS;
            case FAILED -> Badge.Tone.ERROR;
            case KEPT, HELD -> Badge.Tone.WARNING;
            case PENDING -> Badge.Tone.NEUTRAL;
        };
        return new Badge(getTranslation(m.outcome().messageKey()), tone);
    }

    private Component line(String key, java.time.Instant at) {
        Paragraph line = new Paragraph(at == null ? "" : getTranslation(key, Formats.minute(at)));
        line.setVisible(at != null);
        return line;
    }

    private Component panel(CustomerMessage m) {
        Div panel = new Div();
        panel.setId("outbox-panel");
        panel.add(new H3(m.customerName() + " · " + m.subject()), badge(m));
        Div times = new Div();
        times.setId("outbox-times");
        times.add(line("outbox.at.created", m.createdAt()));
        if (m.outcome().waiting() && m.nextAttemptAt() != null) {
            times.add(line("outbox.at.next", m.nextAttemptAt()));
        }
        times.add(line("outbox.at.sent", m.sentAt()));
        times.add(line("outbox.at.delivered", m.deliveredAt()));
        times.add(line("outbox.at.replied", m.repliedAt()));
        times.add(line("outbox.at.failed", m.failedAt()));
        if (m.attempts() > 0) {
            times.add(new Paragraph(getTranslation("outbox.attempts", m.attempts())));
        }
        panel.add(times);
        if (m.detail() != null) {
            Paragraph detail = new Paragraph(m.detail());
            detail.setId("outbox-detail");
            panel.add(detail);
        }
        if (m.replyText() != null) {
            Paragraph reply = new Paragraph(getTranslation("outbox.reply", m.replyText()));
            reply.setId("outbox-reply");
            panel.add(reply);
        }
        Pre body = new Pre(m.body());
        body.setId("outbox-body");
        body.getStyle().set("white-space", "pre-wrap");
        panel.add(body);
        return panel;
    }
}
