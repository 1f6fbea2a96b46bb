package com.siteline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.admin.ui.TeamsView;
import com.siteline.organization.BusinessUnitSummary;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.TeamSummary;
import com.siteline.organization.Teams;
import com.siteline.testsupport.SitelineSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** {@code admin/teams}: an administrator forms a team with a lead; a name left out is said at its field. */
@SitelineSpringTest
@WithUserDetails("admin")
class TeamsViewTest extends SpringBrowserlessTest {

    @Autowired
    Teams teams;

    @Autowired
    OrganizationService organization;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorFormsATeam() {
        navigate(TeamsView.class);
        test($(Button.class).id("new-team")).click();
        ComboBox<BusinessUnitSummary> unit = $(ComboBox.class).id("team-unit");
        unit.setValue(organization.businessUnits().stream()
                .filter(u -> u.code().equals("BJ-PROPERTY"))
                .findFirst()
                .orElseThrow());
        ((ComboBox<String>) $(ComboBox.class).id("team-lead")).setValue("manager");
        ((MultiSelectComboBox<String>) $(MultiSelectComboBox.class).id("team-members")).setValue(Set.of("admin"));
        test($(Button.class).id("team-save")).click();
        assertThat($(TextField.class).id("team-name").isInvalid()).isTrue();
        assertThat(((ComboBox<String>) $(ComboBox.class).id("team-lead")).getValue())
                .isEqualTo("manager");

        test($(TextField.class).id("team-name")).setValue("物业客服一组");
        test($(Button.class).id("team-save")).click();
        assertThat(teams.all())
                .filteredOn(t -> t.name().equals("物业客服一组"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.lead()).isEqualTo("manager");
                    assertThat(t.members()).containsExactly("admin", "manager");
                });
        Grid<TeamSummary> grid = $(Grid.class).id("teams-grid");
        assertThat(grid.getGenericDataView().getItems().map(TeamSummary::name)).contains("物业客服一组");
    }
}
