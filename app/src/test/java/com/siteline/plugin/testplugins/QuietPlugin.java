package com.siteline.plugin.testplugins;

import org.pf4j.Plugin;

/** Packed into a jar by the tests: a harmless plugin, used with a Plugin-Requires the host cannot meet. */
public class QuietPlugin extends Plugin {}
