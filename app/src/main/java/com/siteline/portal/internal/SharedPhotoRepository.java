package com.siteline.portal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SharedPhotoRepository extends JpaRepository<SharedPhotoRow, Long> {

    List<SharedPhotoRow> findByProjectId(long projectId);
}
