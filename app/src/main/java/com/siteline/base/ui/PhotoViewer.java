package com.siteline.base.ui;

import com.siteline.base.AttachmentFile;
import com.siteline.base.Thumbnails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A photo as staff screens show it (#30): a square thumbnail of a fixed size (so nothing moves when it arrives), made
 * small on the server, that opens the photo at full size in a viewer (full screen on a phone) rather than downloading
 * a file. The photo is read when shown, not when the screen is built.
 */
public final class PhotoViewer {

    private PhotoViewer() {}

    /** A thumbnail of a photo read by {@code photo}; {@code alt} says what it shows. */
    public static Div thumbnail(String id, Supplier<Optional<AttachmentFile>> photo, String alt) {
        Div box = new Div();
        if (id != null) {
            box.setId(id);
        }
        box.addClassName("siteline-thumb");
        DownloadHandler preview = Downloads.of(event -> photo.get()
                        .map(f -> {
                            byte[] small = Thumbnails.jpeg(f.content(), Thumbnails.EDGE);
                            return small == null
                                    ? response(f.content(), f.fileName(), f.contentType())
                                    : response(small, "preview.jpg", "image/jpeg");
                        })
                        .orElse(DownloadResponse.error(404)))
                .inline();
        Image image = new Image(preview, alt);
        image.getElement().setAttribute("loading", "lazy");
        image.getElement().setAttribute("role", "button");
        image.getElement().setAttribute("tabindex", "0");
        image.getElement().setAttribute("title", alt);
        image.addClickListener(click -> open(photo, alt));
        box.add(image);
        return box;
    }

    /** The photo at full size in a dialog that closes by its button, Escape or a click outside. */
    public static void open(Supplier<Optional<AttachmentFile>> photo, String alt) {
        Dialog viewer = new Dialog();
        viewer.setId("photo-viewer");
        viewer.addClassName("siteline-photo-viewer");
        viewer.setHeaderTitle(alt);
        DownloadHandler full = Downloads.of(event -> photo.get()
                        .map(f -> response(f.content(), f.fileName(), f.contentType()))
                        .orElse(DownloadResponse.error(404)))
                .inline();
        Image image = new Image(full, alt);
        image.setId("photo-viewer-image");
        image.addClassName("siteline-photo-full");
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> viewer.close());
        close.setId("photo-viewer-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        String label = viewer.getTranslation("action.close");
        close.setAriaLabel(label);
        close.setTooltipText(label);
        viewer.getHeader().add(close);
        viewer.add(image);
        viewer.open();
    }

    private static DownloadResponse response(byte[] bytes, String name, String type) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
    }
}
