package com.siteline.communication.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.UploadTexts;
import com.siteline.communication.CommunicationService;
import com.siteline.communication.LogEntry;
import com.siteline.communication.NewLogEntry;
import com.siteline.communication.internal.NewAttachment;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.project.AttachmentRejectedException;
import com.siteline.project.AttachmentService;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Logs one contact with a customer (沟通记录): when, where, channel, who, what, the outcome and,
 * when the answer was promised for later, the promised reply time, which becomes a task in the
 * author's queue. Bad input is named and nothing typed is lost.
 */
@org.springframework.modulith.NamedInterface("ui")
public class LogEntryDialog extends Dialog {

    private final ComboBox<CustomerDetails> customer = new ComboBox<>();
    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final DateTimePicker when = new DateTimePicker();
    private final TextField place = new TextField();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final TextField participants = new TextField();
    private final TextArea content = new TextArea();
    private final TextField outcome = new TextField();
    private final DateTimePicker promised = new DateTimePicker();
    private final Checkbox answers = new Checkbox();
    private final Upload upload = new Upload();
    private final Div files = new Div();
    private final List<NewAttachment> attached = new ArrayList<>();

    public LogEntryDialog(
            CommunicationService log,
            CustomerService customers,
            ProjectService projects,
            String username,
            Long fixedCustomerId,
            Long issueId,
            Clock clock,
            Consumer<LogEntry> saved) {
        this(log, customers, projects, username, fixedCustomerId, issueId, clock, saved, null);
    }

