package com.siteline.organization;

import java.util.SortedSet;

/** A team as the administration shows it. */
public record TeamSummary(
        long id,
        long version,
        long businessUnitId,
        String businessUnitName,
        String name,
        String lead,
        SortedSet<String> members) {}
