package com.siteline.testsupport;

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

    private FourthPlugin() {
    }

    public static Path buildInto(Path pluginsDir) {
        try {
            Path sources = Path.of(FourthPlugin.class.getResource("/fourth-plugin").toURI());
            Path classes = Files.createTempDirectory("fourth-plugin-classes");
            List<String> files;
            try (Stream<Path> walk = Files.walk(sources)) {
                files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
            }
            String classpath = jarOf(com.siteline.sdk.BusinessVariant.class) + java.io.File.pathSeparator + jarOf(Plugin.class);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            List<String> args = new java.util.ArrayList<>(List.of("--release", "21", "-proc:full",
                    "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor",
                    "-cp", classpath, "-processorpath", classpath, "-d", classes.toString()));
            args.addAll(files);
            int exit = javac.run(null, null, null, args.toArray(String[]::new));
            if (exit != 0) {
                throw new IllegalStateException("the fourth plugin did not compile (javac exit " + exit + ")");
            }
            Files.createDirectories(pluginsDir);
            Path jar = pluginsDir.resolve(ID + "-1.0.0.jar");
            Manifest manifest = new Manifest();
            Attributes attributes = manifest.getMainAttributes();
            attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            attributes.putValue("Plugin-Id", ID);
            attributes.putValue("Plugin-Version", "1.0.0");
            attributes.putValue("Plugin-Requires", ">=1.1.0 & <2.0.0");
            attributes.putValue("Plugin-Class", "com.example.windowcleaning.WindowCleaningPlugin");
            attributes.putValue("Plugin-Provider", "Example Co.");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
                 Stream<Path> walk = Files.walk(classes)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
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
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
