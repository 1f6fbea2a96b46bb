package com.siteline.project;

import com.siteline.base.Actors;
import com.siteline.base.AttachmentFile;
import com.siteline.base.Photos;
import com.siteline.organization.Role;
import com.siteline.project.internal.ProjectAttachment;
import com.siteline.project.internal.ProjectAttachmentRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a project's forms and checklist items: photos, drawings, scans. Scoped like the
 * project itself; limited in size and type so a mistaken upload is refused with a clear reason.
 */
@Service
@Transactional(readOnly = true)
public class AttachmentService {

    /** 20 MB: a phone photo or a scanned contract, not a video. */
    public static final int MAX_BYTES = Photos.MAX_BYTES;

    public static final List<String> ACCEPTED_TYPES = List.of(
            "image/jpeg",
            "image/png",
            "image/webp",
            "image/heic",
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "image/vnd.dwg",
            "application/acad",
            "text/plain");

    private final ProjectAttachmentRepository attachments;
    private final ProjectService projects;

    private final java.time.Clock clock;

    AttachmentService(ProjectAttachmentRepository attachments, ProjectService projects, java.time.Clock clock) {
        this.clock = clock;
        this.attachments = attachments;
        this.projects = projects;
    }

    @Transactional
    @PreAuthorize(Role.Can.WORK)
    public AttachmentRef upload(long projectId, String fileName, String contentType, byte[] content) {
        String username = Actors.current();
        if (!projects.visible(projectId)) {
            throw new java.util.NoSuchElementException("no project " + projectId);
        }
        String type = checked(contentType, content);
        String name = safeName(fileName);
        ProjectAttachment saved =
                attachments.save(new ProjectAttachment(projectId, name, type, content, username, clock.instant())
                        .inStage(projects.get(projectId).currentStageId()));
        return new AttachmentRef(saved.getId(), saved.getFileName());
    }

    /**
     * The file's content type if Siteline takes such a file (not empty, at most 20 MB, an accepted type).
     *
     * @throws AttachmentRejectedException naming the reason otherwise
     */
    public static String checked(String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new AttachmentRejectedException("attachment.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new AttachmentRejectedException("attachment.error.too-large");
        }
        String type = contentType == null ? "" : contentType.toLowerCase();
        if (!ACCEPTED_TYPES.contains(type)) {
            throw new AttachmentRejectedException("attachment.error.type");
        }
        return type;
    }

    /** The photo types Siteline takes where only a photo will do. */
    public static final List<String> PHOTO_TYPES = Photos.TYPES;

    /**
     * Why a file is refused where only a photo will do (empty, over 20 MB, not a photo), as a bundle key; null when
     * it is a photo Siteline takes.
     */
    public static String photoProblem(String contentType, byte[] content) {
        return Photos.problem(contentType, content);
    }

    /** A file name without path separators, at most 200 characters. */
    public static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank()
                ? "file"
                : fileName.replaceAll("[\\\\/]", "_").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** A project's files (without their content), newest first, if the user may see the project. */
    public List<ProjectFile> filesOf(long projectId) {
        if (!projects.visible(projectId)) {
            throw new java.util.NoSuchElementException("no project " + projectId);
        }
        return attachments.filesOf(projectId);
    }

    /** The file, if it exists on a project the user may see. */
    public Optional<AttachmentFile> download(long attachmentId) {
        String username = Actors.current();
        return attachments
                .findById(attachmentId)
                .filter(a -> projects.visible(a.getProjectId()))
                .map(a -> new AttachmentFile(a.getFileName(), a.getContentType(), a.getData()));
    }
}
