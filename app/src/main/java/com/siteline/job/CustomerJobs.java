package com.siteline.job;

import com.siteline.base.AttachmentFile;
import com.siteline.base.CustomerActor;
import com.siteline.base.InputProblems;
import com.siteline.base.InvalidInputException;
import com.siteline.base.Message;
import com.siteline.base.RefusedException;
import com.siteline.job.internal.JobPhotoRepository;
import com.siteline.job.internal.RepairJob;
import com.siteline.job.internal.RepairJobRepository;
import com.siteline.organization.OrganizationService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's own repair jobs, for the customer portal: each method names the customer and only that customer
 * may call it ({@link CustomerActor#SELF}); staff, administrators and the system are refused. Staff work on jobs
 * through {@link Jobs}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(CustomerActor.SELF)
public class CustomerJobs {

    private final RepairJobRepository jobs;
    private final JobPhotoRepository photos;
    private final OrganizationService organization;
    private final Jobs staff;
    private final Clock clock;

    CustomerJobs(
            RepairJobRepository jobs,
            JobPhotoRepository photos,
            OrganizationService organization,
            Jobs staff,
            Clock clock) {
        this.jobs = jobs;
        this.photos = photos;
        this.organization = organization;
        this.staff = staff;
        this.clock = clock;
    }

    /** The completion photos of the customer's own job (ids, in the order taken). */
    public List<Long> photos(long customerId, long jobId) {
        return jobs.findById(jobId)
                .filter(j -> j.getCustomerId() == customerId)
                .map(j -> photos.idsOf(jobId))
                .orElse(List.of());
    }

    /** A completion photo of the customer's own job. */
    public Optional<AttachmentFile> photo(long customerId, long photoId) {
        return photos.findById(photoId)
                .filter(p -> jobs.findById(p.getJobId())
                        .filter(j -> j.getCustomerId() == customerId)
                        .isPresent())
                .map(p -> new AttachmentFile(p.getFileName(), p.getContentType(), p.getData()));
    }

    /** The job of the customer's own issue. */
    public Optional<JobSummary> ofIssue(long customerId, long issueId) {
        return jobs.findByIssueId(issueId)
                .filter(j -> j.getCustomerId() == customerId)
                .map(j -> Jobs.summary(j, organization.unitNameOf(j.getBusinessUnitId())));
    }

    /**
     * The customer confirms that the repair is done (after the technician completed it): the job is confirmed with
     * the name they typed, and its return visit follows.
     *
     * @throws InvalidInputException when the name is missing or too long ({@link JobStep.Field#CONFIRMED_BY})
     * @throws RefusedException when the job is not waiting for the customer's confirmation
     */
    @Transactional
    public JobSummary confirm(long customerId, long jobId, String name) {
        RepairJob job = jobs.findById(jobId)
                .filter(j -> j.getCustomerId() == customerId)
                .orElseThrow(() -> new NoSuchElementException("no job " + jobId));
        if (job.getState() != JobState.COMPLETED) {
            throw new RefusedException(
                    "job.refused.step",
                    Message.key("job.state.", job.getState()),
                    Message.key("job.state.", JobState.CONFIRMED));
        }
        InputProblems problems = new InputProblems();
        if (name == null || name.isBlank()) {
            problems.add(JobStep.Field.CONFIRMED_BY, "job.error.confirmed-by");
        }
        problems.maxLength(JobStep.Field.CONFIRMED_BY, name, 100, "job.error.confirmed-by-length")
                .refuseIfAny();
        Instant now = clock.instant();
        job.confirmed(name.strip(), now);
        RepairJob saved = jobs.saveAndFlush(job);
        staff.completed(saved, now);
        return Jobs.summary(saved, organization.unitNameOf(saved.getBusinessUnitId()));
    }
}
