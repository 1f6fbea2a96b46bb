package com.siteline.load;

import static com.siteline.load.Browser.message;
import static com.siteline.load.Browser.open;
import static com.siteline.load.Browser.signIn;
import static com.siteline.load.Browser.ui;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Siteline's day under load, in the proportions of a service desk: agents who sign in once and work their inbox all
 * day (filter, sort, open their issue, log a call with a promised reply, take the issue a step, back to the inbox),
 * managers who look at the overview and the response-time report, and customers who open their personal portal link,
 * sign in with the code they were sent and look at their project. Every answer is checked; every write the users saw
 * succeed goes into the run's {@link Ledger}.
 */
public class SitelineSimulation extends Simulation {

    private static final String[] FILTERS = {"漆", "渗水", "墙", "验收", "门"};
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final LoadPlan plan = LoadPlan.current;
    private final AtomicInteger writes = new AtomicInteger();

    {
        HttpProtocolBuilder protocol = http.baseUrl(plan.url())
                .acceptLanguageHeader("zh-CN,zh;q=0.9,en;q=0.5")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Siteline load test")
                .disableCaching()
                .shareConnections();
        List<PopulationBuilder> populations = new ArrayList<>();
        if (!plan.agents().isEmpty()) {
            populations.add(agents().injectOpen(rampUsers(plan.agents().size()).during(plan.ramp())));
        }
        if (plan.managers() > 0) {
            populations.add(managers().injectOpen(rampUsers(plan.managers()).during(plan.ramp())));
        }
        if (!plan.customers().isEmpty()) {
            populations.add(
                    customers().injectOpen(rampUsers(plan.customers().size()).during(plan.ramp())));
        }
        setUp(populations).protocols(protocol).maxDuration(plan.length());
    }

    private ChainBuilder think() {
        return pause(plan.thinkMin(), plan.thinkMax());
    }

    /** A tab that was lost (its node died, its session ended) is loaded afresh; remember-me signs the user in. */
    private ChainBuilder recover(String route, String expected) {
        return doIf(session ->
                        session.isFailed() || ui(session) == null || ui(session).lost())
                .then(exec(Session::markAsSucceeded).exec(open("back after a failure", route, expected)));
    }

    private ScenarioBuilder agents() {
        Iterator<Map<String, Object>> seats = plan.agents().stream()
                .map(a -> Map.<String, Object>of("username", a.username(), "issueId", a.issueId()))
                .iterator();
        ChainBuilder workday = exitBlockOnFail()
                .on(
                        think(),
                        message(
                                "inbox: filter by title",
                                (ui, s) -> ui.type(
                                        "issues-filter-title", "input", FILTERS[(int) (s.userId() % FILTERS.length)]),
                                null),
                        think(),
                        message(
                                "inbox: clear the filter",
                                (ui, s) -> ui.type("issues-filter-title", "input", ""),
                                null),
                        message(
                                "inbox: sort by creation",
                                (ui, s) -> ui.sort("issues-grid", "col14", s.userId() % 2 == 0 ? "desc" : "asc"),
                                null),
                        think(),
                        message("issue: open", (ui, s) -> ui.navigate("issues/" + s.getLong("issueId")), "issue-panel"),
                        think(),
                        message("issue: log a contact", (ui, s) -> ui.click("issue-log"), "log-content"),
                        think(),
                        exec(s -> s.set("marker", marker(s, "c"))),
                        message(
                                "issue: save the contact with a promised reply",
                                (ui, s) -> VaadinUi.together(
                                        ui.type("log-content", "change", s.getString("marker") + " 客户来电询问进度，约定明天上午回复"),
                                        ui.type("log-promised", "change", tomorrowTen()),
                                        ui.click("log-save")),
                                null,
                                (ui, s) -> plan.ledger()
                                        .add(Ledger.Kind.CONTACT, s.getString("marker"), s.getString("username"))),
                        think(),
                        message(
                                "issue: take a step",
                                (ui, s) -> ui.click(
                                        ui.has("issue-step-WAITING_CUSTOMER")
                                                ? "issue-step-WAITING_CUSTOMER"
                                                : "issue-step-IN_PROGRESS"),
                                "step-confirm"),
                        exec(s -> s.set("marker", marker(s, "s"))),
                        message(
                                "issue: confirm the step",
                                (ui, s) -> VaadinUi.together(
                                        ui.type("step-note", "change", s.getString("marker") + " 已与客户沟通"),
                                        ui.click("step-confirm")),
                                null,
                                (ui, s) -> plan.ledger()
                                        .add(Ledger.Kind.STEP, s.getString("marker"), s.getString("username"))),
                        think(),
                        message("inbox: back", (ui, s) -> ui.navigate("inbox"), "issues-grid"));
        return scenario("agents")
                .feed(seats)
                .exec(signIn())
                .exec(open("inbox", "inbox", "issues-grid"))
                .during(plan.hold())
                .on(recover("inbox", "issues-grid"), workday);
    }

