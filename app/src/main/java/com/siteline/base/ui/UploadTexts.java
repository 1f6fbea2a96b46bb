package com.siteline.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * The upload component's own words ("Upload Files…", "Drop files here", its errors) in the user's language: every
 * upload of the app sets them here, so none shows the component's English defaults on the Chinese UI.
 */
public final class UploadTexts {

    private UploadTexts() {}

    /** The app's words for a file upload; {@code wrongTypeKey} says which files it takes. */
    public static void apply(Upload upload, Component owner, String addKey, String dropKey, String wrongTypeKey) {
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(owner.getTranslation(addKey))
                        .setMany(owner.getTranslation(addKey)))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(owner.getTranslation(dropKey))
                        .setMany(owner.getTranslation(dropKey)))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(owner.getTranslation("attachment.error.rejected"))
                        .setFileIsTooBig(owner.getTranslation("attachment.error.too-large"))
                        .setIncorrectFileType(owner.getTranslation(wrongTypeKey)))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(owner.getTranslation("upload.connecting"))
                                .setStalled(owner.getTranslation("upload.stalled"))
                                .setProcessing(owner.getTranslation("upload.processing"))
                                .setHeld(owner.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(owner.getTranslation("upload.remaining"))
                                .setUnknown(owner.getTranslation("upload.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(owner.getTranslation("upload.server-unavailable"))
                                .setUnexpectedServerError(owner.getTranslation("upload.server-error"))
                                .setForbidden(owner.getTranslation("upload.forbidden"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB")));
    }

    /** The app's words for photos taken on site: the button says "take or choose photos" (the phone's camera opens). */
    public static void photos(Upload upload, Component owner, String wrongTypeKey) {
        apply(upload, owner, "attachment.add-photos", "attachment.drop-photos", wrongTypeKey);
    }

    /** The app's words for an upload of attachments (files or photos). */
    public static void attachments(Upload upload, Component owner, String wrongTypeKey) {
        apply(upload, owner, "attachment.add", "attachment.drop", wrongTypeKey);
    }
}
