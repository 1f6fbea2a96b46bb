package com.example.windowcleaning;

import org.pf4j.Plugin;

/** A third party's plugin, compiled by the test against the SDK jar only: not part of Siteline's build. */
public class WindowCleaningPlugin extends Plugin {
}
