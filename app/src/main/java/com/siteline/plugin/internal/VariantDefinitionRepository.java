package com.siteline.plugin.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VariantDefinitionRepository extends JpaRepository<VariantDefinition, Long> {

    Optional<VariantDefinition> findByPluginIdAndKindAndDefinitionIdAndDefinitionVersion(
            String pluginId, VariantDefinition.Kind kind, String definitionId, int definitionVersion);

    Optional<VariantDefinition> findFirstByPluginIdAndKindAndDefinitionIdOrderByDefinitionVersionDesc(
            String pluginId, VariantDefinition.Kind kind, String definitionId);

    @org.springframework.data.jpa.repository.Query(
            "select distinct d.pluginId from VariantDefinition d where d.kind = :kind order by d.pluginId")
    java.util.List<String> pluginIdsOfKind(VariantDefinition.Kind kind);
}
