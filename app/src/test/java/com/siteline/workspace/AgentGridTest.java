package com.siteline.workspace;

import com.siteline.communication.CommunicationService;
import com.siteline.customer.CustomerDetails;
import com.siteline.customer.CustomerService;
import com.siteline.organization.RunAs;
import com.siteline.project.ProjectService;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Base of the workspace grid tests: signed in as the agent (EAST-PAINT and SH-HOME), with a customer
 * of the agent's unit and one of a unit the agent is not in, both named with this test's marker.
 */
@SitelineSpringTest
@WithUserDetails("agent")
abstract class AgentGridTest extends SpringBrowserlessTest {

    @Autowired
    protected RunAs as;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    CustomerService customers;

    @Autowired
    CommunicationService log;

    @Autowired
    ProjectService projects;

    String marker;
    CustomerDetails mine;
    CustomerDetails theirs;

    /** Names of the two customers, before the marker. */
    abstract String[] customerNames();

    @BeforeEach
    void customersOfTwoUnits() {
        marker = WorkspaceFixture.marker();
        mine = fixture.customer("SH-HOME", customerNames()[0] + marker);
        theirs = fixture.customer("BJ-PROPERTY", customerNames()[1] + marker);
    }

    @SuppressWarnings("unchecked")
    <T> List<T> rows(String gridId) {
        Grid<T> grid = $(Grid.class).id(gridId);
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }
}
