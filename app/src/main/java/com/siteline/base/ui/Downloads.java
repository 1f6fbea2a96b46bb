package com.siteline.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InputStreamDownloadCallback;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;

/**
 * Downloads made in the language of the page they were asked from. A download is a request of its own, in which
 * Vaadin sets no current UI: {@code getLocale()} and {@code getTranslation()} would fall back to the first language
 * (Chinese) whatever the user chose. Every export of the app is made through here, with the page's UI current.
 */
public final class Downloads {

    private Downloads() {}

    public static InputStreamDownloadHandler of(InputStreamDownloadCallback callback) {
        return DownloadHandler.fromInputStream(event -> {
            UI before = UI.getCurrent();
            UI.setCurrent(event.getUI());
            try {
                return callback.complete(event);
            } finally {
                UI.setCurrent(before);
            }
        });
    }
}
