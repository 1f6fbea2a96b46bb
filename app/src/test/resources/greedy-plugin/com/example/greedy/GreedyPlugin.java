package com.example.greedy;

import org.pf4j.Plugin;

/** A plugin whose extension asks the host for its database: it must fail to load, with the reason. */
public class GreedyPlugin extends Plugin {
}
