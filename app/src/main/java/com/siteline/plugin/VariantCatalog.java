package com.siteline.plugin;

import com.siteline.organization.Role;
import com.siteline.plugin.internal.VariantDefinition;
import com.siteline.plugin.internal.VariantDefinition.Kind;
import com.siteline.plugin.internal.VariantDefinitionRepository;
import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.ChecklistTemplate;
import com.siteline.sdk.FieldProblem;
import com.siteline.sdk.FormSpec;
import com.siteline.sdk.StageDefinition;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the plugins contribute, registered under plugin id + definition version when a plugin starts
 * and kept forever: forms and checklists carry their own version (the plugin raises it when it
 * changes them); the stage pipeline gets a new version whenever its content changes. Records point
 * at the version they were made with, so they open correctly after an upgrade or while the plugin
 * is stopped.
 */
@Service
public class VariantCatalog {

    private static final Logger log = LoggerFactory.getLogger(VariantCatalog.class);

    private final PluginHost plugins;
    private final VariantDefinitionRepository definitions;
    private final JsonMapper json;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    private final PluginFaults faults;

    private final org.springframework.context.ApplicationEventPublisher events;

    VariantCatalog(
            PluginHost plugins,
            VariantDefinitionRepository definitions,
            JsonMapper json,
            PluginFaults faults,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.faults = faults;
        this.plugins = plugins;
        this.definitions = definitions;
        this.json = json;
    }

    @EventListener(ContextRefreshedEvent.class)
    @Transactional
    public void registerStartedVariants() {
        plugins.variants().forEach(this::register);
    }

    /** Stores what the variant declares that is not stored yet. */
    @Transactional
    public void register(BusinessVariant variant) {
        for (FormSpec form : variant.forms()) {
            store(variant.id(), Kind.FORM, form.id(), form.version(), form);
        }
        for (ChecklistTemplate checklist : variant.checklists()) {
            store(variant.id(), Kind.CHECKLIST, checklist.id(), checklist.version(), checklist);
        }
        VariantSnapshot snapshot = VariantSnapshot.of(variant);
        String content = json.writeValueAsString(snapshot);
        Optional<VariantDefinition> latest =
                definitions.findFirstByPluginIdAndKindAndDefinitionIdOrderByDefinitionVersionDesc(
                        variant.id(), Kind.VARIANT, variant.id());
        if (latest.isEmpty() || !latest.get().getContent().equals(content)) {
            int version = latest.map(d -> d.getDefinitionVersion() + 1).orElse(1);
            definitions.save(new VariantDefinition(variant.id(), Kind.VARIANT, variant.id(), version, content));
        }
        cache.remove(key(Kind.VARIANT, variant.id(), variant.id(), 0));
    }

    private void store(String pluginId, Kind kind, String id, int version, Object definition) {
        String content = json.writeValueAsString(definition);
        Optional<VariantDefinition> existing =
                definitions.findByPluginIdAndKindAndDefinitionIdAndDefinitionVersion(pluginId, kind, id, version);
        if (existing.isEmpty()) {
            definitions.save(new VariantDefinition(pluginId, kind, id, version, content));
        } else if (!existing.get().getContent().equals(content)) {
            // versions are immutable: records made under this version must keep meaning what they meant
            log.warn(
                    "Plugin {} changed {} {} without raising its version {}: the stored definition is kept",
                    pluginId,
                    kind,
                    id,
                    version);
        }
    }

    /** Starts a stopped plugin at run time and registers what it contributes. */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public PluginStatus startPlugin(String pluginId) {
        faults.clear(pluginId);
        PluginStatus.State before = stateOf(pluginId);
        PluginStatus status = plugins.start(pluginId);
        registerStartedVariants();
        events.publishEvent(new PluginStateChanged(pluginId, before, status.state()));
        return status;
    }

    private PluginStatus.State stateOf(String pluginId) {
        return plugins.status(pluginId).map(PluginStatus::state).orElse(null);
    }

    /** Stops a plugin at run time: no new projects of its variant; stored definitions stay readable. */
    @Transactional
    @PreAuthorize(Role.Can.ADMINISTER)
    public PluginStatus stopPlugin(String pluginId) {
        PluginStatus.State before = stateOf(pluginId);
        PluginStatus status = plugins.stop(pluginId);
        events.publishEvent(new PluginStateChanged(pluginId, before, status.state()));
        return status;
    }

