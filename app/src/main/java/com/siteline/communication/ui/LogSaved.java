package com.siteline.communication.ui;

import com.siteline.communication.LogEntry;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * A log entry was just saved in this browser tab: what shows its promised replies (the inbox's strip) reads them
 * again at once instead of at the next reload. Fired on the UI; listen with {@code ComponentUtil.addListener}.
 */
@org.springframework.modulith.NamedInterface("ui")
public class LogSaved extends ComponentEvent<UI> {

    private final transient LogEntry entry;

    public LogSaved(UI ui, LogEntry entry) {
        super(ui, false);
        this.entry = entry;
    }

    public LogEntry entry() {
        return entry;
    }
}
