package com.siteline.base.ui;

import com.siteline.base.AttachmentFile;
import com.siteline.base.Photos;
import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Photos picked for a record that is saved later (a job's completion, an event held): kept here until then; a file
 * that is not a photo, or too large, is said and left out; what was picked is listed. Its value is the photos
 * picked, so a form's binder writes them into the record it saves, and a refusal of them is shown under it.
 */
public class PhotoPicker extends AbstractCompositeField<Div, PhotoPicker, List<AttachmentFile>>
        implements HasValidation {

    private final String pickedKey;
    private final Paragraph list = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Div previews = new Div();
    private boolean invalid;
    private String errorMessage = "";

    public PhotoPicker(String id, int max, String pickedKey) {
        super(List.of());
        this.pickedKey = pickedKey;
        setId(id);
        getContent().setWidthFull();
        Upload upload = new Upload();
        upload.setId(id + "-upload");
        upload.setMaxFiles(max);
        upload.setMaxFileSize(Photos.MAX_BYTES);
        upload.setAcceptedFileTypes(Photos.TYPES.toArray(String[]::new));
        // on a phone the picker opens the camera (the back one); several shots upload one by one, each kept as it
        // arrives, with the upload's own progress per file
        upload.getElement().setProperty("capture", "environment");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(
                        ui -> ui.accessSynchronously(
                                () -> add(new AttachmentFile(metadata.fileName(), metadata.contentType(), bytes))))));
        UploadTexts.photos(upload, this, "attachment.error.not-photo");
        upload.addFileRejectedListener(e -> problem.setText(e.getFileName() + ": " + e.getErrorMessage()));
        list.setId(id + "-picked");
        previews.setId(id + "-previews");
        previews.addClassName("siteline-thumbs");
        problem.setId(id + "-problem");
        problem.addClassName("siteline-error-text");
        getContent().add(upload, previews, list, problem);
    }

    /** Takes a file if it is a photo Siteline keeps; says why not otherwise. */
    public void add(AttachmentFile file) {
        String refused = Photos.problem(file.contentType(), file.content());
        if (refused != null) {
            problem.setText(file.fileName() + ": " + getTranslation(refused));
            return;
        }
        problem.setText("");
        List<AttachmentFile> picked = new ArrayList<>(getValue());
        picked.add(file);
        setValue(List.copyOf(picked));
    }

    @Override
    protected void setPresentationValue(List<AttachmentFile> picked) {
        previews.removeAll();
        for (int i = 0; i < picked.size(); i++) {
            AttachmentFile file = picked.get(i);
            Div thumb = PhotoViewer.thumbnail(null, () -> java.util.Optional.of(file), file.fileName());
            com.vaadin.flow.component.button.Button remove = new com.vaadin.flow.component.button.Button(
                    com.vaadin.flow.component.icon.VaadinIcon.CLOSE_SMALL.create(), click -> {
                        List<AttachmentFile> left = new ArrayList<>(getValue());
                        left.remove(file);
                        setValue(List.copyOf(left));
                    });
            remove.addClassName("siteline-thumb-remove");
            remove.addThemeVariants(
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_CONTRAST);
            remove.setTooltipText(getTranslation("attachment.remove"));
            remove.setAriaLabel(getTranslation("attachment.remove"));
            thumb.add(remove);
            previews.add(thumb);
        }
        list.setText(
                picked.isEmpty()
                        ? ""
                        : getTranslation(
                                pickedKey,
                                String.join(
                                        ", ",
                                        picked.stream()
                                                .map(AttachmentFile::fileName)
                                                .toList())));
    }

    public List<AttachmentFile> picked() {
        return getValue();
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        problem.setText(invalid ? this.errorMessage : "");
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        problem.setText(invalid ? errorMessage : "");
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