    private ScenarioBuilder managers() {
        Iterator<Map<String, Object>> seats = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                return Map.of("username", "manager");
            }
        };
        ChainBuilder look = exitBlockOnFail()
                .on(
                        think(),
                        message("report: response times", (ui, s) -> ui.navigate("reports/sla"), "sla-report"),
                        think(),
                        message("overview", (ui, s) -> ui.navigate("overview"), "overview-tiles"));
        return scenario("managers")
                .feed(seats)
                .exec(signIn())
                .exec(open("overview", "overview", "overview-tiles"))
                .during(plan.hold())
                .on(recover("overview", "overview-tiles"), look);
    }

    private ScenarioBuilder customers() {
        Iterator<Map<String, Object>> seats = plan.customers().stream()
                .map(c -> Map.<String, Object>of("customerId", c.customerId(), "token", c.token()))
                .iterator();
        ChainBuilder browse = exitBlockOnFail()
                .on(
                        think(),
                        doIf(s -> ui(s).first("portal-project-") != null)
                                .then(message(
                                        "portal: a project",
                                        (ui, s) -> ui.navigate("portal/projects/"
                                                + ui.first("portal-project-").substring("portal-project-".length())),
                                        "portal-project")),
                        think(),
                        message("portal: home", (ui, s) -> ui.navigate("portal"), "portal-hello"));
        return scenario("customers")
                .feed(seats)
                .exec(portalSignIn("portal"))
                .during(plan.hold())
                // a customer whose node died signs in again: the portal keeps no sign-in across nodes
                .on(
                        doIf(session -> session.isFailed()
                                        || ui(session) == null
                                        || ui(session).lost())
                                .then(exec(Session::markAsSucceeded).exec(portalSignIn("portal again"))),
                        browse);
    }

    /** The personal link opened, the code asked for and read where the outbox keeps the SMS, typed in. */
    private ChainBuilder portalSignIn(String name) {
        return exitBlockOnFail()
                .on(
                        open(name + ": the personal link", s -> "portal?k=" + s.getString("token"), "portal-send-code"),
                        message(name + ": send the code", (ui, s) -> ui.click("portal-send-code"), null),
                        pause(1),
                        exec(s -> s.set("code", plan.fixture().code(s.getLong("customerId")))),
                        message(
                                name + ": sign in with the code",
                                (ui, s) -> VaadinUi.together(
                                        ui.type("portal-code", "change", s.getString("code")),
                                        ui.click("portal-sign-in")),
                                "portal-hello"));
    }

    private String marker(Session session, String kind) {
        return "load-" + plan.run() + "-" + session.getString("username") + "-" + kind + writes.incrementAndGet();
    }

    private static String tomorrowTen() {
        return LocalDate.now(CHINA).plusDays(1) + "T10:00";
    }
}
