package com.siteline.variant.homedecoration;

import org.pf4j.Plugin;

/** PF4J entry point of the home-decoration plugin; its content lives in the extensions beside it. */
public class HomeDecorationPlugin extends Plugin {}
