package com.siteline.sla.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The version of each plugin's rule list (0 while it was never saved), moved on by one atomic update. */
@Component
public class RuleListVersions {

    private final JdbcTemplate jdbc;

    RuleListVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long current(String pluginId) {
        return jdbc.query(
                "select version from response_rule_list where plugin_id = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L,
                pluginId);
    }

    /**
     * Moves the list from the expected version to the next one; false when it is no longer at the
     * expected version (another admin saved meanwhile). Takes the row lock until the transaction ends.
     */
    public boolean advance(String pluginId, long expected) {
        if (expected == 0 && current(pluginId) == 0) {
            try {
                return jdbc.update("insert into response_rule_list (plugin_id, version) values (?, 1)", pluginId) == 1;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                return false;
            }
        }
        return jdbc.update(
                        "update response_rule_list set version = version + 1 where plugin_id = ? and version = ?",
                        pluginId,
                        expected)
                == 1;
    }
}
