package com.siteline.organization;

import com.siteline.sdk.PremisesKind;
import java.util.SortedSet;

/**
 * A business unit (业务单元), the plugin ids it runs and the kind of premises it serves (null: not named; a variant's
 * obligations for one kind only make no task then).
 */
public record BusinessUnitSummary(
        long id, long version, String code, String name, SortedSet<String> pluginIds, PremisesKind premises) {}
