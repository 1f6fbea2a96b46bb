package com.siteline.sla;

import java.time.Instant;

/**
 * The rule that applies to an issue and the deadlines it sets.
 *
 * @param ruleNumber 1-based position of the rule in its plugin's list
 * @param nextUpdate the first periodic update while open; null when the rule sets none
 * @param resolution null when the rule sets no resolution target
 */
public record RuleMatch(
        int ruleNumber, ResponseRule rule, Instant firstResponse, Instant nextUpdate, Instant resolution) {}
