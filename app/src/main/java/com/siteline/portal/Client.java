package com.siteline.portal;

/** Where a portal request came from: the address and the browser, kept with every portal action. */
public record Client(String ip, String userAgent) {

    public static final Client UNKNOWN = new Client(null, null);
}
