package com.siteline.organization;

import java.util.SortedSet;

/** A business unit (业务单元) and the plugin ids it runs. */
public record BusinessUnitSummary(long id, long version, String code, String name, SortedSet<String> pluginIds) {}
