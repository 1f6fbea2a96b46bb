package com.siteline.sla;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with an ordered rule list: errors block saving; warnings (a rule no issue can reach
 * because an earlier enabled rule takes all its issues) are shown but allowed.
 *
 * @param errors   "rule N: key" pairs, N counted from 1
 * @param warnings rule numbers that are unreachable, with the rule that shadows each
 */
public record RuleCheck(List<Problem> errors, List<Problem> warnings) {

    /** A finding about rule {@code rule} (1-based); {@code other} is the shadowing rule for warnings, else 0. */
    public record Problem(int rule, String messageKey, int other) {}

    public static RuleCheck of(List<ResponseRule> rules) {
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            for (String error : rules.get(i).errors()) {
                errors.add(new Problem(i + 1, error, 0));
            }
            if (!rules.get(i).enabled()) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (rules.get(i).shadowedBy(rules.get(j))) {
                    warnings.add(new Problem(i + 1, "rules.warning.unreachable", j + 1));
                    break;
                }
            }
        }
        return new RuleCheck(List.copyOf(errors), List.copyOf(warnings));
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
