package com.siteline.portal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PortalUploadRepository extends JpaRepository<PortalUploadRow, Long> {

    @Query("select u.id from PortalUploadRow u where u.issueId = :issue order by u.id")
    List<Long> idsOf(@Param("issue") long issueId);
}