    /**
     * What the started variants call a form, a form's field, a checklist, a checklist's line or a stage, for histories
     * that stored their ids ({@code form}: a form's id; {@code form/field}: a field; likewise {@code checklist} and
     * {@code checklist/line}; {@code stage}): the first variant that declares it.
     */
    public Optional<com.siteline.sdk.LocalizedText> term(String kind, String id) {
        String[] parts = id.split("/", 2);
        for (BusinessVariant variant : plugins.variants()) {
            Optional<com.siteline.sdk.LocalizedText> found = switch (kind) {
                case "form" ->
                    variant.forms().stream()
                            .filter(f -> f.id().equals(parts[0]))
                            .findFirst()
                            .flatMap(f -> parts.length == 1
                                    ? Optional.of(f.title())
                                    : f.sections().stream()
                                            .flatMap(s -> s.fields().stream())
                                            .filter(field -> field.id().equals(parts[1]))
                                            .findFirst()
                                            .map(com.siteline.sdk.FieldSpec::label));
                case "checklist" ->
                    variant.checklists().stream()
                            .filter(c -> c.id().equals(parts[0]))
                            .findFirst()
                            .flatMap(c -> parts.length == 1
                                    ? Optional.of(c.title())
                                    : c.items().stream()
                                            .filter(item -> item.id().equals(parts[1]))
                                            .findFirst()
                                            .map(com.siteline.sdk.ChecklistItem::text));
                case "stage" ->
                    variant.stages().stream()
                            .filter(s -> s.id().equals(id))
                            .findFirst()
                            .map(com.siteline.sdk.StageDefinition::name);
                default -> Optional.empty();
            };
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The variants whose plugins are started now. */
    public List<BusinessVariant> startedVariants() {
        return plugins.variants();
    }

    public Optional<BusinessVariant> startedVariant(String variantId) {
        return plugins.variants().stream().filter(v -> v.id().equals(variantId)).findFirst();
    }

    public Set<String> startedVariantIds() {
        return plugins.variants().stream().map(BusinessVariant::id).collect(Collectors.toSet());
    }

    /** Every variant ever registered, started or not (their records stay readable). */
    public List<String> variantIds() {
        return definitions.pluginIdsOfKind(Kind.VARIANT);
    }

    /** The variant as last registered (readable while its plugin is stopped). */
    public Optional<VariantSnapshot> snapshot(String variantId) {
        return Optional.ofNullable((VariantSnapshot) cache.computeIfAbsent(
                key(Kind.VARIANT, variantId, variantId, 0),
                k -> definitions
                        .findFirstByPluginIdAndKindAndDefinitionIdOrderByDefinitionVersionDesc(
                                variantId, Kind.VARIANT, variantId)
                        .map(d -> json.readValue(d.getContent(), VariantSnapshot.class))
                        .orElse(null)));
    }

    /** A form at the exact version records were made with. */
    public FormSpec form(String pluginId, String formId, int version) {
        return stored(Kind.FORM, pluginId, formId, version, FormSpec.class);
    }

    /** The newest registered version of a form, for new records. */
    public FormSpec currentForm(String pluginId, String formId) {
        return form(pluginId, formId, newestVersion(Kind.FORM, pluginId, formId));
    }

    public ChecklistTemplate checklist(String pluginId, String checklistId, int version) {
        return stored(Kind.CHECKLIST, pluginId, checklistId, version, ChecklistTemplate.class);
    }

    public ChecklistTemplate currentChecklist(String pluginId, String checklistId) {
        return checklist(pluginId, checklistId, newestVersion(Kind.CHECKLIST, pluginId, checklistId));
    }

    private <T> T stored(Kind kind, String pluginId, String id, int version, Class<T> type) {
        return type.cast(cache.computeIfAbsent(
                key(kind, pluginId, id, version),
                k -> definitions
                        .findByPluginIdAndKindAndDefinitionIdAndDefinitionVersion(pluginId, kind, id, version)
                        .map(d -> json.readValue(d.getContent(), type))
                        .orElseThrow(() -> new IllegalArgumentException(
                                "no " + kind + " " + pluginId + "/" + id + " v" + version))));
    }

    private int newestVersion(Kind kind, String pluginId, String id) {
        return definitions
                .findFirstByPluginIdAndKindAndDefinitionIdOrderByDefinitionVersionDesc(pluginId, kind, id)
                .map(VariantDefinition::getDefinitionVersion)
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + pluginId + "/" + id));
    }

    /** Forms of the variant that no stage requires: records kept beside the pipeline (e.g. meeting minutes). */
    public List<String> freeFormIds(String variantId) {
        Set<String> bound = snapshot(variantId).map(VariantSnapshot::stages).orElse(List.of()).stream()
                .flatMap(stage -> stage.requirements().stream())
                .map(r -> r.refId())
                .collect(Collectors.toSet());
        return startedVariant(variantId)
                .map(v -> v.forms().stream()
                        .map(FormSpec::id)
                        .filter(id -> !bound.contains(id))
                        .toList())
                .orElse(List.of());
    }

    /** The plugin's cross-field checks; none while the plugin is stopped. */
    public List<FieldProblem> validate(String variantId, String formId, Map<String, Object> answers) {
        try {
            return startedVariant(variantId)
                    .map(v -> v.validate(formId, answers))
                    .orElse(List.of());
        } catch (RuntimeException | LinkageError e) {
            // a broken hook must not keep the form from being saved with the core's own checks
            faults.record(variantId, "validate(" + formId + ")", e);
            return List.of();
        }
    }

    /** The plugin's derived values; none while the plugin is stopped. */
    public Map<String, Object> derive(String variantId, String formId, Map<String, Object> answers) {
        try {
            return startedVariant(variantId).map(v -> v.derive(formId, answers)).orElse(Map.of());
        } catch (RuntimeException | LinkageError e) {
            faults.record(variantId, "derive(" + formId + ")", e);
            return Map.of();
        }
    }

    public List<StageDefinition> stages(String variantId) {
        return snapshot(variantId).map(VariantSnapshot::stages).orElse(List.of());
    }

    private static String key(Kind kind, String pluginId, String id, int version) {
        return kind + "/" + Objects.requireNonNull(pluginId) + "/" + id + "/" + version;
    }
}
