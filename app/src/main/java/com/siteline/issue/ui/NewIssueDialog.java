package com.siteline.issue.ui;

import com.siteline.base.InvalidInputException;
import com.siteline.base.ui.Problems;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueTexts;
import com.siteline.issue.NewIssue;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import com.siteline.sla.UrgencyWords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;

/** Records a customer issue (identify); with a category it is classified at once. */
@org.springframework.modulith.NamedInterface("ui")
public class NewIssueDialog extends Dialog {

    public NewIssueDialog(IssueWorkbench bench, String username, Long fixedCustomerId, Consumer<IssueDetails> created) {
        setId("new-issue-dialog");
        setHeaderTitle(getTranslation("issue.new"));
        setWidth("720px");
        ComboBox<CustomerDetails> customer = new ComboBox<>(getTranslation("issue.field.customer"));
        customer.setId("new-issue-customer");
        customer.setRequired(true);
        customer.setItemLabelGenerator(c -> c.name() + " · " + com.siteline.base.Masks.phone(c.phone()));
        customer.setItems(query -> bench.customers().lookup(query.getFilter().orElse("")).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
        ComboBox<ProjectSummary> project = new ComboBox<>(getTranslation("issue.field.project"));
        project.setId("new-issue-project");
        project.setClearButtonVisible(true);
        project.setItemLabelGenerator(ProjectSummary::name);
        ComboBox<String> category = new ComboBox<>(getTranslation("issue.field.category"));
        category.setId("new-issue-category");
        category.setClearButtonVisible(true);
        category.setHelperText(getTranslation("issue.new.category-help"));
        category.setItemLabelGenerator(id -> IssueLabels.category(this, bench.catalog(), id));
        category.setItems(bench.queries().categoriesFor(null));
        customer.addValueChangeListener(e -> {
            project.clear();
            project.setItems(
                    e.getValue() == null
                            ? List.of()
                            : bench.projects().ofCustomer(e.getValue().id()));
        });
        project.addValueChangeListener(e -> category.setItems(bench.queries()
                .categoriesFor(e.getValue() == null ? null : e.getValue().variantId())));
        if (fixedCustomerId != null) {
            customer.setValue(bench.customers().get(fixedCustomerId));
            customer.setReadOnly(true);
        }
        TextField title = new TextField(getTranslation("issue.field.title"));
        title.setId("new-issue-title");
        title.setRequired(true);
        title.setMaxLength(200);
        TextArea description = new TextArea(getTranslation("issue.field.description"));
        description.setId("new-issue-description");
        description.setMaxLength(4000);
        ComboBox<IssueType> type = new ComboBox<>(getTranslation("issue.field.type"), IssueType.values());
        type.setId("new-issue-type");
        type.setItemLabelGenerator(t -> getTranslation("issue.type." + t.name()));
        type.setValue(IssueType.ENQUIRY);
        type.setRequired(true);
        ComboBox<Urgency> urgency = new ComboBox<>(getTranslation("issue.field.urgency"), Urgency.values());
        urgency.setId("new-issue-urgency");
        urgency.setItemLabelGenerator(u -> getTranslation(UrgencyWords.key(type.getValue(), u)));
        type.addValueChangeListener(e -> urgency.getListDataView().refreshAll());
        urgency.setValue(Urgency.NORMAL);
        urgency.setRequired(true);
        FormLayout form = new FormLayout(customer, project, title, type, urgency, category, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                IssueDetails issue = bench.issues()
                        .create(new NewIssue(
                                customer.getValue() == null
                                        ? -1
                                        : customer.getValue().id(),
                                project.getValue() == null
                                        ? null
                                        : project.getValue().id(),
                                title.getValue(),
                                description.getValue(),
                                type.getValue(),
                                category.getValue(),
                                urgency.getValue()));
                close();
                created.accept(issue);
            } catch (InvalidInputException e) {
                Problems.show(
                        this,
                        e,
                        Problems.at(customer, NewIssue.Field.CUSTOMER_ID),
                        Problems.at(project, NewIssue.Field.PROJECT_ID),
                        Problems.at(category, NewIssue.Field.CATEGORY_ID),
                        Problems.at(title, IssueTexts.Field.TITLE),
                        Problems.at(description, IssueTexts.Field.DESCRIPTION),
                        Problems.at(type, NewIssue.Field.TYPE),
                        Problems.at(urgency, NewIssue.Field.URGENCY));
            }
        });
        save.setId("new-issue-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
