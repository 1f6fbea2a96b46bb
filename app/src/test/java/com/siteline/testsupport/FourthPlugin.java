package com.siteline.testsupport;

import com.siteline.sdk.BusinessVariant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.pf4j.Plugin;

/**
 * Builds a plugin the way a third party would, outside Siteline's reactor: compiles the sources in
 * test resources {@code fourth-plugin/} against the SDK and PF4J jars only, with PF4J's annotation
 * processor writing {@code extensions.idx}, and packs a PF4J plugin jar.
 */
public final class FourthPlugin {

    public static final String ID = "window-cleaning";

    private FourthPlugin() {}

    public static Path buildInto(Path pluginsDir) {
        return build(pluginsDir, "/fourth-plugin", ID, "com.example.windowcleaning.WindowCleaningPlugin");
    }

    /** A third party's plugin whose extension asks for the host's {@code DataSource} (which it must not get). */
    public static Path buildGreedyInto(Path pluginsDir) {
        return build(pluginsDir, "/greedy-plugin", "greedy", "com.example.greedy.GreedyPlugin");
    }

    private static Path build(Path pluginsDir, String resource, String id, String pluginClass) {
        try {
            Path sources = Path.of(FourthPlugin.class.getResource(resource).toURI());
            Path classes = Files.createTempDirectory("fourth-plugin-classes");
            List<String> files;
            try (Stream<Path> walk = Files.walk(sources)) {
                files = walk.filter(p -> p.toString().endsWith(".java"))
                        .map(Path::toString)
                        .toList();
            }
            String classpath = jarOf(BusinessVariant.class) + java.io.File.pathSeparator + jarOf(Plugin.class);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<String> args = new java.util.ArrayList<>(List.of(
                    "--release",
                    "21",
                    "-proc:full",
                    "-processor",
                    "org.pf4j.processor.ExtensionAnnotationProcessor",
                    "-cp",
                    classpath,
                    "-processorpath",
                    classpath,
                    "-d",
                    classes.toString()));
            args.addAll(files);
            int exit = javac.run(null, null, null, args.toArray(String[]::new));
            if (exit != 0) {
                throw new IllegalStateException(id + " did not compile (javac exit " + exit + ")");
            }
            Files.createDirectories(pluginsDir);
            Path jar = pluginsDir.resolve(id + "-1.0.0.jar");
            Manifest manifest = new Manifest();
            Attributes attributes = manifest.getMainAttributes();
            attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            attributes.putValue("Plugin-Id", id);
            attributes.putValue("Plugin-Version", "1.0.0");
            attributes.putValue("Plugin-Requires", ">=1.3.0 & <2.0.0");
            attributes.putValue("Plugin-Class", pluginClass);
            attributes.putValue("Plugin-Provider", "Example Co.");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                    Stream<Path> walk = Files.walk(classes)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(
                            new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    try (InputStream in = Files.newInputStream(file)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }
}
