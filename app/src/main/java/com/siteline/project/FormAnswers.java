package com.siteline.project;

import com.siteline.sdk.FormSpec;
import java.util.Map;

/**
 * A form's answers on a project with the definition version they belong to.
 *
 * @param rowVersion the stored row's version for optimistic locking; -1 when nothing is stored yet
 */
public record FormAnswers(FormSpec spec, Map<String, Object> values, long rowVersion, boolean editable) {}
