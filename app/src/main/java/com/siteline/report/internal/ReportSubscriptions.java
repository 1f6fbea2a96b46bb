package com.siteline.report.internal;

import com.siteline.base.Actors;
import com.siteline.base.InvalidInputException;
import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.UserAccount;
import com.siteline.organization.UserSummary;
import com.siteline.report.KpiPeriod;
import com.siteline.report.KpiReports;
import com.siteline.report.ReportDocument;
import com.siteline.report.SlaGrouping;
import com.siteline.report.SlaReports;
import com.siteline.sla.UserZones;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled report emails: a manager chooses a report, its grouping, how often and which colleagues of
 * their units get it. Each period that ends is sent once (a delivery row per subscription and period,
 * claimed before sending, so a second node or a retry sends nothing), with the report as PDF and Excel
 * in each recipient's language, made as the manager who set it up sees it.
 */
@Service
public class ReportSubscriptions {

    /** A subscription as its owner sees it, with its last delivery. */
    public record Subscription(
            long id,
            String owner,
            ScheduledReport report,
            SlaGrouping grouping,
            ReportFrequency frequency,
            List<String> recipients,
            boolean active,
            LocalDate lastPeriod,
            String lastOutcome) {}

    private static final Logger log = LoggerFactory.getLogger(ReportSubscriptions.class);

    private final ReportSubscriptionRepository subscriptions;
    private final OrganizationService organization;
    private final SlaReports sla;
    private final KpiReports kpi;
    private final ReportTables tables;
    private final RunAs as;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final Clock clock;
    private final UserZones zones;

    ReportSubscriptions(
            ReportSubscriptionRepository subscriptions,
            OrganizationService organization,
            SlaReports sla,
            KpiReports kpi,
            ReportTables tables,
            RunAs as,
            JdbcTemplate jdbc,
            ObjectProvider<JavaMailSender> mail,
            @Value("${siteline.mail.from:siteline@localhost}") String from,
            Clock clock,
            UserZones zones) {
        this.zones = zones;
        this.subscriptions = subscriptions;
        this.organization = organization;
        this.sla = sla;
        this.kpi = kpi;
        this.tables = tables;
        this.as = as;
        this.jdbc = jdbc;
        this.mail = mail;
        this.from = from;
        this.clock = clock;
    }

    /** The signed-in manager's subscriptions. */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional(readOnly = true)
    public List<Subscription> mine() {
        return subscriptions.findByOwnerOrderById(Actors.current()).stream()
                .map(this::summary)
                .toList();
    }

    /** Whom the signed-in manager may send reports to: the active colleagues of their units. */
    @PreAuthorize(Role.Can.REPORT)
    public List<UserSummary> possibleRecipients() {
        return organization.colleaguesOf(Actors.current());
    }

