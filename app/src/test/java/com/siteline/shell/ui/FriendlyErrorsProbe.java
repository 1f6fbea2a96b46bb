package com.siteline.shell.ui;

/** Lets tests outside the package ask which words a screen would show for an error. */
public final class FriendlyErrorsProbe {

    private FriendlyErrorsProbe() {}

    public static String messageKey(Throwable error) {
        return FriendlyErrors.messageKey(error);
    }
}
