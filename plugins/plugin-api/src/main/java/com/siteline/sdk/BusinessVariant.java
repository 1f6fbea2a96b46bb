package com.siteline.sdk;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A business variant (业务类型) such as exterior-wall painting: the first extension point a plugin
 * contributes. Later API versions add further, optional extension points (forms, checklists, issue
 * categories, response-time defaults) beside it rather than changing this one.
 *
 * <p>Implementations are plain Java: they may take other beans the host offers through their
 * constructor, but must not depend on Spring, JPA or Vaadin types.
 */
public interface BusinessVariant extends ExtensionPoint {

    /** Stable id in kebab-case, equal to the plugin id, e.g. {@code exterior-painting}. */
    String id();

    /** The variant's name in zh-CN and English. */
    LocalizedText name();

    /** The project stages in pipeline order; never empty, ids unique. */
    List<StageDefinition> stages();
}
