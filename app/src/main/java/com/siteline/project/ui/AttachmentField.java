package com.siteline.project.ui;

import com.siteline.base.ui.Downloads;
import com.siteline.base.ui.UploadTexts;
import com.siteline.project.AttachmentRef;
import com.siteline.project.AttachmentRejectedException;
import com.siteline.project.AttachmentService;
import com.siteline.project.internal.PendingFiles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A file as a form value: a stored one ({@code id/fileName}) to download or remove, or one just uploaded (size and
 * type checked, refusals explained), held in the dialog's {@link PendingFiles} until the dialog is saved. Nothing
 * is stored by uploading: a cancelled dialog leaves no file behind.
 */
public class AttachmentField extends CustomField<String> {

    private final Upload upload = new Upload();
    private final Anchor link = new Anchor();
    private final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    private final Span rejection = new Span();
    /** A photo's thumbnail (its square kept while empty, so the form does not jump when one arrives). */
    private final com.vaadin.flow.component.html.Div thumb = new com.vaadin.flow.component.html.Div();

    private final transient PendingFiles pending;
    private final boolean imagesOnly;
    private final transient AttachmentService attachments;
    private String value = "";

    public AttachmentField(String label, AttachmentService attachments, PendingFiles pending, boolean imagesOnly) {
        this.attachments = attachments;
        this.pending = pending;
        this.imagesOnly = imagesOnly;
        setLabel(label);
        if (imagesOnly) {
            // on a phone the picker opens the back camera
            upload.getElement().setProperty("capture", "environment");
        }
        thumb.addClassName("siteline-thumbs");
        // photos (a checklist line's): several, each added as it arrives; a document: one
        upload.setMaxFiles(imagesOnly ? com.siteline.project.ItemResult.PHOTOS_MAX : 1);
        upload.setMaxFileSize(AttachmentService.MAX_BYTES);
        List<String> types = imagesOnly
                ? AttachmentService.ACCEPTED_TYPES.stream()
                        .filter(t -> t.startsWith("image/"))
                        .toList()
                : AttachmentService.ACCEPTED_TYPES;
        upload.setAcceptedFileTypes(types.toArray(String[]::new));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.accessSynchronously(() -> {
                    try {
                        if (imagesOnly
                                && (metadata.contentType() == null
                                        || !metadata.contentType().startsWith("image/"))) {
                            throw new AttachmentRejectedException("attachment.error.type");
                        }
                        AttachmentService.checked(metadata.contentType(), bytes);
                        if (imagesOnly
                                && com.siteline.project.ItemResult.photosOf(value)
                                                .size()
                                        >= com.siteline.project.ItemResult.PHOTOS_MAX) {
                            throw new AttachmentRejectedException("checklist.error.photos");
                        }
                        String placeholder = pending.add(metadata.fileName(), metadata.contentType(), bytes);
                        rejection.setText("");
                        upload.clearFileList();
                        // a photo joins those the line has; a document replaces the answer
                        String next = imagesOnly && !value.isEmpty() ? value + "\n" + placeholder : placeholder;
                        setModelValue(next, true);
                        show(next);
                    } catch (AttachmentRejectedException e) {
                        rejection.setText(getTranslation(e.messageKey()));
                    }
                }))));
        if (imagesOnly) {
            UploadTexts.photos(upload, this, "attachment.error.type");
        } else {
            UploadTexts.attachments(upload, this, "attachment.error.type");
        }
        upload.addFileRejectedListener(event -> rejection.setText(getTranslation("attachment.error.rejected")));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel(getTranslation("attachment.remove"));
        remove.setTooltipText(getTranslation("attachment.remove"));
        remove.addClickListener(click -> {
            setModelValue("", true);
            show("");
        });
        rejection.addClassName("siteline-error-text");
        link.setTarget("_blank");
        HorizontalLayout current = new HorizontalLayout(VaadinIcon.PAPERCLIP.create(), link, remove);
        current.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(thumb, current, upload, rejection);
        show("");
    }

    private void show(String current) {
        value = current == null ? "" : current;
        showThumbnail();
        if (imagesOnly) {
            showPhotos();
            return;
        }
        if (PendingFiles.isPlaceholder(value)) {
            // taken, stored when the dialog is saved: its name, no download yet
            link.setText(PendingFiles.fileNameOf(value));
            link.removeHref();
            link.getParent().ifPresent(parent -> parent.setVisible(true));
            upload.setVisible(false);
            remove.setVisible(!isReadOnly());
            return;
        }
        AttachmentRef.parse(value)
                .ifPresentOrElse(
                        ref -> {
                            link.setText(ref.fileName());
                            link.setHref(Downloads.of(event -> attachments
                                    .download(ref.id())
                                    .map(file -> new DownloadResponse(
                                            new ByteArrayInputStream(file.content()),
                                            file.fileName(),
                                            file.contentType(),
                                            file.content().length))
                                    .orElse(DownloadResponse.error(404))));
                            link.getParent().ifPresent(parent -> parent.setVisible(true));
                            // one file per answer: remove it to upload another
                            upload.setVisible(false);
                        },
                        () -> {
                            link.getParent().ifPresent(parent -> parent.setVisible(false));
                            upload.setVisible(!isReadOnly());
                        });
        remove.setVisible(!isReadOnly() && !value.isEmpty());
    }

    /**
     * A checklist line's photos: each a thumbnail with its remove button, their names beside, the upload while the
     * line takes more.
     */
    private void showPhotos() {
        List<String> photos = com.siteline.project.ItemResult.photosOf(value);
        link.removeHref();
        link.setText(
                String.join(", ", photos.stream().map(AttachmentField::nameOf).toList()));
        link.getParent().ifPresent(parent -> parent.setVisible(!photos.isEmpty()));
        remove.setVisible(false);
        upload.setVisible(!isReadOnly() && photos.size() < com.siteline.project.ItemResult.PHOTOS_MAX);
    }

    private static String nameOf(String ref) {
        return PendingFiles.isPlaceholder(ref)
                ? PendingFiles.fileNameOf(ref)
                : AttachmentRef.parse(ref).map(AttachmentRef::fileName).orElse(ref);
    }

    /** One photo of a line taken away (stored ones are unlinked when the results are saved). */
    private void drop(String ref) {
        List<String> left = new java.util.ArrayList<>(com.siteline.project.ItemResult.photosOf(value));
        left.remove(ref);
        String next = String.join("\n", left);
        setModelValue(next, true);
        show(next);
    }

    /** The value's photos as thumbnails that open them at full size; a document shows only its name. */
    private void showThumbnail() {
        thumb.removeAll();
        if (imagesOnly) {
            for (String ref : com.siteline.project.ItemResult.photosOf(value)) {
                com.vaadin.flow.component.html.Div one = photoThumbnail(ref);
                if (one != null && !isReadOnly()) {
                    Button drop = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> drop(ref));
                    drop.addClassName("siteline-thumb-remove");
                    drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                    drop.setAriaLabel(getTranslation("attachment.remove"));
                    drop.setTooltipText(getTranslation("attachment.remove"));
                    one.add(drop);
                }
                if (one != null) {
                    thumb.add(one);
                }
            }
            thumb.setVisible(thumb.getChildren().findAny().isPresent());
            return;
        }
        java.util.Optional<PendingFiles.File> waiting = pending.of(value);
        if (waiting.isPresent()) {
            PendingFiles.File file = waiting.get();
            if (file.contentType() != null && file.contentType().startsWith("image/")) {
                thumb.add(com.siteline.base.ui.PhotoViewer.thumbnail(
                        null,
                        () -> java.util.Optional.of(new com.siteline.base.AttachmentFile(
                                file.fileName(), file.contentType(), file.content())),
                        file.fileName()));
            }
        } else {
            AttachmentRef.parse(value)
                    .filter(ref -> imagesOnly || looksLikePhoto(ref.fileName()))
                    .ifPresent(ref -> thumb.add(com.siteline.base.ui.PhotoViewer.thumbnail(
                            null, () -> attachments.download(ref.id()), ref.fileName())));
        }
        thumb.setVisible(thumb.getChildren().findAny().isPresent());
    }

    /** A thumbnail of a photo waiting to be stored or stored; null for anything else. */
    private com.vaadin.flow.component.html.Div photoThumbnail(String ref) {
        java.util.Optional<PendingFiles.File> waiting = pending.of(ref);
        if (waiting.isPresent()) {
            PendingFiles.File file = waiting.get();
            return com.siteline.base.ui.PhotoViewer.thumbnail(
                    null,
                    () -> java.util.Optional.of(
                            new com.siteline.base.AttachmentFile(file.fileName(), file.contentType(), file.content())),
                    file.fileName());
        }
        return AttachmentRef.parse(ref)
                .map(stored -> com.siteline.base.ui.PhotoViewer.thumbnail(
                        null, () -> attachments.download(stored.id()), stored.fileName()))
                .orElse(null);
    }

    private static boolean looksLikePhoto(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".jpg")
                || name.endsWith(".jpeg")
                || name.endsWith(".png")
                || name.endsWith(".webp")
                || name.endsWith(".gif");
    }

    @Override
    protected String generateModelValue() {
        return value;
    }

    @Override
    protected void setPresentationValue(String newValue) {
        show(newValue);
    }

    @Override
    public String getEmptyValue() {
        return "";
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        show(value);
    }
}
