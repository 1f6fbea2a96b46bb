package com.siteline.base;

import java.util.List;
import java.util.Map;

/**
 * Records in the audit history a record created without an entity (a bulk insert of an import), the way an
 * entity change would be recorded: the audit module answers.
 */
public interface RecordAudit {

    /** @param fields the record's values by the audit registry's field names (nulls are left out) */
    void created(
            String recordType, long id, String label, Long businessUnitId, Long customerId, Map<String, Object> fields);

    /**
     * Keeps that the signed-in user was shown a record's masked fields in full (号码脱敏, revealed on demand), in a
     * transaction of its own.
     */
    void revealed(String recordType, long id, String label, Long businessUnitId, Long customerId, List<String> fields);
}
