package com.siteline.plan.internal;

import com.siteline.plan.PlanState;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommPlanRepository extends JpaRepository<CommPlan, Long> {

    List<CommPlan> findByProjectIdOrderByPlanVersionDesc(long projectId);

    Optional<CommPlan> findByProjectIdAndState(long projectId, PlanState state);

    @Query("select max(p.planVersion) from CommPlan p where p.projectId = :projectId")
    Integer lastVersion(long projectId);

    @Query("select p.projectId from CommPlan p where p.state = com.siteline.plan.PlanState.IN_FORCE")
    List<Long> projectsInForce();

    @Query("select p from CommPlan p where p.state in (com.siteline.plan.PlanState.SUBMITTED,"
            + " com.siteline.plan.PlanState.REVIEWED) order by p.submittedAt")
    List<CommPlan> pending();
}
