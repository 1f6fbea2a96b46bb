package com.siteline.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Siteline in a process of its own, started from the classes and runtime classpath the build just made (module app),
 * with the demo, on a database of the test's: the node the tiny load run speaks to over HTTP, as a real one would be.
 */
final class AppNode implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private AppNode(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static AppNode start(Path appDir, String databaseUrl, String user, String password, Path work)
            throws IOException, InterruptedException {
        Path classes = appDir.resolve("target/classes");
        Path classpath = appDir.resolve("target/runtime-classpath.txt");
        if (!Files.isDirectory(classes) || !Files.exists(classpath)) {
            throw new IllegalStateException("The app is not built in " + appDir
                    + " (target/classes and target/runtime-classpath.txt): run ./mvnw install -DskipTests first,"
                    + " or the whole build (./siteline test).");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.createDirectories(work);
        Path log = work.resolve("node.log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-Duser.timezone=UTC",
                "-cp",
                classes
                        + java.io.File.pathSeparator
                        + Files.readString(classpath).strip(),
                "com.siteline.SitelineApplication",
                "--server.port=" + port,
                "--spring.profiles.active=demo",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--siteline.plugins.dir=" + appDir.resolve("target/plugins"),
                "--siteline.search.index-dir=" + work.resolve("index"),
                "--siteline.backup.dir=" + work.resolve("backups"),
                "--siteline.secrets.key-file=" + work.resolve("secret.key"),
                "--vaadin.devmode.devTools.enabled=false");
        Process process = new ProcessBuilder(command)
                .directory(appDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        AppNode node = new AppNode(process, port, log);
        node.awaitServing(Duration.ofMinutes(4));
        return node;
    }

    private void awaitServing(Duration limit) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; its log ends:\n" + tail());
            }
            try {
                HttpResponse<Void> answer = http.send(
                        // ready once the demo is in: Spring's readiness follows the start's runners and listeners
                        HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The app was not ready within " + limit + "; its log ends:\n" + tail());
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    String url() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
