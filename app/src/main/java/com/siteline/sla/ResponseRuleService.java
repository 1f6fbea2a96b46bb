package com.siteline.sla;

import com.siteline.organization.Role;
import com.siteline.plugin.VariantCatalog;
import com.siteline.plugin.VariantSnapshot;
import com.siteline.sla.internal.ResponseRuleRepository;
import com.siteline.sla.internal.ResponseRuleRow;
import com.siteline.sla.internal.RuleListVersions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response-time rules per plugin. A plugin's declared defaults are its starting rules; once an admin
 * saves, the stored list is the plugin's rules and survives plugin upgrades until reset to defaults.
 */
@Service
@Transactional(readOnly = true)
public class ResponseRuleService {

    private final ResponseRuleRepository rules;
    private final VariantCatalog catalog;
    private final CalendarService calendars;

    private final RuleListVersions versions;

    ResponseRuleService(
            ResponseRuleRepository rules,
            VariantCatalog catalog,
            CalendarService calendars,
            RuleListVersions versions) {
        this.versions = versions;
        this.rules = rules;
        this.catalog = catalog;
        this.calendars = calendars;
    }

    /** The plugin's rules in order: the stored ones, or its defaults while none are stored. */
    public List<ResponseRule> rules(String pluginId) {
        List<ResponseRuleRow> stored = rules.findByPluginIdOrderByPosition(pluginId);
        return stored.isEmpty()
                ? defaults(pluginId)
                : stored.stream().map(ResponseRuleRow::toRule).toList();
    }

    /** The version of the plugin's rule list that a save or reset must name (0: never saved). */
    public long version(String pluginId) {
        return versions.current(pluginId);
    }

    public boolean customised(String pluginId) {
        return rules.existsByPluginId(pluginId);
    }

    public List<ResponseRule> defaults(String pluginId) {
        return catalog.snapshot(pluginId).map(VariantSnapshot::responseTimeDefaults).orElse(List.of()).stream()
                .map(ResponseRule::from)
                .toList();
    }

    /**
     * Stores the plugin's rules, replacing the previous list. Applies to issues raised from now on;
     * open issues keep the deadlines they were given.
     *
     * @param expectedVersion the {@link #version} the admin started editing from
     * @throws InvalidRulesException when a rule has an error; nothing is stored then
     * @throws ObjectOptimisticLockingFailureException when another admin saved or reset the list meanwhile
     */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public RuleCheck save(String pluginId, long expectedVersion, List<ResponseRule> changed) {
        RuleCheck check = RuleCheck.of(changed);
        if (!check.ok()) {
            throw new InvalidRulesException(check);
        }
        if (!versions.advance(pluginId, expectedVersion)) {
            throw new ObjectOptimisticLockingFailureException(ResponseRuleRow.class, pluginId);
        }
        rules.deleteByPlugin(pluginId);
        rules.flush();
        for (int i = 0; i < changed.size(); i++) {
            rules.save(new ResponseRuleRow(pluginId, i, changed.get(i)));
        }
        return check;
    }

    /** Forgets the admin's edits: the plugin's declared defaults apply again. */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public void resetToDefaults(String pluginId, long expectedVersion) {
        if (!versions.advance(pluginId, expectedVersion)) {
            throw new ObjectOptimisticLockingFailureException(ResponseRuleRow.class, pluginId);
        }
        rules.deleteByPlugin(pluginId);
    }

    /** The rule tester: which rule applies to such an issue raised at {@code raisedAt} in the unit, and its deadlines. */
    public Optional<RuleMatch> test(
            String pluginId,
            List<ResponseRule> candidate,
            ResponseRule.IssueFacts issue,
            Instant raisedAt,
            long businessUnitId) {
        for (int i = 0; i < candidate.size(); i++) {
            ResponseRule rule = candidate.get(i);
            if (rule.matches(issue) && rule.errors().isEmpty()) {
                BusinessCalendar calendar = calendars.calendarFor(businessUnitId);
                return Optional.of(new RuleMatch(
                        i + 1,
                        rule,
                        due(calendar, rule, raisedAt, rule.firstResponseMinutes()),
                        due(calendar, rule, raisedAt, rule.nextUpdateMinutes()),
                        due(calendar, rule, raisedAt, rule.resolutionMinutes())));
            }
        }
        return Optional.empty();
    }

    private static Instant due(BusinessCalendar calendar, ResponseRule rule, Instant from, Long minutes) {
        if (minutes == null) {
            return null;
        }
        return rule.businessTime() ? calendar.addBusinessMinutes(from, minutes) : from.plusSeconds(minutes * 60);
    }

    /** The rules were not saved; {@link #check()} says why. */
    public static class InvalidRulesException extends RuntimeException {
        private final transient RuleCheck check;

        InvalidRulesException(RuleCheck check) {
            super("invalid response-time rules: " + check.errors());
            this.check = check;
        }

        public RuleCheck check() {
            return check;
        }
    }
}
