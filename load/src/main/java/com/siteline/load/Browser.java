package com.siteline.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a browser does for a Siteline user, as Gatling requests: sign in on the login form, load a page (its HTML,
 * then Vaadin's bootstrap, then the router's first navigation), and send the client engine's messages. Each
 * message's answer is checked as the client engine reads it ({@link VaadinUi#answer}): a wrong page, an expired
 * session or the application's error notice fails the request.
 */
final class Browser {

    static final String UI = "vaadin-ui";

    private Browser() {}

    static VaadinUi ui(Session session) {
        return (VaadinUi) session.get(UI);
    }

    /** The staff login form, with "remember me" ticked: a user whose node dies comes back signed in on another. */
    static ChainBuilder signIn() {
        return exec(http("sign-in page")
                        .get("/login")
                        .check(status().is(200))
                        .check(regex("name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign in")
                        .post("/login?remember-me=true")
                        .formParam("username", "#{username}")
                        .formParam("password", "siteline")
                        .formParam("_csrf", "#{csrf}")
                        .check(status().is(200))
                        .check(currentLocation()
                                .transform(l -> l.contains("/login"))
                                .is(false)));
    }

    /** A page loaded afresh at a route (and query): HTML, bootstrap, first navigation; the answer must show {@code expected}. */
    static ChainBuilder open(String name, Function<Session, String> location, String expected) {
        return exec(http(name + " (page)")
                        .get(session -> "/" + location.apply(session))
                        .check(status().is(200))
                        .check(substring("window.Vaadin")))
                .exec(http(name + " (bootstrap)")
                        .get(session -> {
                            String full = location.apply(session);
                            int q = full.indexOf('?');
                            String route = q < 0 ? full : full.substring(0, q);
                            String query = q < 0 ? "" : full.substring(q + 1);
                            return "/?v-r=init&location=" + enc(route) + "&query=" + enc(query);
                        })
                        .check(status().is(200))
                        .check(bodyString()
                                .transformWithSession((body, session) -> VaadinUi.init(body) != null)
                                .is(true))
                        .check(bodyString().saveAs("init")))
                .exec(session -> session.set(UI, VaadinUi.init(session.getString("init")))
                        .remove("init"))
                .exec(message(name, (ui, session) -> ui.navigate(location.apply(session)), expected));
    }

    static ChainBuilder open(String name, String route, String expected) {
        return open(name, session -> route, expected);
    }

    /** One message of the client engine; the answer must show {@code expected} (an element id) unless null. */
    static ChainBuilder message(
            String name, BiFunction<VaadinUi, Session, List<ObjectNode>> invocations, String expected) {
        return message(name, invocations, expected, null);
    }

    /** As {@link #message(String, BiFunction, String)}, with what to record when the answer is right. */
    static ChainBuilder message(
            String name,
            BiFunction<VaadinUi, Session, List<ObjectNode>> invocations,
            String expected,
            BiConsumer<VaadinUi, Session> onSuccess) {
        return exec(http(name)
                .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> {
                    LoadPlan.current.requests().sent(session.userId());
                    return ui(session).body(invocations.apply(ui(session), session));
                }))
                .check(status().is(200))
                .check(bodyString()
                        .transformWithSession((body, session) -> {
                            String problem = ui(session).answer(body, expected);
                            if (problem == null) {
                                LoadPlan.current.requests().answered(session.userId());
                                if (onSuccess != null) {
                                    onSuccess.accept(ui(session), session);
                                }
                            }
                            return problem == null ? "" : problem;
                        })
                        .is("")));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
