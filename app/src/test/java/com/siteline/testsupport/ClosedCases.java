package com.siteline.testsupport;

import com.siteline.communication.CommunicationService;
import com.siteline.communication.NewLogEntry;
import com.siteline.customer.Channel;
import com.siteline.customer.CustomerDetails;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.IssueStatus;
import com.siteline.issue.StepInput;
import com.siteline.issue.Verdict;
import com.siteline.notification.CustomerMessage;
import com.siteline.notification.CustomerMessages;
import com.siteline.organization.RunAs;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Survey tests' cases: one handled by the demo agent (with or without a contact logged) and closed by the manager. */
@Component
public class ClosedCases {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]+)");

    private final WorkspaceFixture fixture;
    private final IssueService issues;
    private final IssueQueries queries;
    private final CommunicationService communications;
    private final CustomerMessages messages;
    private final RunAs as;
    private final Clock clock;

    ClosedCases(
            WorkspaceFixture fixture,
            IssueService issues,
            IssueQueries queries,
            CommunicationService communications,
            CustomerMessages messages,
            RunAs as,
            Clock clock) {
        this.fixture = fixture;
        this.issues = issues;
        this.queries = queries;
        this.communications = communications;
        this.messages = messages;
        this.as = as;
        this.clock = clock;
    }

    public IssueDetails close(CustomerDetails customer, String title, boolean contact) {
        IssueDetails raised = fixture.issue(customer, title, IssueType.COMPLAINT, "quality-acceptance", Urgency.NORMAL);
        IssueDetails assigned = as.user("admin", () -> issues.assign(raised.id(), raised.version(), "agent"));
        IssueDetails handling = as.user(
                "agent",
                () -> issues.move(assigned.id(), assigned.version(), IssueStatus.IN_PROGRESS, StepInput.none()));
        if (contact) {
            as.user(
                    "agent",
                    () -> communications.record(new NewLogEntry(
                            customer.id(),
                            null,
                            raised.id(),
                            clock.instant().minusSeconds(60),
                            null,
                            Channel.PHONE,
                            "客服；" + customer.name(),
                            "电话沟通处理方案",
                            "客户同意",
                            null,
                            false,
                            List.of())));
        }
        IssueDetails current = as.user("agent", () -> queries.get(handling.id()));
        IssueDetails feedback = as.user(
                "agent",
                () -> issues.move(
                        current.id(),
                        current.version(),
                        IssueStatus.FEEDBACK_GIVEN,
                        new StepInput("已反馈", "原因", "已整改", null)));
        return as.user(
                "manager",
                () -> issues.move(
                        feedback.id(),
                        feedback.version(),
                        IssueStatus.CLOSED,
                        new StepInput("核实", null, null, Verdict.SATISFIED)));
    }

    /** The survey link tokens sent to a customer, newest first (read from the outbox, as an admin would). */
    public List<String> links(long customerId) {
        return as.system(() -> messages.ofCustomer(customerId)).stream()
                .map(CustomerMessage::body)
                .map(LINK::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }
}
