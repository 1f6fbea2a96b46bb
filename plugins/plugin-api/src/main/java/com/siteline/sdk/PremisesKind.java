package com.siteline.sdk;

/**
 * What a business unit serves, where a variant's obligations differ by it (物业: 住宅 or 写字楼). A unit names its kind in
 * the administration; an obligation declared for some kinds makes no task in a unit of another kind or of none.
 */
public enum PremisesKind {
    /** 住宅小区: many owners, an owners' committee. */
    RESIDENTIAL,
    /** 写字楼 with a single owner. */
    OFFICE
}
