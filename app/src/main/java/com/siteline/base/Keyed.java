package com.siteline.base;

/**
 * A value that says its own message key (an enum shown to users: a status, a kind, a channel). Screens translate
 * {@link #messageKey()} instead of building the key from a prefix and a name, and the i18n test enumerates every
 * keyed enum's values, so a new value without its texts fails the build.
 */
public interface Keyed {

    String messageKey();
}
