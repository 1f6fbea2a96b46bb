package com.siteline.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siteline.base.InvalidInputException;
import com.siteline.base.RefusedException;
import com.siteline.improvement.ImprovementRow;
import com.siteline.improvement.ImprovementSource;
import com.siteline.improvement.ImprovementState;
import com.siteline.improvement.Improvements;
import com.siteline.improvement.NewImprovement;
import com.siteline.organization.RunAs;
import com.siteline.testsupport.SitelineSpringTest;
import com.siteline.testsupport.WorkspaceFixture;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trainings on MariaDB: a bad plan refused field by field with nothing stored; a session serving an improvement action
 * implements it when held with someone attending; a future session cannot be recorded; each user's attended trainings
 * of a period equal a SQL recount.
 */
@SitelineSpringTest
class TrainingsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    Trainings trainings;

    @Autowired
    Improvements improvements;

    @Autowired
    WorkspaceFixture fixture;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTrainingServingAnImprovementImplementsItWhenHeldAndIsCountedPerUser() {
        long unit = fixture.unit("SH-HOME");
        LocalDate today = LocalDate.now(ZONE);
        long before = jdbc.queryForObject("select count(*) from training_session", Long.class);
        assertThatThrownBy(() -> as.user(
                        "manager",
                        () -> trainings.plan(new NewTraining(unit, " ", "陈静", null, null, Set.of("stranger"), null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.named())
                                .extracting(p -> p.field())
                                .containsExactly(
                                        NewTraining.Field.TOPIC,
                                        NewTraining.Field.HELD_ON,
                                        NewTraining.Field.ATTENDEES));
        assertThat(jdbc.queryForObject("select count(*) from training_session", Long.class))
                .isEqualTo(before);

        String marker = WorkspaceFixture.marker();
        ImprovementRow action = as.user(
                "manager",
                () -> improvements.raise(new NewImprovement(
                        unit,
                        ImprovementSource.OTHER,
                        null,
                        "巡检 " + marker,
                        "新员工不熟悉投诉首次响应时限",
                        "组织投诉响应培训",
                        "pm",
                        today.plusDays(10))));
        TrainingView planned = as.user(
                "manager",
                () -> trainings.plan(new NewTraining(
                        unit, "投诉响应时限 " + marker, "陈静", today, null, Set.of("agent", "pm"), action.id())));
        assertThat(planned.state()).isEqualTo(TrainingState.PLANNED);
        TrainingView later = as.user(
                "manager",
                () -> trainings.plan(
                        new NewTraining(unit, "下月培训 " + marker, "陈静", today.plusDays(3), null, Set.of("agent"), null)));
        assertThatThrownBy(() -> as.user(
                        "manager",
                        () -> trainings.recordHeld(later.id(), later.version(), Map.of("agent", true), Map.of())))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("training.refused.not-yet"));

        TrainingView held = as.user(
                "manager",
                () -> trainings.recordHeld(
                        planned.id(), planned.version(), Map.of("agent", true, "pm", false), Map.of("agent", true)));
        assertThat(held.state()).isEqualTo(TrainingState.HELD);
        assertThat(held.attendees())
                .containsExactly(
                        new TrainingView.Attendee("agent", true, true), new TrainingView.Attendee("pm", false, null));
        assertThat(as.user("manager", () -> improvements.get(action.id())).state())
                .isEqualTo(ImprovementState.IMPLEMENTED);
        assertThatThrownBy(() ->
                        as.user("manager", () -> trainings.recordHeld(held.id(), held.version(), Map.of(), Map.of())))
                .isInstanceOf(RefusedException.class);

        LocalDate first = today.withDayOfMonth(1);
        LocalDate last = first.plusMonths(1).minusDays(1);
        Map<String, Integer> counted = as.user("manager", () -> trainings.attendedBetween(first, last));
        Integer agent = jdbc.queryForObject(
                "select count(*) from training_attendee a join training_session s on s.id = a.session_id"
                        + " where a.username = 'agent' and a.attended and s.state = 'HELD'"
                        + " and s.held_on >= ? and s.held_on <= ?",
                Integer.class,
                first,
                last);
        assertThat(counted.getOrDefault("agent", 0)).isEqualTo(agent).isPositive();
        assertThat(as.user("manager", () -> trainings.recordOf("agent")))
                .extracting(TrainingView::id)
                .contains(held.id());
    }
}
