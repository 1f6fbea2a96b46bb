package com.siteline.plugin.internal;

import com.siteline.base.AbstractRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of one definition a plugin contributed; never changed once written. */
@Entity
@Table(name = "variant_definition")
public class VariantDefinition extends AbstractRow {

    public enum Kind {
        VARIANT,
        FORM,
        CHECKLIST
    }

    @Column(name = "plugin_id", nullable = false, length = 80)
    private String pluginId;

    @Column(nullable = false, length = 20)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(name = "definition_id", nullable = false, length = 80)
    private String definitionId;

    @Column(name = "definition_version", nullable = false)
    private int definitionVersion;

    // longtext on MariaDB (matched by name), clob on H2 (matched by type): see the V2_1 migrations
    @Lob
    @Column(nullable = false, columnDefinition = "longtext")
    private String content;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected VariantDefinition() {}

    public VariantDefinition(String pluginId, Kind kind, String definitionId, int definitionVersion, String content) {
        this.pluginId = pluginId;
        this.kind = kind;
        this.definitionId = definitionId;
        this.definitionVersion = definitionVersion;
        this.content = content;
        this.registeredAt = Instant.now();
    }

    public String getPluginId() {
        return pluginId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDefinitionId() {
        return definitionId;
    }

    public int getDefinitionVersion() {
        return definitionVersion;
    }

    public String getContent() {
        return content;
    }
}
