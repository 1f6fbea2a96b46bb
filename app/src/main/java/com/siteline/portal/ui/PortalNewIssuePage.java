package com.siteline.portal.ui;

import com.siteline.base.RefusedException;
import com.siteline.issue.CustomerIssues;
import com.siteline.portal.CustomerPortal;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalViews;
import com.siteline.project.AttachmentService;
import com.siteline.sdk.IssueType;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer raises an issue ({@code portal/new-issue}): what kind, about which project, what happened, how to
 * reach them, up to five photos. It lands in the inbox with channel "portal" and its clock running. A problem is
 * said at once and everything typed and every photo picked stays.
 */
@Route(value = "portal/new-issue", autoLayout = false)
@AnonymousAllowed
public class PortalNewIssuePage extends PortalScreen {

    private final RadioButtonGroup<IssueType> type = new RadioButtonGroup<>();
    private final Select<PortalViews.ProjectCard> project = new Select<>();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextField contact = new TextField();
    private final com.vaadin.flow.component.checkbox.Checkbox urgent =
            new com.vaadin.flow.component.checkbox.Checkbox();
    private final List<PortalViews.Upload> photos = new ArrayList<>();
    private final Span photoList = new Span();
    private final Paragraph status = new Paragraph();

    private final transient com.siteline.portal.PortalArticles articles;

    public PortalNewIssuePage(CustomerPortal portal, PortalAccess access, com.siteline.portal.PortalArticles articles) {
        super(portal, access);
        this.articles = articles;
        setId("portal-new-issue");
        type.setItems(CustomerIssues.CUSTOMER_TYPES);
        type.setId("portal-issue-type");
        type.setValue(IssueType.REPAIR_REQUEST);
        project.setId("portal-issue-project");
        project.setEmptySelectionAllowed(true);
        project.addClassName("siteline-portal-wide");
        title.setId("portal-issue-title");
        title.setMaxLength(201);
        description.setId("portal-issue-description");
        description.setMaxLength(4001);
        contact.setId("portal-issue-contact");
        contact.setMaxLength(201);
        photoList.setId("portal-issue-photos");
        urgent.setId("portal-issue-urgent");
        status.setId("portal-new-issue-status");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        render();
    }

    @Override
    protected void render() {
        removeAll();
        add(bar(), home());
        add(new H2(getTranslation("portal.issue.raise")));
        List<com.siteline.knowledge.ArticleView> help = articles.list(session);
        if (!help.isEmpty()) {
            com.vaadin.flow.component.html.Div before = new com.vaadin.flow.component.html.Div();
            before.setId("portal-articles");
            before.add(new Paragraph(getTranslation("portal.articles.before")));
            for (com.siteline.knowledge.ArticleView a : help) {
                com.vaadin.flow.component.html.Paragraph body = new com.vaadin.flow.component.html.Paragraph(a.body());
                body.getStyle().set("white-space", "pre-wrap");
                com.vaadin.flow.component.details.Details item =
                        new com.vaadin.flow.component.details.Details(a.title(), body);
                item.setId("portal-article-" + a.id());
                item.addClassName("siteline-portal-card");
                before.add(item);
            }
            add(before);
        }
        type.setLabel(getTranslation("portal.issue.type"));
        type.setItemLabelGenerator(t -> getTranslation("portal.issue.type." + t.name()));
        List<PortalViews.ProjectCard> projects = portal.home(session).projects();
        project.setLabel(getTranslation("portal.issue.project"));
        PortalViews.ProjectCard picked = project.getValue();
        project.setItems(projects);
        project.setItemLabelGenerator(p -> p == null ? getTranslation("portal.issue.no-project") : p.name());
        projects.stream()
                .filter(p -> picked != null && p.id() == picked.id())
                .findFirst()
                .ifPresent(project::setValue);
        project.setVisible(!projects.isEmpty());
        title.setLabel(getTranslation("portal.issue.title"));
        description.setLabel(getTranslation("portal.issue.description"));
        contact.setLabel(getTranslation("portal.issue.contact"));
        urgent.setLabel(getTranslation("portal.issue.urgent"));
        contact.setPlaceholder(getTranslation("portal.issue.contact.hint"));
        Upload upload = new Upload();
        upload.setId("portal-issue-upload");
        upload.setMaxFiles(CustomerPortal.PHOTOS_MAX);
        upload.setMaxFileSize(AttachmentService.MAX_BYTES);
        upload.setAcceptedFileTypes(CustomerPortal.PHOTO_TYPES.toArray(String[]::new));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.accessSynchronously(() -> {
                    PortalViews.Upload file =
                            new PortalViews.Upload(metadata.fileName(), metadata.contentType(), bytes);
                    String problem = CustomerPortal.photoProblem(file);
                    if (problem != null) {
                        status.setText(metadata.fileName() + ": " + getTranslation(problem));
                    } else if (photos.size() >= CustomerPortal.PHOTOS_MAX) {
                        status.setText(getTranslation("portal.error.photos-count"));
                    } else {
                        photos.add(file);
                        showPhotos();
                    }
                }))));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("portal.issue.add-photo"))
                        .setMany(getTranslation("portal.issue.add-photo")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("attachment.drop"))
                        .setMany(getTranslation("attachment.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("portal.error.photos-count"))
                        .setFileIsTooBig(getTranslation("attachment.error.too-large"))
                        .setIncorrectFileType(getTranslation("attachment.error.not-photo")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB")));
        upload.addFileRejectedListener(e -> status.setText(e.getFileName() + ": " + e.getErrorMessage()));
        showPhotos();
        Button send = new Button(getTranslation("portal.issue.submit"), e -> send());
        send.setId("portal-issue-send");
        send.addClassName("siteline-portal-wide");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                type,
                project,
                title,
                description,
                urgent,
                contact,
                new Span(getTranslation("portal.issue.photos")),
                upload,
                photoList,
                status,
                send);
    }

    private void showPhotos() {
        photoList.setText(
                photos.isEmpty()
                        ? ""
                        : getTranslation(
                                "portal.issue.photos-picked",
                                String.join(
                                        ", ",
                                        photos.stream()
                                                .map(PortalViews.Upload::fileName)
                                                .toList())));
    }

    private void send() {
        try {
            long id = portal.raise(
                    session,
                    project.getValue() == null ? null : project.getValue().id(),
                    type.getValue(),
                    urgent.getValue(),
                    title.getValue(),
                    description.getValue(),
                    contact.getValue(),
                    List.copyOf(photos),
                    client());
            photos.clear();
            UI.getCurrent().navigate(PortalIssuePage.class, new RouteParameters("id", String.valueOf(id)));
        } catch (RefusedException refused) {
            refused(refused, status);
        }
    }
}
