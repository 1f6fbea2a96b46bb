package com.siteline.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Plugin jars for tests: the real ones the build collected, and deliberately broken ones. */
public final class PluginJars {

    /** The business variants among them. */
    public static final List<String> REAL_VARIANT_IDS =
            List.of("exterior-painting", "home-decoration", "property-management");

    public static final List<String> REAL_PLUGIN_IDS =
            List.of("exterior-painting", "home-decoration", "property-management", "sms-smpp", "wecom");

    private PluginJars() {}

    /** The directory the build copied the three real plugin jars into (app/target/plugins). */
    public static Path builtPluginsDir() {
        String dir = System.getProperty("siteline.plugins.dir");
        if (dir == null) {
            throw new IllegalStateException("siteline.plugins.dir is not set: run the tests through Maven");
        }
        return Path.of(dir);
    }

    public static void copyRealPlugins(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> jars = Files.list(builtPluginsDir())) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.copy(jar, target.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Writes a plugin jar holding one compiled test class as its Plugin-Class. */
    public static Path writePluginJar(Path dir, String pluginId, Class<?> pluginClass, String requires)
            throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Plugin-Id", pluginId);
        attributes.putValue("Plugin-Version", "9.9.9");
        attributes.putValue("Plugin-Requires", requires);
        attributes.putValue("Plugin-Class", pluginClass.getName());
        attributes.putValue("Plugin-Provider", "Siteline tests");
        Path jar = dir.resolve(pluginId + ".jar");
        String entry = pluginClass.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry(entry));
            try (var in = pluginClass.getClassLoader().getResourceAsStream(entry)) {
                in.transferTo(out);
            }
            out.closeEntry();
        }
        return jar;
    }

    /** A file named like a plugin jar that is not a jar at all. */
    public static Path writeCorruptJar(Path dir, String name) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar)) {
            out.write("this is not a zip file".getBytes());
        }
        return jar;
    }
}
