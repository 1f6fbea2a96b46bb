package com.siteline.plugin;

import com.siteline.sdk.BusinessVariant;
import com.siteline.sdk.NotificationSender;
import com.siteline.sdk.PluginApi;
import com.siteline.sdk.PluginContext;
import com.siteline.sdk.VariantChecks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the business-variant plugins from the plugins directory with PF4J, each in its own class
 * loader, and keeps going when one of them is broken: a jar that cannot be read, that needs
 * another plugin API version or that throws on start is reported as failed with its reason, and
 * every other plugin still starts.
 */
public class PluginHost implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    private final Path pluginsDir;
    private final PluginExtensionFactory extensionFactory;
    private final HostPluginManager manager;
    /** Jars PF4J could not even load: they have no wrapper to carry their state. */
    private final List<PluginStatus> loadFailures = new CopyOnWriteArrayList<>();

    /** @param contexts the context each plugin's extensions get, by plugin id */
    public PluginHost(Path pluginsDir, Function<String, PluginContext> contexts) {
        this.pluginsDir = pluginsDir.toAbsolutePath().normalize();
        this.extensionFactory = new PluginExtensionFactory(type -> contexts.apply(pluginOf(type)));
        this.manager = new HostPluginManager(this.pluginsDir, extensionFactory);
        manager.setSystemVersion(PluginApi.VERSION);
        manager.addPluginStateListener(event -> {
            if (event.getPluginState() != PluginState.STARTED) {
                extensionFactory.evict(event.getPlugin().getPluginClassLoader());
            }
        });
    }

    /** Loads and starts every plugin found; never throws because of a broken plugin. */
    public void start() {
        if (!Files.isDirectory(pluginsDir)) {
            log.warn("Plugins directory {} does not exist: no business variant is available", pluginsDir);
            return;
        }
        for (Path path : manager.pluginPaths()) {
            try {
                manager.loadPlugin(path);
            } catch (RuntimeException | LinkageError e) {
                log.error("Plugin at {} could not be loaded", path, e);
                loadFailures.add(new PluginStatus(
                        path.getFileName().toString(),
                        null,
                        PluginStatus.State.FAILED,
                        reasonOf(e),
                        null,
                        path.toString()));
            }
        }
        for (PluginWrapper plugin : List.copyOf(manager.getResolvedPlugins())) {
            startOne(plugin);
        }
        log.info("Plugins: {}", statuses());
    }

    private void startOne(PluginWrapper plugin) {
        try {
            PluginState state = manager.startPlugin(plugin.getPluginId());
            if (state != PluginState.STARTED && plugin.getFailedException() == null) {
                log.warn("Plugin {} did not start: {}", plugin.getPluginId(), state);
            }
            if (state == PluginState.STARTED) {
                createExtensions(plugin);
                refuseInconsistentDeclarations(plugin);
            }
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin {} failed to start", plugin.getPluginId(), e);
            plugin.setPluginState(PluginState.FAILED);
            plugin.setFailedException(e);
        }
    }

    private String pluginOf(Class<?> extensionClass) {
        PluginWrapper plugin = manager.whichPlugin(extensionClass);
        return plugin == null ? "host" : plugin.getPluginId();
    }

    /**
     * Builds every extension of a plugin now, so one that asks for what the SDK does not offer (or fails in
     * its constructor) fails the plugin at start, with the reason, rather than later in some screen.
     */
    private void createExtensions(PluginWrapper plugin) {
        for (Class<?> type : manager.getExtensionClasses(plugin.getPluginId())) {
            try {
                extensionFactory.create(type);
            } catch (RuntimeException | LinkageError e) {
                manager.stopPlugin(plugin.getPluginId());
                throw e;
            }
        }
    }

    /** A variant whose stages name forms or checklists it does not declare would break projects: fail it now. */
    private void refuseInconsistentDeclarations(PluginWrapper plugin) {
        for (BusinessVariant variant : manager.getExtensions(BusinessVariant.class, plugin.getPluginId())) {
            List<String> problems = VariantChecks.problems(variant);
            if (!problems.isEmpty()) {
                manager.stopPlugin(plugin.getPluginId());
                throw new IllegalStateException("inconsistent declarations: " + String.join("; ", problems));
            }
        }
    }

    /** Starts a stopped plugin at run time; a failure is reported in its status, never thrown. */
    public PluginStatus start(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            throw new IllegalArgumentException("no plugin " + pluginId);
        }
        plugin.setFailedException(null);
        startOne(plugin);
        return statusOf(plugin);
    }

    /** Stops a started plugin at run time: its variant offers nothing new; stored data stays readable. */
    public PluginStatus stop(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        if (plugin == null) {
            throw new IllegalArgumentException("no plugin " + pluginId);
        }
        manager.stopPlugin(pluginId);
        return statusOf(plugin);
    }

    public Path pluginsDir() {
        return pluginsDir;
    }

    /** Every plugin found, sorted by id, with its state and, for a failed one, the reason. */
    public List<PluginStatus> statuses() {
        List<PluginStatus> all = new ArrayList<>(loadFailures);
        for (PluginWrapper plugin : manager.getPlugins()) {
            all.add(statusOf(plugin));
        }
        all.sort(Comparator.comparing(PluginStatus::id));
        return all;
    }

    public Optional<PluginStatus> status(String pluginId) {
        return statuses().stream().filter(s -> s.id().equals(pluginId)).findFirst();
    }

    /** The business variants of the started plugins. */
    public List<BusinessVariant> variants() {
        return manager.getExtensions(BusinessVariant.class).stream()
                .sorted(Comparator.comparing(BusinessVariant::id))
                .toList();
    }

    /** The id of the plugin an extension comes from. */
    public String pluginOf(Object extension) {
        return pluginOf(extension.getClass());
    }

    /** The customer channels the started plugins bring (SMS, WeChat Work, ...). */
    public List<com.siteline.sdk.CustomerChannel> customerChannels() {
        return manager.getExtensions(com.siteline.sdk.CustomerChannel.class);
    }

    /** The notification senders the started plugins bring (SMS, WeChat, ...). */
    public List<NotificationSender> notificationSenders() {
        return manager.getExtensions(NotificationSender.class);
    }

    /** The class loader a started plugin's classes come from (tests prove they are not the app's). */
    public Optional<ClassLoader> classLoaderOf(String pluginId) {
        return Optional.ofNullable(manager.getPlugin(pluginId)).map(PluginWrapper::getPluginClassLoader);
    }

    private PluginStatus statusOf(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        String version = plugin.getDescriptor().getVersion();
        String location = plugin.getPluginPath().toString();
        PluginState state = plugin.getPluginState();
        if (state == PluginState.FAILED) {
            return new PluginStatus(
                    plugin.getPluginId(),
                    version,
                    PluginStatus.State.FAILED,
                    reasonOf(plugin.getFailedException()),
                    requires,
                    location);
        }
        if (state == PluginState.DISABLED && !apiVersionFits(requires)) {
            // PF4J disables a plugin whose Plugin-Requires excludes our API: to an admin that is a failure
            return new PluginStatus(
                    plugin.getPluginId(),
                    version,
                    PluginStatus.State.FAILED,
                    "requires plugin API " + requires + ", this Siteline provides " + PluginApi.VERSION,
                    requires,
                    location);
        }
        return new PluginStatus(plugin.getPluginId(), version, map(state), null, requires, location);
    }

    private boolean apiVersionFits(String requires) {
        return requires == null
                || requires.isBlank()
                || "*".equals(requires)
                || manager.getVersionManager().checkVersionConstraint(PluginApi.VERSION, requires);
    }

    private static PluginStatus.State map(PluginState state) {
        return switch (state) {
            case STARTED -> PluginStatus.State.STARTED;
            case STOPPED -> PluginStatus.State.STOPPED;
            case DISABLED -> PluginStatus.State.DISABLED;
            case FAILED -> PluginStatus.State.FAILED;
            default -> PluginStatus.State.RESOLVED;
        };
    }

    private static String reasonOf(Throwable e) {
        if (e == null) {
            return "unknown";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root.getClass().getSimpleName() + message;
    }

    /** Stops every started plugin, last started first; one that throws does not keep the others running. */
    @Override
    public void close() {
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            try {
                manager.stopPlugin(plugin.getPluginId());
            } catch (RuntimeException | LinkageError e) {
                log.warn("Plugin {} failed to stop", plugin.getPluginId(), e);
            }
        }
        manager.unloadPlugins();
    }

    /** PF4J's default manager with our extension factory, and the plugin paths in reach. */
    private static final class HostPluginManager extends DefaultPluginManager {

        private final ExtensionFactory extensions;

        HostPluginManager(Path pluginsDir, ExtensionFactory extensions) {
            super(pluginsDir);
            this.extensions = extensions;
        }

        @Override
        protected ExtensionFactory createExtensionFactory() {
            // PF4J calls this from its constructor, before our field is set: delegate lazily
            return new ExtensionFactory() {
                @Override
                public <T> T create(Class<T> extensionClass) {
                    return extensions.create(extensionClass);
                }
            };
        }

        List<Path> pluginPaths() {
            return pluginRepository.getPluginPaths();
        }
    }
}
