package com.siteline.base.ui;

import com.siteline.base.AttachmentFile;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** A record's photos in a row of small squares, each opening the photo in a new tab; read when shown. */
public final class PhotoStrip {

    private PhotoStrip() {}

    public static Div of(String id, List<Long> photoIds, LongFunction<Optional<AttachmentFile>> fetch, String alt) {
        Div strip = new Div();
        strip.setId(id);
        strip.addClassName("siteline-portal-photos");
        for (long photoId : photoIds) {
            DownloadHandler handler = Downloads.of(event -> fetch.apply(photoId)
                            .map(f -> new DownloadResponse(
                                    new ByteArrayInputStream(f.content()),
                                    f.fileName(),
                                    f.contentType(),
                                    f.content().length))
                            .orElse(DownloadResponse.error(404)))
                    .inline();
            Anchor link = new Anchor(handler, "");
            link.setTarget("_blank");
            link.add(new Image(handler, alt));
            strip.add(link);
        }
        return strip;
    }
}
