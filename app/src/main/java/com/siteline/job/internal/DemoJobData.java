package com.siteline.job.internal;

import com.siteline.base.AttachmentFile;
import com.siteline.base.grid.GridQuery;
import com.siteline.customer.CustomerService;
import com.siteline.issue.IssueDetails;
import com.siteline.issue.IssueQueries;
import com.siteline.issue.IssueService;
import com.siteline.issue.NewIssue;
import com.siteline.job.JobState;
import com.siteline.job.JobStep;
import com.siteline.job.JobSummary;
import com.siteline.job.Jobs;
import com.siteline.organization.RunAs;
import com.siteline.project.DemoPhotos;
import com.siteline.sdk.IssueType;
import com.siteline.sdk.Urgency;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo repair jobs at 滨江花园: the corridor light to dispatch; 钱女士's socket dispatched to 王师傅; the bathroom smell repaired and awaiting
 * 陈阿姨's confirmation; a leaking kitchen tap repaired, confirmed, its return visit due in three days.
 */
@Component
@Profile("demo")
@Order(4)
class DemoJobData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoJobData.class);

    private final RepairJobRepository rows;
    private final Jobs jobs;
    private final IssueQueries queries;
    private final IssueService issues;
    private final CustomerService customers;
    private final RunAs as;

    DemoJobData(
            RepairJobRepository rows,
            Jobs jobs,
            IssueQueries queries,
            IssueService issues,
            CustomerService customers,
            RunAs as) {
        this.rows = rows;
        this.jobs = jobs;
        this.queries = queries;
        this.issues = issues;
        this.customers = customers;
        this.as = as;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        as.user("manager", () -> {
            issue("楼道灯长期不亮").ifPresent(i -> jobs.create(i.id()));
            customers.samePhone("13611223344", null).stream().findFirst().ifPresent(customer -> {
                IssueDetails socket = issues.create(new NewIssue(
                        customer.id(),
                        null,
                        "卧室插座跳闸",
                        "插上电暖器即跳闸",
                        IssueType.REPAIR_REQUEST,
                        "other",
                        Urgency.IMPORTANT));
                JobSummary job = jobs.create(socket.id());
                jobs.step(job.id(), job.version(), JobState.DISPATCHED, dispatch("tech", 0, "50"));
            });
            issue("维修后卫生间仍有异味").ifPresent(i -> {
                JobSummary job = jobs.create(i.id());
                job = jobs.step(job.id(), job.version(), JobState.DISPATCHED, dispatch("tech2", 0, "80"));
                job = jobs.step(job.id(), job.version(), JobState.ON_SITE, JobStep.none());
                jobs.step(
                        job.id(),
                        job.version(),
                        JobState.COMPLETED,
                        new JobStep(
                                null,
                                null,
                                false,
                                "更换地漏防臭芯，重新打胶密封",
                                "防臭地漏芯 1 个、防霉密封胶 1 支",
                                new BigDecimal("80"),
                                null,
                                java.util.List.of(new AttachmentFile("完工-地漏.jpg", "image/jpeg", DemoPhotos.jpeg(501))),
                                null,
                                null,
                                null));
            });
            customers.samePhone("13501112222", null).stream().findFirst().ifPresent(customer -> {
                IssueDetails tap = issues.create(new NewIssue(
                        customer.id(), null, "厨房水龙头漏水", "龙头根部滴水", IssueType.REPAIR_REQUEST, "other", Urgency.NORMAL));
                JobSummary job = jobs.create(tap.id());
                job = jobs.step(job.id(), job.version(), JobState.DISPATCHED, dispatch("tech2", 0, "60"));
                job = jobs.step(job.id(), job.version(), JobState.ON_SITE, JobStep.none());
                job = jobs.step(
                        job.id(),
                        job.version(),
                        JobState.COMPLETED,
                        new JobStep(
                                null,
                                null,
                                false,
                                "更换陶瓷阀芯",
                                "阀芯 1 个",
                                new BigDecimal("60"),
                                null,
                                java.util.List.of(new AttachmentFile("完工-龙头.jpg", "image/jpeg", DemoPhotos.jpeg(502))),
                                null,
                                null,
                                null));
                jobs.step(
                        job.id(),
                        job.version(),
                        JobState.CONFIRMED,
                        new JobStep(null, null, false, null, null, null, "孙大爷", java.util.List.of(), null, null, null));
            });
            // the agent's units have repair work too: a decoration owner's hinge (quoted, dispatched) and a
            // painted wall peeling (just requested)
            customers.samePhone("13764120004", null).stream().findFirst().ifPresent(customer -> {
                IssueDetails hinge = issues.create(new NewIssue(
                        customer.id(),
                        null,
                        "厨房吊柜门铰链松动",
                        "吊柜门关不严，铰链螺丝松脱",
                        IssueType.REPAIR_REQUEST,
                        "after-sales",
                        Urgency.NORMAL));
                JobSummary job = jobs.create(hinge.id());
                jobs.step(job.id(), job.version(), JobState.DISPATCHED, dispatch("tech3", 2, "120"));
            });
            customers.samePhone("13962601234", null).stream().findFirst().ifPresent(customer -> {
                IssueDetails peeling = issues.create(new NewIssue(
                        customer.id(),
                        null,
                        "北立面局部涂层起皮",
                        "雨后北面外墙约 2 平方米起皮",
                        IssueType.REPAIR_REQUEST,
                        "coating-defect",
                        Urgency.NORMAL));
                jobs.create(peeling.id());
            });
        });
        log.info("Demo repair jobs created: {}", rows.count());
    }

    /**
     * To a technician for a two-hour window from the next full hour on (plus {@code hours}), on the unit's clock
     * (Shanghai); a window that would cross midnight ends at 23:59.
     */
    private static JobStep dispatch(String technician, int hours, String quote) {
        java.time.ZonedDateTime start = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                .plusHours(1L + hours);
        java.time.ZonedDateTime end = start.plusHours(2);
        return JobStep.dispatch(
                technician,
                start.toLocalDate(),
                start.toLocalTime(),
                end.toLocalDate().equals(start.toLocalDate()) ? end.toLocalTime() : java.time.LocalTime.of(23, 59),
                new BigDecimal(quote));
    }

    private java.util.Optional<IssueDetails> issue(String title) {
        return queries.page(GridQuery.empty().withSearch(title), 0, 5).stream()
                .filter(i -> i.title().equals(title)
                        && i.type() == IssueType.REPAIR_REQUEST
                        && i.status().isOpen())
                .findFirst();
    }
}
