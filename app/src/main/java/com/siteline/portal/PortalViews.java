package com.siteline.portal;

import com.siteline.base.Keyed;
import com.siteline.communication.LogEntry;
import com.siteline.issue.CustomerIssues;
import com.siteline.issue.IssueDetails;
import com.siteline.job.JobSummary;
import com.siteline.portal.internal.ProgressReport;
import com.siteline.project.ProjectSummary;
import com.siteline.sdk.LocalizedText;
import java.time.Instant;
import java.util.List;

/** What the portal's pages show, as the customer may see it. */
public final class PortalViews {

    private PortalViews() {}

    /** The start page: the customer's projects, what is waiting for them, their issues, open surveys. */
    public record Home(String customerName, List<ProjectCard> projects, List<Need> needs, List<IssueDetails> issues) {}

    /** A project in a line: where it stands among its stages. */
    public record ProjectCard(
            long id,
            String name,
            String address,
            LocalizedText stage,
            int stageNumber,
            int stageCount,
            boolean completed) {}

    /** Something waiting for the customer: a confirmation (inspection or change order) to sign, a survey to answer. */
    public record Need(Kind kind, long id, String title, Long projectId) {
        public enum Kind implements Keyed {
            CONFIRMATION,
            CHANGE_ORDER,
            SURVEY,
            RESOLUTION,
            REPAIR_DONE,
            MINUTES,
            MINUTES_APPROVAL,
            RECEIPT;

            @Override
            public String messageKey() {
                return "portal.need." + name();
            }
        }
    }

    /** One project: its stages with their dates, the photo timeline, confirmations and weekly reports. */
    public record Project(
            ProjectSummary summary,
            List<Stage> stages,
            List<PhotoGroup> photos,
            List<Confirmation> confirmations,
            List<ProgressReport> reports,
            List<SharedPhoto> documents,
            List<LogEntry> updates) {}

    /** A stage with when it was entered and left (null when not yet), and whether it is the current one. */
    public record Stage(
            String id,
            LocalizedText name,
            Instant enteredAt,
            Instant leftAt,
            boolean current,
            boolean done,
            boolean asksSignOff,
            boolean signed) {}

    /** Shared photos of one stage, newest first. */
    public record PhotoGroup(String stageId, LocalizedText stage, List<SharedPhoto> photos) {}

    /** One issue: its details as the customer may read them, its public timeline and the photos they sent. */
    public record Issue(
            IssueDetails details,
            List<CustomerIssues.PublicEntry> timeline,
            List<Long> photoIds,
            java.util.Optional<JobSummary> job,
            List<Long> jobPhotoIds) {}

    /** A photo sent with an issue. */
    public record Upload(String fileName, String contentType, byte[] content) {}
}
