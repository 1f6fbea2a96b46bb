package com.siteline.project.internal;

import com.siteline.project.ProjectFile;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectAttachmentRepository extends JpaRepository<ProjectAttachment, Long> {

    /** A project's files without their content, newest first. */
    @org.springframework.data.jpa.repository.Query(
            "select new com.siteline.project.ProjectFile(a.id, a.projectId, a.fileName,"
                    + " a.contentType, a.sizeBytes, a.stageId, a.uploadedAt, a.uploadedBy) from ProjectAttachment a"
                    + " where a.projectId = :projectId order by a.uploadedAt desc, a.id desc")
    java.util.List<ProjectFile> filesOf(@org.springframework.data.repository.query.Param("projectId") long projectId);
}
