package com.siteline.obligation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObligationPhotoRepository extends JpaRepository<ObligationPhoto, Long> {

    @Query("select p.id from ObligationPhoto p where p.taskId = :task order by p.id")
    List<Long> idsOf(@Param("task") long taskId);
}