    @PreAuthorize(Role.Can.REPORT)
    @Transactional
    public Subscription create(
            ScheduledReport report, SlaGrouping grouping, ReportFrequency frequency, Collection<String> recipients) {
        List<String> problems = new ArrayList<>();
        if (report == null || grouping == null || frequency == null) {
            problems.add("schedules.required");
        } else if (report == ScheduledReport.KPI && !KpiReports.GROUPINGS.contains(grouping)) {
            problems.add("kpi.grouping.unsupported");
        }
        Set<String> allowed =
                possibleRecipients().stream().map(UserSummary::username).collect(Collectors.toSet());
        if (recipients == null || recipients.isEmpty()) {
            problems.add("schedules.recipients.required");
        } else if (!allowed.containsAll(recipients)) {
            problems.add("schedules.recipients.outside");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReportSubscriptionRow row = new ReportSubscriptionRow(
                Actors.current(),
                report,
                grouping,
                frequency,
                String.join(",", recipients.stream().sorted().distinct().toList()),
                clock.instant());
        return summary(subscriptions.saveAndFlush(row));
    }

    /** Stops a subscription of the signed-in manager (its past deliveries stay listed). */
    @PreAuthorize(Role.Can.REPORT)
    @Transactional
    public Subscription stop(long id) {
        ReportSubscriptionRow row = subscriptions
                .findById(id)
                .filter(s -> s.getOwner().equals(Actors.current()))
                .orElseThrow(() -> new NoSuchElementException("no subscription " + id));
        row.setActive(false);
        return summary(row);
    }

    /**
     * Sends every active subscription's report of the period that has ended by {@code today}, unless it was
     * sent already; the timer runs it hourly. Returns how many deliveries this call made.
     */
    public int sendDue(LocalDate today) {
        return sendDue(owner -> today);
    }

    /** {@link #sendDue(LocalDate)} by each owner's own today, in their zone: the timer's call. */
    public int sendDue() {
        return sendDue(owner -> LocalDate.now(clock.withZone(zones.zoneOf(owner))));
    }

    private int sendDue(java.util.function.Function<String, LocalDate> todayOf) {
        int sent = 0;
        for (ReportSubscriptionRow row : subscriptions.findByActiveTrueOrderById()) {
            LocalDate first = row.getFrequency().lastPeriodFirst(todayOf.apply(row.getOwner()));
            if (claim(row, first)) {
                String outcome = deliver(row, first);
                jdbc.update(
                        "update report_delivery set outcome = ? where subscription_id = ? and period_first = ?",
                        outcome,
                        row.getId(),
                        first);
                sent++;
            }
        }
        return sent;
    }

    /** Takes the delivery of this period; false when another run has taken it already. */
    private boolean claim(ReportSubscriptionRow row, LocalDate first) {
        try {
            return jdbc.update(
                            "insert into report_delivery (subscription_id, period_first, sent_at, recipients, outcome)"
                                    + " values (?, ?, ?, ?, 'SENDING')",
                            row.getId(),
                            first,
                            Timestamp.from(clock.instant()),
                            row.getRecipients())
                    == 1;
        } catch (org.springframework.dao.DuplicateKeyException taken) {
            return false;
        }
    }

    /** Sends one report to each recipient in their language: SENT, NO_MAIL_SERVER, NO_ADDRESS or FAILED. */
    private String deliver(ReportSubscriptionRow row, LocalDate first) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return "NO_MAIL_SERVER";
        }
        LocalDate last = row.getFrequency().last(first);
        int delivered = 0;
        try {
            for (String recipient : row.getRecipients().split(",")) {
                String email = organization.emailOf(recipient).orElse(null);
                if (email == null || email.isBlank()) {
                    continue;
                }
                Locale locale = organization
                        .findAccount(recipient)
                        .map(UserAccount::locale)
                        .orElse(Locale.SIMPLIFIED_CHINESE);
                ReportDocument document = as.user(row.getOwner(), () -> render(row, first, last, locale));
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(email);
                helper.setSubject(document.title() + " · " + document.subtitle());
                helper.setText(tables.t(locale, "schedules.mail.text", document.title(), document.subtitle()));
                String name = row.getReport().name().toLowerCase(Locale.ROOT) + "-" + first;
                helper.addAttachment(name + ".pdf", new ByteArrayResource(document.pdf()), "application/pdf");
                helper.addAttachment(
                        name + ".xlsx",
                        new ByteArrayResource(document.workbook()),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                sender.send(message);
                delivered++;
            }
        } catch (RuntimeException | jakarta.mail.MessagingException e) {
            log.warn("Report email {} for {} failed: {}", row.getId(), first, e.toString());
            return "FAILED";
        }
        return delivered == 0 ? "NO_ADDRESS" : "SENT";
    }

    private ReportDocument render(ReportSubscriptionRow row, LocalDate first, LocalDate last, Locale locale) {
        return switch (row.getReport()) {
            case SLA -> tables.sla(sla.report(first, last, row.getGrouping()), locale);
            case KPI -> tables.kpi(kpi.scorecard(KpiPeriod.MONTH, first, row.getGrouping()), locale);
        };
    }

    private Subscription summary(ReportSubscriptionRow row) {
        List<java.util.Map<String, Object>> last = jdbc.queryForList(
                "select period_first, outcome from report_delivery"
                        + " where subscription_id = ? order by period_first desc limit 1",
                row.getId());
        LocalDate period =
                last.isEmpty() ? null : ((java.sql.Date) last.getFirst().get("period_first")).toLocalDate();
        return new Subscription(
                row.getId(),
                row.getOwner(),
                row.getReport(),
                row.getGrouping(),
                row.getFrequency(),
                List.of(row.getRecipients().split(",")),
                row.isActive(),
                period,
                last.isEmpty() ? null : (String) last.getFirst().get("outcome"));
    }
}
