package com.siteline.improvement.internal;

import com.siteline.improvement.ImprovementSource;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ImprovementRepository extends JpaRepository<Improvement, Long>, JpaSpecificationExecutor<Improvement> {

    List<Improvement> findBySourceAndSourceIdOrderByIdDesc(ImprovementSource source, long sourceId);

    @Query("select i.id from Improvement i where i.state = com.siteline.improvement.ImprovementState.OPEN"
            + " and i.dueOn < :day and i.escalationStep < 2 order by i.dueOn")
    List<Long> overdue(LocalDate day);
}
