package com.siteline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.admin.ui.BusinessUnitsView;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.RunAs;
import com.siteline.plugin.VariantCatalog;
import com.siteline.plugin.ui.PluginsView;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectService;
import com.siteline.project.ui.ProjectDetailView;
import com.siteline.sdk.BusinessVariant;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Admins choose which plugins a unit runs, and stop or start plugins at run time; existing projects stay readable. */
@SitelineSpringTest
@WithUserDetails("admin")
class BusinessUnitsViewTest extends SpringBrowserlessTest {

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    ProjectService projects;

    @Autowired
    VariantCatalog catalog;

    @AfterEach
    void restore() {
        BusinessUnitSummary home = unit("SH-HOME");
        as.system(() -> organization.changeUnit(home.id(), home.version(), Set.of("home-decoration"), null));
        if (catalog.startedVariant("exterior-painting").isEmpty()) {
            as.system(() -> catalog.startPlugin("exterior-painting"));
        }
    }

    @Test
    void turningAPluginOffForAUnitStopsNewProjectsButKeepsOldOnesReadable() {
        long existing = as.user(
                        "admin",
                        () -> projects.create(new NewProject(
                                "停用前的项目", "吴先生", null, unit("SH-HOME").id(), "home-decoration")))
                .id();

        navigate(BusinessUnitsView.class);
        Grid<BusinessUnitSummary> grid = $(Grid.class).id("unit-grid");
        int row = rowOf(grid, "SH-HOME");
        test(grid).select(row);
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> plugins = $(CheckboxGroup.class).id("unit-plugins");
        assertThat(plugins.getValue()).containsExactly("home-decoration");
        plugins.setValue(Set.of());
        test($(Button.class).id("save-unit")).click();

        assertThat(unit("SH-HOME").pluginIds()).isEmpty();
        assertThat(as.user("pm", () -> projects.unitsForNewProjects())).isEmpty();
        assertThat(as.user("admin", () -> projects.variantsFor(unit("SH-HOME").id())))
                .isEmpty();
        navigate(ProjectDetailView.class, existing);
        assertThat($(H2.class).single().getText()).isEqualTo("停用前的项目");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKindOfPremisesIsShownAndSavedWithTheUnit() {
        navigate(BusinessUnitsView.class);
        Grid<BusinessUnitSummary> grid = $(Grid.class).id("unit-grid");
        test(grid).select(rowOf(grid, "BJ-PROPERTY"));
        com.vaadin.flow.component.select.Select<String> premises =
                $(com.vaadin.flow.component.select.Select.class).id("unit-premises");
        assertThat(premises.getValue()).isEqualTo("RESIDENTIAL");
        assertThat(premises.getItemLabelGenerator().apply("RESIDENTIAL")).isEqualTo("住宅");
        test(grid).select(rowOf(grid, "SH-HOME"));
        assertThat(premises.getValue()).isEqualTo("NONE");
        premises.setValue("OFFICE");
        test($(Button.class).id("save-unit")).click();
        assertThat(unit("SH-HOME").premises()).isEqualTo(com.siteline.sdk.PremisesKind.OFFICE);

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(BusinessUnitsView.class);
        Grid<BusinessUnitSummary> english = $(Grid.class).id("unit-grid");
        test(english).select(rowOf(english, "BJ-PROPERTY"));
        assertThat($(com.vaadin.flow.component.select.Select.class)
                        .id("unit-premises")
                        .getLabel())
                .isEqualTo("Premises");
    }

    @Test
    void aStoppedPluginOffersNoNewProjectsAndStartsAgain() {
        long existing = as.user(
                        "admin",
                        () -> projects.create(new NewProject(
                                "停止前的外墙项目", "郑女士", null, unit("EAST-PAINT").id(), "exterior-painting")))
                .id();

        navigate(PluginsView.class);
        Button stop = (Button) test($(Grid.class).id("plugins")).getCellComponent(0, 5);
        assertThat(stop.getId()).contains("stop-exterior-painting");
        test(stop).click();
        assertThat(catalog.startedVariants()).extracting(BusinessVariant::id).doesNotContain("exterior-painting");
        assertThat(as.user(
                        "admin", () -> projects.variantsFor(unit("EAST-PAINT").id())))
                .isEmpty();
        // the project made before still opens, from the stored definitions
        navigate(ProjectDetailView.class, existing);
        assertThat($(H2.class).single().getText()).isEqualTo("停止前的外墙项目");

        navigate(PluginsView.class);
        Button start = (Button) test($(Grid.class).id("plugins")).getCellComponent(0, 5);
        assertThat(start.getId()).contains("start-exterior-painting");
        test(start).click();
        assertThat(catalog.startedVariants()).extracting(BusinessVariant::id).contains("exterior-painting");
        // the three variants, the SMS and the WeChat Work channel
        assertThat(test($(Grid.class).id("plugins")).size()).isEqualTo(5);
    }

    private BusinessUnitSummary unit(String code) {
        return organization.businessUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static int rowOf(Grid<BusinessUnitSummary> grid, String code) {
        var items = grid.getGenericDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no unit " + code);
    }
}
