package com.siteline.customer.ui;

import com.siteline.base.BulkResult;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Masks;
import com.siteline.base.RowVersion;
import com.siteline.base.grid.GridQuery;
import com.siteline.base.grid.SavedView;
import com.siteline.base.ui.Badge;
import com.siteline.base.ui.Formats;
import com.siteline.base.ui.Problems;
import com.siteline.base.ui.ViewFrame;
import com.siteline.base.ui.grid.DataGrid;
import com.siteline.base.ui.grid.GridKit;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.security.CurrentUser;
import com.siteline.sla.CustomerTier;
import com.siteline.sla.CustomerType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Customer records (客户档案) of the user's business units. */
@Route("customers")
@RolesAllowed({Role.Names.AGENT, Role.Names.MANAGER, Role.Names.ADMIN, Role.Names.PROJECT_MANAGER})
@Menu(title = "nav.customers", order = 12, icon = "vaadin:users")
public class CustomersView extends ViewFrame {

    private final transient CustomerService customers;
    private final String username;
    private final Map<Long, String> units;
    private final DataGrid<CustomerDetails> grid;

    public CustomersView(
            CustomerService customers, OrganizationService organization, GridKit kit, CurrentUser currentUser) {
        super("customers.title");
        setId("customers");
        setSizeFull();
        this.customers = customers;
        this.username = currentUser.username().orElseThrow();
        this.units = organization.unitNamesOf(username);
        grid = new DataGrid<>(kit, customers);
        grid.column("name", CustomerDetails::name);
        // contact details masked on the list (号码脱敏): in full on the customer's page on demand, the reveal
        // recorded; an export writes them in full only for the roles that may copy them
        boolean fullExport = Role.mayExportContacts(currentUser.roles());
        grid.column("phone", c -> Masks.phone(c.phone()))
                .exportedAs(fullExport ? CustomerDetails::phone : c -> Masks.phone(c.phone()));
        grid.column("tier", c -> getTranslation(c.tier().messageKey()))
                .component(c -> new Badge(
                        getTranslation(c.tier().messageKey()),
                        c.tier() == CustomerTier.VIP ? Badge.Tone.WARNING : Badge.Tone.NEUTRAL))
                .choiceLabels(v -> getTranslation("customer.tier." + v));
        grid.column("type", c -> getTranslation(c.type().messageKey()))
                .choiceLabels(v -> getTranslation("customer.type." + v));
        grid.column("tags", c -> String.join("、", c.tags()));
        grid.column("channel", c -> getTranslation(c.preferredChannel().messageKey()))
                .choiceLabels(v -> getTranslation("channel." + v));
        grid.column("address", c -> Masks.address(c.address()))
                .exportedAs(fullExport ? c -> nz(c.address()) : c -> Masks.address(c.address()));
        grid.column("wechat", c -> nz(c.wechatId())).hidden();
        grid.column("email", c -> Masks.email(c.email()))
                .exportedAs(fullExport ? c -> nz(c.email()) : c -> Masks.email(c.email()))
                .hidden();
        grid.column("unit", CustomerDetails::businessUnitName)
                .choices(
                        () -> units.keySet().stream().map(String::valueOf).toList(), id -> units.get(Long.valueOf(id)));
        grid.column("created", c -> Formats.day(c.createdAt()));
        grid.column("updated", c -> Formats.minute(c.updatedAt())).hidden();
        grid.presets(List.of(
                SavedView.builtIn("customers.view.all", GridQuery.empty()),
                SavedView.builtIn(
                        "customers.view.vip",
                        GridQuery.empty().choice("tier", CustomerTier.VIP.name(), CustomerTier.KEY.name())),
                SavedView.builtIn(
                        "customers.view.organisations",
                        GridQuery.empty()
                                .choice("type", CustomerType.GOVERNMENT.name(), CustomerType.ORGANISATION.name())),
                SavedView.builtIn(
                        "customers.view.wechat", GridQuery.empty().choice("channel", Channel.WECHAT.name()))));
        grid.identity(CustomerDetails::id).detail(this::panel).onOpen(this::open);
        grid.bulkAction("tag", "customers.bulk.tag", selected -> addTag(List.copyOf(selected)));
        Button create = new Button(getTranslation("customer.new"), VaadinIcon.PLUS.create());
        create.setId("new-customer");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new CustomerDialog(customers, username, units, null, saved -> {
                    grid.refresh();
                    open(saved);
                })
                .open());
        grid.addToToolbar(create);
        grid.build();
        add(grid);
        setFlexGrow(1, grid);
    }

    private void addTag(List<CustomerDetails> selected) {
        Dialog dialog = new Dialog(getTranslation("customers.bulk.tag"));
        TextField tag = new TextField(getTranslation("customer.field.tag"));
        tag.setId("bulk-tag-value");
        Button apply = new Button(getTranslation("action.apply"), click -> {
            try {
                BulkResult result = customers.addTag(
                        selected.stream()
                                .map(c -> new RowVersion(c.id(), c.version()))
                                .toList(),
                        tag.getValue());
                dialog.close();
                grid.grid().deselectAll();
                grid.refresh();
                Problems.report(
                        this,
                        result,
                        id -> selected.stream()
                                .filter(c -> c.id() == id)
                                .map(CustomerDetails::name)
                                .findFirst()
                                .orElse("#" + id));
            } catch (InvalidInputException e) {
                Problems.show(this, e);
            }
        });
        apply.setId("bulk-tag-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(tag);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), apply);
        dialog.open();
    }

    private Component panel(CustomerDetails customer) {
        Div panel = new Div();
        panel.setId("customer-panel");
        panel.add(new H3(customer.name()));
        panel.add(line(
                "customer.field.phone",
                Masks.phone(customer.phone())
                        + (customer.phone2() == null ? "" : " / " + Masks.phone(customer.phone2()))));
        panel.add(line("customer.field.type", getTranslation(customer.type().messageKey())));
        panel.add(line("customer.field.tier", getTranslation(customer.tier().messageKey())));
        panel.add(line(
                "customer.field.channel",
                getTranslation(customer.preferredChannel().messageKey())));
        panel.add(line("customer.field.wechat", nz(customer.wechatId())));
        panel.add(line("customer.field.email", Masks.email(customer.email())));
        panel.add(line("customer.field.address", Masks.address(customer.address())));
        panel.add(line("customer.field.tags", String.join("、", customer.tags())));
        panel.add(line("customer.field.special", nz(customer.specialRequirements())));
        panel.add(line("customer.field.notes", nz(customer.notes())));
        Button open = new Button(getTranslation("customer.open-360"), click -> open(customer));
        open.setId("customer-open-360");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        panel.add(open);
        return panel;
    }

    private Paragraph line(String labelKey, String value) {
        Paragraph line =
                new Paragraph(getTranslation(labelKey) + ": " + (value == null || value.isBlank() ? "—" : value));
        line.addClassName("siteline-panel-line");
        return line;
    }

    private void open(CustomerDetails customer) {
        getUI().ifPresent(ui -> ui.navigate("customers/" + customer.id()));
    }

    public DataGrid<CustomerDetails> dataGrid() {
        return grid;
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
