package com.siteline.base.ui;

import com.siteline.base.AttachmentFile;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** A record's photos in a row of square thumbnails, each opening the photo at full size; read when shown. */
public final class PhotoStrip {

    private PhotoStrip() {}

    public static Div of(String id, List<Long> photoIds, LongFunction<Optional<AttachmentFile>> fetch, String alt) {
        Div strip = new Div();
        strip.setId(id);
        strip.addClassName("siteline-thumbs");
        for (long photoId : photoIds) {
            strip.add(PhotoViewer.thumbnail(id + "-" + photoId, () -> fetch.apply(photoId), alt));
        }
        return strip;
    }
}
