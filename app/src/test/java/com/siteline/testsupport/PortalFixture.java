package com.siteline.testsupport;

import com.siteline.customer.CustomerDetails;
import com.siteline.notification.CustomerMessage;
import com.siteline.notification.CustomerMessages;
import com.siteline.organization.RunAs;
import com.siteline.portal.Client;
import com.siteline.portal.CustomerConfirmations;
import com.siteline.portal.PortalAccess;
import com.siteline.portal.PortalSession;
import com.siteline.project.AttachmentService;
import com.siteline.project.NewProject;
import com.siteline.project.ProjectRecords;
import com.siteline.project.ProjectService;
import com.siteline.project.ProjectSummary;
import com.siteline.project.ProjectTeam;
import com.siteline.project.StageGates;
import com.siteline.sdk.StageDefinition;
import com.siteline.sdk.StageRequirement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Portal tests' ground: a home-decoration customer with a project standing at its node inspections (every checklist
 * ticked with a photo, waiting for the customer's signature), the invitation link and the codes read from the
 * outbox as an administrator would, and a signed-in portal session.
 */
@Component
public class PortalFixture {

    public static final Client BROWSER = new Client("203.0.113.7", "Mozilla/5.0 (iPhone) PortalTest");
    private static final Pattern LINK = Pattern.compile("portal\\?k=([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final WorkspaceFixture fixture;
    private final ProjectService projects;
    private final StageGates gates;
    private final ProjectRecords records;
    private final AttachmentService attachments;
    private final CustomerMessages messages;
    private final PortalAccess access;
    private final RunAs as;

    PortalFixture(
            WorkspaceFixture fixture,
            ProjectService projects,
            StageGates gates,
            ProjectRecords records,
            AttachmentService attachments,
            CustomerMessages messages,
            PortalAccess access,
            RunAs as) {
        this.fixture = fixture;
        this.projects = projects;
        this.gates = gates;
        this.records = records;
        this.attachments = attachments;
        this.messages = messages;
        this.access = access;
        this.as = as;
    }

    /** A customer and their project, of the given unit's home-decoration variant. */
    public record Ground(CustomerDetails customer, ProjectSummary project) {}

    /** A customer with a project at its node inspections, the inspections' checklists complete (with a photo each). */
    public Ground atInspection(String name) {
        CustomerDetails customer = fixture.customer("SH-HOME", name);
        ProjectSummary project = as.user(
                "pm",
                () -> projects.create(new NewProject(
                        name + "的新家",
                        null,
                        "上海市徐汇区测试路 8 号",
                        customer.businessUnitId(),
                        "home-decoration",
                        customer.id(),
                        new ProjectTeam(
                                "pm",
                                null,
                                "agent",
                                new BigDecimal("180000.00"),
                                LocalDate.of(2026, 9, 1),
                                LocalDate.of(2027, 1, 15),
                                null,
                                null))));
        SampleAnswers.walkTo(as, projects, gates, records, attachments, "pm", project.id(), "node-inspections");
        completeChecklists(project.id());
        return new Ground(customer, as.user("pm", () -> projects.get(project.id())));
    }

    /** Ticks every checklist of the project's current stage, each item with a photo uploaded now. */
    public void completeChecklists(long projectId) {
        ProjectSummary project = as.user("pm", () -> projects.get(projectId));
        StageDefinition stage = as.user("pm", () -> projects.variantOf(projectId))
                .stage(project.currentStageId())
                .orElseThrow();
        for (StageRequirement requirement : stage.requirements()) {
            if (requirement.kind() == StageRequirement.Kind.CHECKLIST) {
                String photo = as.user(
                                "pm",
                                () -> attachments.upload(
                                        projectId, requirement.refId() + ".png", "image/png", SampleAnswers.PNG))
                        .value();
                as.user("pm", () -> {
                    var stored = records.checklist(projectId, requirement.refId());
                    return records.saveChecklist(
                            projectId,
                            requirement.refId(),
                            SampleAnswers.allPass(stored.template().items(), photo),
                            stored.rowVersion());
                });
            }
        }
    }

    /** The newest portal link sent to the customer. */
    public String link(long customerId) {
        return bodies(customerId).stream()
                .map(LINK::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no portal link in the outbox"));
    }

    /** The newest code sent to the customer. */
    public String code(long customerId) {
        return as.system(() -> messages.ofCustomer(customerId)).stream()
                .filter(m -> "PORTAL_CODE".equals(m.kind()))
                .map(CustomerMessage::body)
                .map(CODE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no portal code in the outbox"));
    }

    /** Invites the customer (as the project manager) and returns the link's token. */
    public String invite(long customerId) {
        as.user("pm", () -> access.invite(customerId));
        return link(customerId);
    }

    /** Invites the customer and signs them in with the code from the outbox. */
    public PortalSession signIn(long customerId) {
        return signIn(customerId, "pm");
    }

    /** Invites the customer as a staff user of their unit and signs them in with the code from the outbox. */
    public PortalSession signIn(long customerId, String inviter) {
        as.user(inviter, () -> access.invite(customerId));
        String token = link(customerId);
        access.sendSignInCode(token, BROWSER);
        return access.signIn(token, code(customerId), BROWSER);
    }

    /** A signing code for the confirmation, as sent to the customer. */
    public String signingCode(PortalSession session, long confirmationId, CustomerConfirmations confirmations) {
        confirmations.sendSigningCode(session, confirmationId, BROWSER);
        return code(session.customerId());
    }

    private List<String> bodies(long customerId) {
        return as.system(() -> messages.ofCustomer(customerId)).stream()
                .map(CustomerMessage::body)
                .toList();
    }
}
