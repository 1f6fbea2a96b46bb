package com.siteline.issue.ui;

import com.siteline.issue.IssueDetails;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the issue page that another module adds (the case's satisfaction survey), declared as a bean: the
 * issue module shows it without knowing the module.
 */
public interface IssueSection {

    /** A new component for the issue, or empty when the module has nothing to show for it. */
    Optional<Component> render(IssueDetails issue);
}
