package com.siteline.variant.exteriorpainting;

import org.pf4j.Plugin;

/** PF4J entry point of the exterior-painting plugin; its content lives in the extensions beside it. */
public class ExteriorPaintingPlugin extends Plugin {}
