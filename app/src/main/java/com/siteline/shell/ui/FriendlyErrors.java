package com.siteline.shell.ui;

import com.siteline.base.RefusedException;
import com.siteline.base.ui.Problems;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a user sees when something goes wrong that no screen expected: a message in their language that
 * says what happened and that what they typed is still there (the screen is left as it was), instead of
 * Vaadin's raw "internal error". The database being away reads differently from a plain fault.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String key = messageKey(error);
        if ("error.unexpected".equals(key)) {
            log.error("Unexpected error in a screen", error);
        } else {
            log.warn("{}: {}", key, error.toString());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Problems.error(ui.getTranslation(key)).setId("error-notification");
        }
    }

    /** Which words fit the error: the database away, a refused action, a conflict, or a plain fault. */
    static String messageKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            // a conflict first: Spring counts optimistic-locking failures as transient data access too
            if (cause instanceof org.springframework.dao.OptimisticLockingFailureException) {
                return "conflict.saved-by-other";
            }
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof java.sql.SQLTransientException
                    || cause instanceof java.net.ConnectException
                    || (cause instanceof SQLException sql
                            && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))) {
                return "error.database";
            }
            if (cause instanceof AccessDeniedException) {
                return "error.denied";
            }
            if (cause instanceof RefusedException) {
                return "error.refused";
            }
        }
        return "error.unexpected";
    }
}
