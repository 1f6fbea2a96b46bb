package com.siteline.meeting.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.customer.CustomerService;
import com.siteline.meeting.MeetingState;
import com.siteline.meeting.MeetingView;
import com.siteline.meeting.Meetings;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * One meeting: when and where (or when it is due), its attendees with their receipt of the minutes, agenda, minutes,
 * decisions and action items, and the steps the signed-in user may take: record a planned meeting, publish the
 * minutes, review an owners' committee's, acknowledge them, add an action item or mark one done.
 */
class MeetingPanel extends Div {

    private final transient Meetings meetings;
    private final transient CustomerService customers;
    private final String user;
    private final boolean manager;
    private final Map<String, String> people;
    private final Runnable changed;
    private final transient java.util.List<com.siteline.base.ui.RecordSection> sections;

    MeetingPanel(
            Meetings meetings,
            CustomerService customers,
            String user,
            boolean manager,
            Map<String, String> people,
            java.util.List<com.siteline.base.ui.RecordSection> sections,
            MeetingView meeting,
            Runnable changed) {
        this.sections =
                com.siteline.base.ui.RecordSection.of(sections, com.siteline.base.ui.RecordSection.Page.MEETING);
        this.meetings = meetings;
        this.customers = customers;
        this.user = user;
        this.manager = manager;
        this.people = people;
        this.changed = changed;
        setId("meeting-panel-" + meeting.id());
        addClassName("siteline-card");
        fill(meeting);
    }

    static Badge state(Div context, MeetingView m, LocalDate today) {
        String text = m.overdue(today)
                ? context.getTranslation("meeting.overdue")
                : context.getTranslation(m.state().messageKey());
        Badge.Tone tone = m.overdue(today)
                ? Badge.Tone.ERROR
                : switch (m.state()) {
                    case PUBLISHED -> Badge.Tone.SUCCESS;
                    case PLANNED -> Badge.Tone.INFO;
                    default -> Badge.Tone.WARNING;
                };
        return new Badge(text, tone);
    }

    private void fill(MeetingView m) {
        removeAll();
        LocalDate today = Formats.today();
        Badge state = state(this, m, today);
        state.setId("meeting-state-" + m.id());
        add(
                new H3(m.title()),
                new Paragraph(
                        new Badge(getTranslation(m.kind().messageKey()), Badge.Tone.NEUTRAL), new Span(" "), state));
        if (m.heldAt() != null) {
            add(new Paragraph(getTranslation(
                    "meeting.when",
                    Formats.minute(m.heldAt()),
                    m.place() == null ? "—" : m.place(),
                    person(m.organizer()))));
        } else if (m.dueOn() != null) {
            add(new Paragraph(getTranslation("meeting.due-on", m.dueOn().toString(), person(m.organizer()))));
        }
        if (m.projectName() != null) {
            add(new Paragraph(getTranslation("meeting.project", m.projectName())));
        }
        if (!m.attendees().isEmpty()) {
            add(new H4(getTranslation(
                    "meeting.attendees",
                    String.valueOf(m.receivedCount()),
                    String.valueOf(m.attendees().size()))));
            UnorderedList list = new UnorderedList();
            list.setId("meeting-attendees-" + m.id());
            for (MeetingView.Attendee a : m.attendees()) {
                String name = a.username() != null ? person(a.username()) : a.customerName();
                StringBuilder line = new StringBuilder(name == null ? "—" : name);
                line.append(" · ").append(getTranslation(a.present() ? "meeting.present" : "meeting.absent"));
                if (a.chair()) {
                    line.append(" · ").append(getTranslation("meeting.chair"));
                }
                if (m.state() == MeetingState.PUBLISHED) {
                    line.append(" · ")
                            .append(
                                    a.acknowledgedAt() != null
                                            ? getTranslation("meeting.acknowledged", Formats.minute(a.acknowledgedAt()))
                                            : a.openedAt() != null
                                                    ? getTranslation("meeting.opened", Formats.minute(a.openedAt()))
                                                    : getTranslation("meeting.not-received"));
                }
                ListItem item = new ListItem(line.toString());
                item.setId("meeting-attendee-" + a.id());
                list.add(item);
            }
            add(list);
        }
        text("meeting.agenda", m.agenda());
        text("meeting.minutes", m.minutes());
        text("meeting.decisions", m.decisions());
        actions(m, today);
        add(buttons(m));
        // what other modules add to a meeting (the improvement actions a post-project review raised)
        sections.forEach(section -> section.render(m.id()).ifPresent(this::add));
    }

    private void text(String labelKey, String text) {
        if (text == null) {
            return;
        }
        add(new H4(getTranslation(labelKey)));
        Pre pre = new Pre(text);
        pre.getStyle()
                .set("white-space", "pre-wrap")
                .set("font-family", "inherit")
                .set("margin", "0");
        add(pre);
    }

