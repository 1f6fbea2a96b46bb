package com.siteline.job.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface JobPhotoRepository extends JpaRepository<JobPhoto, Long> {

    @Query("select p.id from JobPhoto p where p.jobId = :job order by p.id")
    List<Long> idsOf(@Param("job") long jobId);
}
