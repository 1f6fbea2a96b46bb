package com.siteline.channel.wecom;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local server that answers {@code POST /cgi-bin/webhook/send?key=…} as WeChat Work's robot API documents it: 0 ok,
 * 93000 for a key it does not know, 44004 for empty content, 45002 for content over 2,048 bytes, 40008 for another
 * message type, 45009 past a robot's messages a minute; or, when told, HTTP 502 or no answer in time.
 */
final class WeComServer implements AutoCloseable {

    record Posted(String key, String content) {}

    final List<Posted> posted = new CopyOnWriteArrayList<>();
    final Set<String> keys = ConcurrentHashMap.newKeySet();
    final AtomicInteger perMinute = new AtomicInteger(20);
    final AtomicInteger failNextHttp = new AtomicInteger();
    final AtomicInteger stallNext = new AtomicInteger();
    private final Map<String, AtomicInteger> sentThisMinute = new ConcurrentHashMap<>();
    private final HttpServer server;

    WeComServer(String... keys) throws IOException {
        this.keys.addAll(List.of(keys));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/cgi-bin/webhook/send", this::send);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void send(HttpExchange exchange) throws IOException {
        if (stallNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failNextHttp.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            exchange.sendResponseHeaders(502, -1);
            exchange.close();
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        String key = query != null && query.startsWith("key=")
                ? java.net.URLDecoder.decode(query.substring(4), StandardCharsets.UTF_8)
                : "";
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!keys.contains(key)) {
            answer(exchange, 93000, "invalid webhook url, hint: [1733000000_1_abc]");
            return;
        }
        if (!body.contains("\"msgtype\":\"text\"")) {
            answer(exchange, 40008, "invalid message type");
            return;
        }
        String content = Json.text(body, "content");
        if (content == null || content.isEmpty()) {
            answer(exchange, 44004, "empty content, hint: [1733000000_2_def]");
            return;
        }
        String plain = content.replace("\\n", "\n");
        if (plain.getBytes(StandardCharsets.UTF_8).length > 2048) {
            answer(exchange, 45002, "content size out of limit");
            return;
        }
        if (sentThisMinute.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet() > perMinute.get()) {
            answer(exchange, 45009, "api freq out of limit");
            return;
        }
        posted.add(new Posted(key, plain));
        answer(exchange, 0, "ok");
    }

    /** A new minute: every robot may send again. */
    void nextMinute() {
        sentThisMinute.clear();
    }

    private static void answer(HttpExchange exchange, int errcode, String errmsg) throws IOException {
        byte[] json = ("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + "\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
