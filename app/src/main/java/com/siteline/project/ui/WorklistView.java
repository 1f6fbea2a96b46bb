package com.siteline.project.ui;

import com.siteline.base.ProjectWaiting;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.ViewFrame;
import com.siteline.organization.Role;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A project manager's day ({@code worklist}, their landing): each of their open projects with what waits on it —
 * signatures the customer has not given, communication tasks due, open issues (rectifications among them), repair
 * jobs not done — late ones first, each a link to the page that settles it; the modules tell what waits
 * ({@link ProjectWaiting}).
 */
@Route("worklist")
@RolesAllowed({Role.Names.PROJECT_MANAGER, Role.Names.MANAGER, Role.Names.ADMIN})
@Menu(title = "nav.worklist", order = 1.5, icon = "vaadin:clipboard-check")
public class WorklistView extends ViewFrame implements BeforeEnterObserver {

    private static final int PER_KIND = 50;

    private final transient ProjectService projects;
    private final transient List<ProjectWaiting> waiting;
    private final Div body = new Div();

    public WorklistView(ProjectService projects, List<ProjectWaiting> waiting) {
        super("worklist.title");
        this.projects = projects;
        this.waiting = waiting;
        body.setId("worklist");
        add(body);
    }

    void refresh() {
        body.removeAll();
        List<ProjectSummary> mine = projects.led();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("worklist.no-projects"));
            none.setId("worklist-none");
            body.add(none);
            return;
        }
        List<Long> ids = mine.stream().map(ProjectSummary::id).toList();
        List<ProjectWaiting.Item> items = new ArrayList<>();
        waiting.forEach(source -> items.addAll(source.on(ids, PER_KIND)));
        Map<Long, List<ProjectWaiting.Item>> byProject =
                items.stream().collect(Collectors.groupingBy(ProjectWaiting.Item::projectId));
        long late = items.stream().filter(ProjectWaiting.Item::late).count();
        Paragraph summary = new Paragraph(getTranslation(
                "worklist.summary", String.valueOf(mine.size()), String.valueOf(items.size()), String.valueOf(late)));
        summary.setId("worklist-summary");
        body.add(summary);
        // projects with late items first, then with any, then the quiet ones
        List<ProjectSummary> ordered = mine.stream()
                .sorted(Comparator.comparingLong(
                                (ProjectSummary p) -> -byProject.getOrDefault(p.id(), List.of()).stream()
                                        .filter(ProjectWaiting.Item::late)
                                        .count())
                        .thenComparingInt(
                                p -> -byProject.getOrDefault(p.id(), List.of()).size()))
                .toList();
        for (ProjectSummary project : ordered) {
            body.add(card(project, byProject.getOrDefault(project.id(), List.of())));
        }
    }

    private Div card(ProjectSummary project, List<ProjectWaiting.Item> items) {
        Div card = new Div();
        card.setId("worklist-project-" + project.id());
        card.addClassName("siteline-worklist-card");
        H3 title = new H3(new Anchor("projects/" + project.id(), project.name()));
        card.add(title);
        if (items.isEmpty()) {
            card.add(new Paragraph(getTranslation("worklist.nothing")));
            return card;
        }
        UnorderedList list = new UnorderedList();
        items.stream()
                .sorted(Comparator.comparing((ProjectWaiting.Item i) -> !i.late())
                        .thenComparing(ProjectWaiting.Item::since))
                .forEach(item -> {
                    ListItem line = new ListItem();
                    Span kind = new Span(getTranslation("worklist.kind." + item.kind()));
                    kind.getElement().getThemeList().add(item.late() ? "badge error" : "badge");
                    line.add(kind, new Span(" "), new Anchor(item.link(), item.what()));
                    line.add(new Span(" · "
                            + getTranslation(
                                    item.late() ? "worklist.late-since" : "worklist.since",
                                    Formats.minute(item.since()))));
                    list.add(line);
                });
        card.add(list);
        return card;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }
}
