package com.siteline.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One browser tab's side of Vaadin Flow's client protocol, correlated by hand as the browser's client engine does it:
 * the UI's id and security key from the {@code v-r=init} answer, the server's sync id and the client's message
 * counter on every request, and the state-node ids of the elements the scenarios touch, found by their {@code id}
 * attribute in the changes the server sends. Not thread-safe: one virtual user, one tab, one request at a time.
 */
public final class VaadinUi {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The element-attribute and element-property features that carry an element's {@code id}. */
    private static final String ID = "id";

    private final int uiId;
    private final String securityKey;
    private int syncId;
    private int clientId;
    private final Map<String, Integer> nodes = new HashMap<>();
    private final List<Map<String, String>> rows = new ArrayList<>();
    private String lastProblem;

    private VaadinUi(int uiId, String securityKey, int syncId) {
        this.uiId = uiId;
        this.securityKey = securityKey;
        this.syncId = syncId;
    }

    /** The tab as the {@code ?v-r=init} answer starts it; null when the answer is no Vaadin bootstrap (a login page). */
    public static VaadinUi init(String answer) {
        try {
            JsonNode config = JSON.readTree(answer).path("appConfig");
            if (!config.has("v-uiId")) {
                return null;
            }
            JsonNode uidl = config.path("uidl");
            VaadinUi ui = new VaadinUi(
                    config.path("v-uiId").asInt(),
                    uidl.path("Vaadin-Security-Key").asText(),
                    uidl.path("syncId").asInt());
            ui.absorb(uidl);
            return ui;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    public int uiId() {
        return uiId;
    }

    /** The request body that carries these invocations, numbered as the server expects the next message. */
    public String body(List<ObjectNode> rpc) {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        ArrayNode calls = body.putArray("rpc");
        rpc.forEach(calls::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    /**
     * Takes the server's answer to the last message: advances the counters, learns the element ids and grid rows it
     * carries, and returns what went wrong in it (null when nothing did): an answer that is no UIDL, a session that
     * expired, a resynchronisation, the application's error notice, or an element the step expected missing.
     */
    public String answer(String text, String expectedId) {
        lastProblem = null;
        if (text == null || text.isBlank()) {
            return fail("empty answer");
        }
        String json = text.startsWith("for(;;);") ? text.substring(8) : text;
        JsonNode message;
        try {
            message = JSON.readTree(json);
        } catch (java.io.IOException e) {
            return fail("no UIDL: " + abbreviate(text));
        }
        if (message.isArray()) {
            message = message.path(0);
        }
        if (!message.isObject()) {
            return fail("no UIDL: " + abbreviate(text));
        }
        JsonNode meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            return fail("session expired");
        }
        if (meta.has("appError")) {
            return fail("application error: " + meta.path("appError"));
        }
        if (message.path("resynchronize").asBoolean(false)) {
            return fail("resynchronize");
        }
        syncId = message.path("syncId").asInt(syncId);
        clientId = message.has("clientId") ? message.path("clientId").asInt() : clientId + 1;
        boolean expectedSeen = expectedId == null;
        Map<String, Integer> learned = absorb(message);
        if (learned.containsKey("error-notification")) {
            return fail("the application's error notice");
        }
        if (learned.containsKey("problem-notification")) {
            return fail("a problem notice: " + abbreviate(texts(message)));
        }
        if (!expectedSeen && !learned.containsKey(expectedId)) {
            return fail("no #" + expectedId + " in the answer");
        }
        return null;
    }

    public String lastProblem() {
        return lastProblem;
    }

    private String fail(String problem) {
        lastProblem = problem;
        return problem;
    }

    private Map<String, Integer> absorb(JsonNode message) {
        Map<String, Integer> learned = new HashMap<>();
        java.util.Set<Integer> detached = new java.util.HashSet<>();
        for (JsonNode change : message.path("changes")) {
            String type = change.path("type").asText();
            if ("put".equals(type) && ID.equals(change.path("key").asText())) {
                learned.put(change.path("value").asText(), change.path("node").asInt());
            } else if ("detach".equals(type)) {
                detached.add(change.path("node").asInt());
            }
        }
        // an element gone from the page is gone from what a click can reach
        nodes.values().removeIf(detached::contains);
        nodes.putAll(learned);
        for (JsonNode command : message.path("execute")) {
            // a grid's rows: [node, index, [items...], ..., "return $0.$connector.set($1,$2,$3)"]
            String script = command.path(command.size() - 1).asText();
            if (script.contains("$connector.set(")
                    && command.size() >= 4
                    && command.path(2).isArray()) {
                JsonNode items = command.path(2);
                if (items.size() > 0
                        && items.path(0).has("key")
                        && command.path(1).asInt() == 0) {
                    rows.clear();
                }
                for (JsonNode item : items) {
                    Map<String, String> row = new HashMap<>();
                    item.fields()
                            .forEachRemaining(
                                    f -> row.put(f.getKey(), f.getValue().asText()));
                    rows.add(row);
                }
            }
        }
        return learned;
    }

    private static String texts(JsonNode message) {
        StringBuilder out = new StringBuilder();
        for (JsonNode change : message.path("changes")) {
            if ("text".equals(change.path("key").asText())) {
                out.append(change.path("value").asText()).append(' ');
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    public boolean has(String elementId) {
        return nodes.containsKey(elementId);
    }

    /** The first element on the page whose id starts so (the cards of a list), or null. */
    public String first(String idPrefix) {
        return nodes.keySet().stream()
                .filter(id -> id.startsWith(idPrefix))
                .sorted()
                .findFirst()
                .orElse(null);
    }

    /** Whether the tab is lost (its node died, its session ended): the next step loads the page afresh. */
    public boolean lost() {
        return lastProblem != null
                && (lastProblem.startsWith("no UIDL")
                        || lastProblem.startsWith("session expired")
                        || lastProblem.startsWith("resynchronize")
                        || lastProblem.startsWith("empty answer"));
    }

    /** The rows of the grids last loaded, each column's text by its key ({@code col0}, {@code col1}, …). */
    public List<Map<String, String>> rows() {
        return List.copyOf(rows);
    }

    private int node(String elementId) {
        Integer node = nodes.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element #" + elementId + " on this page");
        }
        return node;
    }

    // ---- the invocations a browser sends ----

    /** The router's navigation to {@code route} or {@code route?query}, as a link inside the app sends it. */
    public List<ObjectNode> navigate(String location) {
        int q = location.indexOf('?');
        ObjectNode data = JSON.createObjectNode();
        data.put("route", q < 0 ? location : location.substring(0, q));
        data.put("query", q < 0 ? "" : location.substring(q + 1));
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        rows.clear();
        return List.of(event(1, "ui-navigate", data));
    }

    public List<ObjectNode> click(String elementId) {
        ObjectNode data = JSON.createObjectNode();
        for (String key : List.of(
                "event.screenX", "event.screenY", "event.clientX", "event.clientY", "event.detail", "event.button")) {
            data.put(key, 0);
        }
        for (String key : List.of("event.ctrlKey", "event.shiftKey", "event.altKey", "event.metaKey")) {
            data.put(key, false);
        }
        return List.of(event(node(elementId), "click", data));
    }

    /** A field's value as typed and left (the property synchronised, then the event that carries it). */
    public List<ObjectNode> type(String elementId, String event, String value) {
        int node = node(elementId);
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        ObjectNode data = JSON.createObjectNode();
        data.put("}value", value);
        return List.of(sync, event(node, event, data));
    }

    /** A grid sorted by one column, as a click on its header's sorter sends it. */
    public List<ObjectNode> sort(String gridId, String path, String direction) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node(gridId));
        call.put("templateEventMethodName", "sortersChanged");
        ArrayNode args = call.putArray("templateEventMethodArgs");
        ObjectNode sorter = args.addArray().addObject();
        sorter.put("path", path);
        sorter.put("direction", direction);
        return List.of(call);
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    /** Several invocations in one message, as the client engine batches a field's change with the next click. */
    @SafeVarargs
    public static List<ObjectNode> together(List<ObjectNode>... parts) {
        List<ObjectNode> all = new ArrayList<>();
        for (List<ObjectNode> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
