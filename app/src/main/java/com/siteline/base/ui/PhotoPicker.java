package com.siteline.base.ui;

import com.siteline.base.AttachmentFile;
import com.siteline.base.Photos;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Photos picked for a record that is saved later (a job's completion, an event held): kept here until then; a file
 * that is not a photo, or too large, is said and left out; what was picked is listed.
 */
public class PhotoPicker extends Div {

    private final List<AttachmentFile> picked = new ArrayList<>();
    private final Paragraph list = new Paragraph();
    private final Paragraph problem = new Paragraph();

    public PhotoPicker(String id, int max, String pickedKey) {
        setId(id);
        setWidthFull();
        Upload upload = new Upload();
        upload.setId(id + "-upload");
        upload.setMaxFiles(max);
        upload.setMaxFileSize(Photos.MAX_BYTES);
        upload.setAcceptedFileTypes(Photos.TYPES.toArray(String[]::new));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.accessSynchronously(() ->
                        add(new AttachmentFile(metadata.fileName(), metadata.contentType(), bytes), pickedKey)))));
        UploadTexts.attachments(upload, this, "attachment.error.not-photo");
        upload.addFileRejectedListener(e -> problem.setText(e.getFileName() + ": " + e.getErrorMessage()));
        list.setId(id + "-picked");
        problem.setId(id + "-problem");
        problem.addClassName("siteline-error-text");
        add(upload, list, problem);
    }

    /** Takes a file if it is a photo Siteline keeps; says why not otherwise. */
    public void add(AttachmentFile file, String pickedKey) {
        String refused = Photos.problem(file.contentType(), file.content());
        if (refused != null) {
            problem.setText(file.fileName() + ": " + getTranslation(refused));
            return;
        }
        problem.setText("");
        picked.add(file);
        list.setText(getTranslation(
                pickedKey,
                String.join(", ", picked.stream().map(AttachmentFile::fileName).toList())));
    }

    public List<AttachmentFile> picked() {
        return List.copyOf(picked);
    }
}
