package com.siteline.base.ui;

import com.siteline.base.Actors;
import com.siteline.base.RefusedException;
import com.siteline.base.work.BackgroundWork;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Long work a screen starts: it runs on the bounded background executor as the signed-in user while the page
 * polls for its progress; its result or failure is handed back on the page. When the executor is full the
 * refusal is handed back at once.
 */
public final class BackgroundTask {

    private static final int POLL_MILLIS = 500;

    private BackgroundTask() {}

    public static <T> void start(BackgroundWork work, Supplier<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        UI ui = UI.getCurrent();
        int previousPoll = ui.getPollInterval();
        ui.setPollInterval(POLL_MILLIS);
        var authentication = Actors.authentication();
        try {
            work.submit(() -> Actors.runAs(authentication, task))
                    .whenComplete((result, failure) -> ui.access(() -> {
                        ui.setPollInterval(previousPoll);
                        if (failure != null) {
                            failed.accept(failure.getCause() != null ? failure.getCause() : failure);
                        } else {
                            done.accept(result);
                        }
                    }));
        } catch (RefusedException busy) {
            ui.setPollInterval(previousPoll);
            failed.accept(busy);
        }
    }
}
