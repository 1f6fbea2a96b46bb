package com.siteline.variant.propertymanagement;

import org.pf4j.Plugin;

/** PF4J entry point of the property-management plugin; its content lives in the extensions beside it. */
public class PropertyManagementPlugin extends Plugin {}
