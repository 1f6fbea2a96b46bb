package com.siteline.security.internal;

/** Where the sign-in page lives: named here so that the security configuration needs no UI class. */
public final class LoginRoute {

    public static final String PATH = "login";

    private LoginRoute() {}
}