    /**
     * The dialog with standard replies to pick (标准话术): filled from the customer, the project and its stage, and what
     * {@code issue} says of the issue answered (its type, category and next deadline); null offers none.
     */
    public LogEntryDialog(
            CommunicationService log,
            CustomerService customers,
            ProjectService projects,
            String username,
            Long fixedCustomerId,
            Long issueId,
            Clock clock,
            Consumer<LogEntry> saved,
            Replies replies) {
        // fixedCustomerId: the customer to start with (null: the agent picks one)
        setId("log-dialog");
        setHeaderTitle(getTranslation(issueId == null ? "log.new" : "log.new-for-issue", issueId));
        setWidth("720px");
        ZoneId zone = Formats.zone();
        whoAndWhat(customers, projects, fixedCustomerId, issueId);
        when.setValue(LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES));
        openPromises(log, fixedCustomerId, issueId);
        attachments();
        com.vaadin.flow.component.Component picker = replies == null
                ? new Div()
                : new com.siteline.knowledge.ui.ReplyPicker(
                        replies.replies(),
                        () -> new com.siteline.knowledge.ui.ReplyPicker.Answering(
                                customer.getValue() == null
                                        ? null
                                        : customer.getValue().businessUnitId(),
                                project.getValue() == null
                                        ? null
                                        : project.getValue().variantId(),
                                replies.type(),
                                replies.categoryId(),
                                new com.siteline.knowledge.ReplyContext(
                                        customer.getValue() == null
                                                ? null
                                                : customer.getValue().name(),
                                        project.getValue() == null
                                                ? null
                                                : project.getValue().name(),
                                        project.getValue() == null
                                                ? null
                                                : replies.replies()
                                                        .stageName(
                                                                project.getValue()
                                                                        .variantId(),
                                                                project.getValue()
                                                                        .currentStageId(),
                                                                getLocale()),
                                        replies.deadline(),
                                        null)),
                        text -> content.setValue(
                                content.getValue().isBlank() ? text : content.getValue() + "\n" + text));
        picker.setId("log-reply-picker");
        FormLayout form = new FormLayout(
                customer,
                project,
                when,
                channel,
                place,
                participants,
                picker,
                content,
                outcome,
                promised,
                answers,
                upload,
                files);
        form.setColspan(content, 2);
        form.setColspan(picker, 2);
        form.setColspan(outcome, 2);
        form.setColspan(upload, 2);
        form.setColspan(files, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> save(log, issueId, zone, saved));
        save.setId("log-save");
        upload.clearFileList();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("log-dialog-cancel");
        getFooter().add(cancel, save);
    }

    /** The fields of the contact itself: the customer (and project), when, where, how, who and what was said. */
    private void whoAndWhat(CustomerService customers, ProjectService projects, Long fixedCustomerId, Long issueId) {
        customer.setId("log-customer");
        customer.setLabel(getTranslation("log.field.customer"));
        customer.setRequired(true);
        customer.setItemLabelGenerator(c -> c.name() + " · " + com.siteline.base.Masks.phone(c.phone()));
        customer.setItems(query -> customers.lookup(query.getFilter().orElse("")).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        project.setId("log-project");
        project.setLabel(getTranslation("log.field.project"));
        project.setItemLabelGenerator(ProjectSummary::name);
        project.setClearButtonVisible(true);
        customer.addValueChangeListener(e -> {
            project.clear();
            project.setItems(
                    e.getValue() == null
                            ? List.of()
                            : projects.ofCustomer(e.getValue().id()));
        });
        if (fixedCustomerId != null) {
            // pre-filled ("log for this customer"), shown and changeable before saving; only an issue's entry is
            // bound to the issue's customer
            customer.setValue(customers.get(fixedCustomerId));
            customer.setReadOnly(issueId != null);
        }
        when.setId("log-when");
        when.setLabel(getTranslation("log.field.when"));
        when.setRequiredIndicatorVisible(true);
        place.setId("log-place");
        place.setLabel(getTranslation("log.field.place"));
        place.setMaxLength(200);
        channel.setId("log-channel");
        channel.setLabel(getTranslation("log.field.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.messageKey()));
        channel.setValue(Channel.PHONE);
        channel.setRequired(true);
        participants.setId("log-participants");
        participants.setLabel(getTranslation("log.field.participants"));
        participants.setMaxLength(300);
        content.setId("log-content");
        content.setLabel(getTranslation("log.field.content"));
        content.setRequired(true);
        content.setMaxLength(4000);
        content.setMinHeight("6em");
        outcome.setId("log-outcome");
        outcome.setLabel(getTranslation("log.field.outcome"));
        outcome.setMaxLength(1000);
    }

    /** A reply promised by this contact, and whether it answers the promise still open for the issue or customer. */
    private void openPromises(CommunicationService log, Long fixedCustomerId, Long issueId) {
        promised.setId("log-promised");
        promised.setLabel(getTranslation("log.field.promised"));
        promised.setHelperText(getTranslation("log.field.promised-help"));
        answers.setId("log-answers");
        answers.setLabel(getTranslation("log.field.answers"));
        List<LogEntry> open = issueId != null
                ? log.ofIssue(issueId).stream().filter(LogEntry::promiseOpen).toList()
                : fixedCustomerId != null
                        ? log.ofCustomer(fixedCustomerId).stream()
                                .filter(e -> e.issueId() == null && e.promiseOpen())
                                .toList()
                        : List.of();
        answers.setVisible(!open.isEmpty());
        answers.setValue(!open.isEmpty());
        if (!open.isEmpty()) {
            answers.setHelperText(getTranslation(
                    "log.field.answers-help", Formats.minute(open.getFirst().promisedReplyAt())));
        }
        if (issueId == null && !open.isEmpty()) {
            // the open promise is the pre-filled customer's: another customer's entry does not answer it
            customer.addValueChangeListener(
                    e -> answers.setVisible(e.getValue() != null && e.getValue().id() == fixedCustomerId));
        }
    }

    /** Files attached to the contact: kept here until the entry is saved, stored with it. */
    private void attachments() {
        upload.setId("log-upload");
        UploadTexts.attachments(upload, this, "attachment.error.type");
        upload.setMaxFileSize(AttachmentService.MAX_BYTES);
        upload.setAcceptedFileTypes(AttachmentService.ACCEPTED_TYPES.toArray(String[]::new));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                        ui -> ui.accessSynchronously(
                                () -> attach(new NewAttachment(metadata.fileName(), metadata.contentType(), bytes))))));
        upload.addFileRejectedListener(event -> Problems.error(getTranslation("attachment.error.rejected")));
        files.setId("log-files");
    }

    /** Records the entry; a refusal marks its fields and keeps everything typed. */
    private void save(CommunicationService log, Long issueId, ZoneId zone, Consumer<LogEntry> saved) {
        Instant occurred =
                when.getValue() == null ? null : when.getValue().atZone(zone).toInstant();
        Instant promise = promised.getValue() == null
                ? null
                : promised.getValue().atZone(zone).toInstant();
        try {
            LogEntry entry = log.record(new NewLogEntry(
                    customer.getValue() == null ? -1 : customer.getValue().id(),
                    project.getValue() == null ? null : project.getValue().id(),
                    issueId,
                    occurred,
                    place.getValue(),
                    channel.getValue(),
                    participants.getValue(),
                    content.getValue(),
                    outcome.getValue(),
                    promise,
                    answers.isVisible() && answers.getValue(),
                    attached));
            close();
            saved.accept(entry);
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            if (ui != null) {
                com.vaadin.flow.component.ComponentUtil.fireEvent(ui, new LogSaved(ui, entry));
            }
        } catch (InvalidInputException e) {
            if (e.on(NewLogEntry.Field.ATTACHMENTS).isPresent()) {
                attached.clear();
                showFiles();
            }
            Problems.show(
                    this,
                    e,
                    Problems.at(customer, NewLogEntry.Field.CUSTOMER_ID),
                    Problems.at(project, NewLogEntry.Field.PROJECT_ID),
                    Problems.at(when, NewLogEntry.Field.OCCURRED_AT),
                    Problems.at(place, NewLogEntry.Field.PLACE),
                    Problems.at(channel, NewLogEntry.Field.CHANNEL),
                    Problems.at(participants, NewLogEntry.Field.PARTICIPANTS),
                    Problems.at(content, NewLogEntry.Field.CONTENT),
                    Problems.at(outcome, NewLogEntry.Field.OUTCOME),
                    Problems.at(promised, NewLogEntry.Field.PROMISED_REPLY_AT));
        }
    }

    /** Keeps an uploaded file with the entry to be saved (checked again when it is saved). */
    void attach(NewAttachment file) {
        try {
            AttachmentService.checked(file.contentType(), file.content());
            attached.add(file);
            upload.clearFileList();
            showFiles();
        } catch (AttachmentRejectedException e) {
            Problems.error(getTranslation(e.messageKey()));
        }
    }

    private void showFiles() {
        files.removeAll();
        for (NewAttachment file : List.copyOf(attached)) {
            Span name = new Span(file.fileName());
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                attached.remove(file);
                showFiles();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("attachment.remove"));
            remove.setTooltipText(getTranslation("attachment.remove"));
            files.add(new Div(name, remove));
        }
    }

    /** What the dialog's standard replies are picked by: the service and what is known of the issue answered. */
    public record Replies(
            com.siteline.knowledge.StandardReplies replies,
            com.siteline.sdk.IssueType type,
            String categoryId,
            String deadline) {}
}