    private void actions(MeetingView m, LocalDate today) {
        if (m.state() == MeetingState.PLANNED) {
            return;
        }
        add(new H4(getTranslation("meeting.actions")));
        Div list = new Div();
        list.setId("meeting-actions-" + m.id());
        for (MeetingView.Action a : m.actions()) {
            Div line = new Div();
            line.setId("meeting-action-" + a.id());
            Badge badge = a.doneAt() != null
                    ? new Badge(getTranslation("meeting.action.done"), Badge.Tone.SUCCESS)
                    : a.overdue(today)
                            ? new Badge(getTranslation("meeting.overdue"), Badge.Tone.ERROR)
                            : new Badge(getTranslation("meeting.action.open"), Badge.Tone.INFO);
            line.add(badge, new Span(" " + a.text() + " · " + person(a.owner()) + " · " + a.dueOn() + " "));
            if (a.doneAt() == null) {
                Button done = new Button(
                        getTranslation("meeting.action.mark-done"),
                        e -> step(() -> meetings.actionDone(a.id(), a.version()), "meeting.action.saved"));
                done.setId("meeting-action-done-" + a.id());
                done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                line.add(done);
            }
            list.add(line);
        }
        add(list);
        Button add = new Button(getTranslation("meeting.action.new"), e -> {
            ActionDialog dialog = new ActionDialog(meetings, m.id(), unitPeople(m), today);
            dialog.addSavedListener(saved -> {
                Problems.success(getTranslation("meeting.action.saved"));
                fill(saved.saved());
                changed.run();
            });
            dialog.open();
        });
        add.setId("meeting-action-add-" + m.id());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(add);
    }

    private HorizontalLayout buttons(MeetingView m) {
        HorizontalLayout buttons = new HorizontalLayout();
        switch (m.state()) {
            case PLANNED -> {
                Button record = new Button(getTranslation("meeting.record-planned"), e -> record(m));
                record.setId("meeting-record-" + m.id());
                record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                buttons.add(record);
            }
            case DRAFT -> {
                if (user.equals(m.organizer()) || manager) {
                    Button publish = new Button(
                            getTranslation(m.kind().approvedBeforePublishing() ? "meeting.submit" : "meeting.publish"),
                            e -> step(() -> meetings.publish(m.id(), m.version()), "meeting.published"));
                    publish.setId("meeting-publish-" + m.id());
                    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    buttons.add(publish);
                }
            }
            case IN_REVIEW -> {
                if (manager && !user.equals(m.organizer())) {
                    Button review = new Button(
                            getTranslation("meeting.review"),
                            e -> step(() -> meetings.review(m.id(), m.version()), "meeting.reviewed"));
                    review.setId("meeting-review-" + m.id());
                    review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    buttons.add(review);
                }
            }
            case REVIEWED -> add(new Paragraph(getTranslation("meeting.waiting-chair")));
            case PUBLISHED -> {
                boolean mine =
                        m.attendees().stream().anyMatch(a -> user.equals(a.username()) && a.acknowledgedAt() == null);
                if (mine) {
                    Button ack = new Button(
                            getTranslation("meeting.acknowledge"),
                            e -> step(() -> meetings.acknowledge(m.id()), "meeting.acknowledged.done"));
                    ack.setId("meeting-acknowledge-" + m.id());
                    buttons.add(ack);
                }
            }
        }
        return buttons;
    }

    private void record(MeetingView m) {
        Map<Long, String> units = Map.of(m.businessUnitId(), m.unitName() == null ? "" : m.unitName());
        MeetingDialog dialog = new MeetingDialog(
                meetings,
                customers,
                m.id(),
                m.projectId(),
                m.projectId() == null ? null : meetings.projectCustomer(m.projectId()),
                units,
                unitPeople(m),
                m.kind(),
                m.title(),
                Formats.nowToTheMinute());
        dialog.addSavedListener(saved -> {
            Problems.success(getTranslation("meeting.saved"));
            fill(saved.saved());
            changed.run();
        });
        dialog.open();
    }

    private Map<String, String> unitPeople(MeetingView m) {
        Map<String, String> unit = new LinkedHashMap<>();
        meetings.usersOf(m.businessUnitId()).forEach(u -> unit.put(u, person(u)));
        return unit;
    }

    private String person(String username) {
        return username == null ? "—" : people.getOrDefault(username, username);
    }

    private void step(Supplier<MeetingView> step, String doneKey) {
        try {
            MeetingView done = step.get();
            Problems.success(getTranslation(doneKey));
            fill(done);
            changed.run();
        } catch (OptimisticLockingFailureException conflict) {
            Problems.error(getTranslation("conflict.saved-by-other"));
        } catch (RefusedException refused) {
            Problems.show(this, refused);
        }
    }
}
