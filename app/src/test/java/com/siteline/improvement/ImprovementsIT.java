package com.siteline.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.TestClock;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Improvement actions on MariaDB: a bad one refused field by field with nothing stored; implemented by its owner,
 * refused to be verified by its owner or an agent, found not to work and reopened, then verified; an overdue one
 * tells its owner, then the managers, once each.
 */
@SitelineSpringTest
class ImprovementsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Improvements improvements;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clock() {
        jdbc.update(
                "delete from notification where created_at > ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(60)));
        TestClock.reset();
    }

    private static String refusal(Runnable step) {
        try {
            step.run();
        } catch (RefusedException e) {
            return e.message().key();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anActionIsImplementedByItsOwnerVerifiedByAnotherManagerAndReopenedWhenItDidNotWork() {
        long unit = fixture.unit("SH-HOME");
        String marker = WorkspaceFixture.marker();
        LocalDate today = LocalDate.now(ZONE);
        long before = jdbc.queryForObject("select count(*) from improvement", Long.class);
        assertThatThrownBy(() -> as.user(
                        "agent",
                        () -> improvements.raise(new NewImprovement(
                                unit,
                                ImprovementSource.COMPLAINT,
                                1L,
                                " ",
                                "",
                                "措施",
                                "admin-of-nothing",
                                today.minusDays(1)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(
                                        NewImprovement.Field.SOURCE_LABEL,
                                        NewImprovement.Field.CAUSE,
                                        NewImprovement.Field.OWNER,
                                        NewImprovement.Field.DUE_ON));
        assertThat(jdbc.queryForObject("select count(*) from improvement", Long.class))
                .isEqualTo(before);

        ImprovementRow raised = as.user(
                "agent",
                () -> improvements.raise(new NewImprovement(
                        unit,
                        ImprovementSource.COMPLAINT,
                        42L,
                        "#42 墙砖空鼓 " + marker,
                        "铺贴前未检查基层平整度",
                        "铺贴前增加基层平整度检查并拍照",
                        "pm",
                        today.plusDays(7))));
        assertThat(raised.state()).isEqualTo(ImprovementState.OPEN);
        assertThat(jdbc.queryForList(
                        "select recipient from notification where dedup_key = ?",
                        String.class,
                        "improvement-raised-" + raised.id()))
                .containsExactly("pm");
        assertThat(as.user("pm", () -> improvements.ofSource(ImprovementSource.COMPLAINT, 42L)))
                .extracting(ImprovementRow::id)
                .contains(raised.id());
        assertThat(refusal(() -> as.user("agent", () -> improvements.implemented(raised.id(), raised.version(), "做了"))))
                .isEqualTo("improvement.refused.not-owner");
        ImprovementRow implemented =
                as.user("pm", () -> improvements.implemented(raised.id(), raised.version(), "检查表已增加平整度一项"));
        assertThatThrownBy(() ->
                        as.user("pm", () -> improvements.verify(implemented.id(), implemented.version(), true, "有效")))
                .isInstanceOf(AccessDeniedException.class);
        ImprovementRow reopened = as.user(
                "manager",
                () -> improvements.verify(implemented.id(), implemented.version(), false, "抽查两户仍有空鼓，基层处理未执行到位"));
        assertThat(reopened.state()).isEqualTo(ImprovementState.OPEN);
        assertThat(reopened.verifiedBy()).isEqualTo("manager");
        ImprovementRow again =
                as.user("pm", () -> improvements.implemented(reopened.id(), reopened.version(), "班组培训一次，逐户复查"));
        ImprovementRow verified =
                as.user("manager", () -> improvements.verify(again.id(), again.version(), true, "复查五户无空鼓"));
        assertThat(verified.state()).isEqualTo(ImprovementState.VERIFIED);
        assertThat(refusal(() ->
                        as.user("manager", () -> improvements.verify(verified.id(), verified.version(), true, "再验一次"))))
                .isEqualTo("improvement.refused.state");

        // the manager who owns an action does not verify it
        ImprovementRow managers = as.user(
                "manager",
                () -> improvements.raise(new NewImprovement(
                        unit,
                        ImprovementSource.OTHER,
                        null,
                        "周例会 " + marker,
                        "原因",
                        "措施",
                        "manager",
                        today.plusDays(3))));
        ImprovementRow managersDone =
                as.user("manager", () -> improvements.implemented(managers.id(), managers.version(), "已做"));
        assertThat(refusal(() -> as.user(
                        "manager", () -> improvements.verify(managersDone.id(), managersDone.version(), true, "有效"))))
                .isEqualTo("improvement.refused.own");
    }

    @Test
    void anOverdueActionTellsItsOwnerThenTheManagersOnceEach() {
        long unit = fixture.unit("SH-HOME");
        ImprovementRow raised = as.user(
                "manager",
                () -> improvements.raise(new NewImprovement(
                        unit,
                        ImprovementSource.REPORT_ROW,
                        null,
                        "KPI 考核 · 上月 " + WorkspaceFixture.marker(),
                        "回访未按期",
                        "回访到期前一天提醒",
                        "agent",
                        LocalDate.now(ZONE).plusDays(1))));
        TestClock.advance(Duration.ofDays(3));
        as.system(improvements::escalate);
        as.system(improvements::escalate);
        assertThat(notices(raised.id())).containsExactly("IMPROVEMENT_OVERDUE:agent");
        TestClock.advance(Duration.ofDays(7));
        as.system(improvements::escalate);
        as.system(improvements::escalate);
        List<String> told = notices(raised.id());
        assertThat(told)
                .startsWith("IMPROVEMENT_OVERDUE:agent")
                .contains("IMPROVEMENT_ESCALATION:manager")
                .doesNotHaveDuplicates();
    }

    private List<String> notices(long id) {
        return jdbc.queryForList(
                "select concat(kind, ':', recipient) from notification where dedup_key like ? order by id",
                String.class,
                "improvement-" + id + "-%");
    }
}
