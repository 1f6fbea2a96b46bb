package com.siteline.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch (the Maven Central {@code org.opensearch:opensearch} jar with its
 * {@code transport-netty4-client} and {@code analysis-common} plugins) inside the test JVM, on a free port,
 * with a data directory of its own that is removed when it closes.
 */
public final class OpenSearchNode implements AutoCloseable {

    private final Node node;
    private final Path home;
    private final int port;

    private OpenSearchNode(Node node, Path home, int port) {
        this.node = node;
        this.home = home;
        this.port = port;
    }

    public static OpenSearchNode start() {
        try {
            return start(Files.createTempDirectory("siteline-opensearch-"), freePort());
        } catch (IOException e) {
            throw new IllegalStateException("OpenSearch did not start in the test JVM: " + e, e);
        }
    }

    /**
     * The node of {@code ./siteline cluster}: OpenSearch on a port and data directory it is given, until the process
     * is stopped (its data stay for the next start).
     */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path home = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(home);
        OpenSearchNode node = start(home, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.node.close();
            } catch (IOException ignored) {
                // the process ends anyway
            }
        }));
        System.out.println("OpenSearch ready at " + node.uri());
        Thread.currentThread().join();
    }

    static OpenSearchNode start(Path home, int port) {
        try {
            Settings settings = Settings.builder()
                    .put("cluster.name", "siteline-test")
                    .put("node.name", "siteline-test-node")
                    .put("path.home", home.toString())
                    .put("path.data", home.resolve("data").toString())
                    .put("path.logs", home.resolve("logs").toString())
                    .put("discovery.type", "single-node")
                    .put("http.port", port)
                    .put("transport.port", freePort())
                    .put("network.host", "127.0.0.1")
                    .put("http.type", "netty4")
                    .put("transport.type", "netty4")
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .build();
            var environment =
                    InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "siteline-test-node");
            Node node = new PluginNode(environment).start();
            return new OpenSearchNode(node, home, port);
        } catch (Exception e) {
            throw new IllegalStateException("OpenSearch did not start in the test JVM: " + e, e);
        }
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException {
        node.close();
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (UncheckedIOException ignored) {
            // a file the node still held is left to the temporary directory's cleanup
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A node with the two plugins on the class path (the public constructor only reads a plugins directory). */
    private static final class PluginNode extends Node {
        PluginNode(org.opensearch.env.Environment environment) {
            super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
        }
    }
}
