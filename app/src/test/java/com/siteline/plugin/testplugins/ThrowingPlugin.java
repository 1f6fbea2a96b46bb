package com.siteline.plugin.testplugins;

import org.pf4j.Plugin;

/** Packed into a jar by the tests: a plugin whose start blows up, as a buggy third-party plugin would. */
public class ThrowingPlugin extends Plugin {

    @Override
    public void start() {
        throw new IllegalStateException("deliberately broken on start");
    }
}
