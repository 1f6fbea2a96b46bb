package com.siteline.issue.ui;

import com.siteline.base.ui.Formats;
import com.siteline.issue.CustomerIssues;
import com.siteline.issue.TimelineEntry;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;

/** An issue's timeline: its steps and the contacts logged on it, oldest first, in the reader's words and zone. */
class IssueTimeline extends Div {

    private final Map<String, String> people;

    IssueTimeline(IssueWorkbench bench, long issueId, Map<String, String> people) {
        this.people = people;
        setId("issue-timeline");
        addClassName("siteline-timeline");
        add(new H4(getTranslation("issue.timeline")));
        UnorderedList list = new UnorderedList();
        for (TimelineEntry entry : bench.queries().timeline(issueId)) {
            String what = switch (entry.kind()) {
                case STATUS ->
                    getTranslation(
                            entry.kind().messageKey(), getTranslation(entry.to().messageKey()));
                case CONTACT ->
                    getTranslation(
                            entry.kind().messageKey(),
                            getTranslation(entry.channel().messageKey()));
                default -> getTranslation(entry.kind().messageKey());
            };
            ListItem item = new ListItem(Formats.minute(entry.at()) + " · " + person(entry.actor()) + " · " + what
                    + (entry.detail() == null ? "" : " — " + entry.detail()));
            item.addClassName("siteline-timeline-" + entry.kind().name().toLowerCase(java.util.Locale.ROOT));
            list.add(item);
        }
        add(list);
    }

    private String person(String username) {
        if (CustomerIssues.ACTOR.equals(username)) {
            return getTranslation("portal.actor");
        }
        return username == null ? getTranslation("grid.nobody") : people.getOrDefault(username, username);
    }
}
