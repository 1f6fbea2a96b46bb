package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.search.TwoNodes;
import com.siteline.testsupport.WorkspaceFixture;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes behind HAProxy on one database (#31), as `docs/deploy.md` sets them up: HAProxy (Debian's, a real
 * process) balances with a cookie that keeps a user on their node and checks each node's health every half second.
 * A user who chose to stay signed in works on one node; that node goes away; their next click lands on the other
 * node, signed in again from their persistent token, on the page they were on, told once that unsaved input was not
 * kept — and what they saved before (their language) is there.
 */
class TwoNodesBehindHaproxyE2EIT extends BrowserTest {

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    JdbcTemplate jdbc;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int portOf(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void aUserWhoseNodeDiesGoesOnSignedInOnTheOtherAndKeepsWhatTheySaved() throws Exception {
        String haproxy = System.getProperty("siteline.haproxy", "/usr/sbin/haproxy");
        assertThat(Path.of(haproxy))
                .as("Debian's haproxy (apt-get install haproxy)")
                .isExecutable();
        String login = "ha-" + WorkspaceFixture.marker().toLowerCase();
        as.user(
                "admin",
                () -> organization.createUser(
                        login, "高可用测试", "harbour-lights-7", Set.of(Role.AGENT), List.of("SH-HOME")));

        try (TwoNodes nodes = new TwoNodes()) {
            ConfigurableApplicationContext a =
                    nodes.start("siteline.timers.enabled=false", "vaadin.devmode.devTools.enabled=false");
            ConfigurableApplicationContext b =
                    nodes.start("siteline.timers.enabled=false", "vaadin.devmode.devTools.enabled=false");
            Map<String, ConfigurableApplicationContext> byCookie = Map.of("a", a, "b", b);
            int front = freePort();
            Path config = Files.createTempFile("siteline-haproxy", ".cfg");
            Files.writeString(
                    config,
                    String.join(
                            "\n",
                            "global",
                            "  maxconn 256",
                            "defaults",
                            "  mode http",
                            "  timeout connect 2s",
                            "  timeout client 60s",
                            "  timeout server 60s",
                            "  option redispatch",
                            "  retries 2",
                            "frontend web",
                            "  bind 127.0.0.1:" + front,
                            "  default_backend app",
                            "backend app",
                            "  balance roundrobin",
                            "  cookie SITELINE_NODE insert indirect nocache httponly",
                            "  option httpchk GET /actuator/health/readiness",
                            "  http-check expect status 200",
                            "  default-server inter 500ms fall 2 rise 2",
                            "  server a 127.0.0.1:" + portOf(a) + " check cookie a",
                            "  server b 127.0.0.1:" + portOf(b) + " check cookie b",
                            ""));
            Process balancer = new ProcessBuilder(haproxy, "-db", "-f", config.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(
                            Files.createTempFile("siteline-haproxy", ".log").toFile())
                    .start();
            try {
                String base = "http://127.0.0.1:" + front + "/";
                inBrowser("cluster-1-signed-in.png", () -> {
                    browser.get(base + "inbox");
                    WebElement form = wait.until(d -> d.findElement(By.tagName("vaadin-login-form")));
                    // stay signed in on this device: off by default
                    WebElement remember = browser.findElement(By.id("remember-me"));
                    assertThat(remember.getDomProperty("checked")).isEqualTo("false");
                    remember.click();
                    wait.until(
                            d -> String.valueOf(form.getDomProperty("action")).contains("remember-me=true"));
                    form.findElement(By.cssSelector("#vaadinLoginUsername input"))
                            .sendKeys(login);
                    form.findElement(By.cssSelector("#vaadinLoginPassword input"))
                            .sendKeys("harbour-lights-7");
                    form.findElement(By.cssSelector("vaadin-button")).click();
                    wait.until(d -> d.getCurrentUrl().contains("/inbox"));
                    wait.until(d -> d.findElement(By.id("issues-grid")));
                    assertThat(browser.manage().getCookieNamed("siteline-remember-me"))
                            .isNotNull();
                    // something saved: the user's language, English
                    browser.findElement(By.id("user-language")).click();
                    wait.until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                                    .filter(item -> item.getText().equals("English"))
                                    .findFirst()
                                    .orElse(null))
                            .click();
                    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Customers"));
                });
                Cookie first = browser.manage().getCookieNamed("SITELINE_NODE");
                assertThat(first).isNotNull();
                // the session sticks: three more page loads, the same node
                for (int i = 0; i < 3; i++) {
                    browser.navigate().refresh();
                    wait.until(d -> d.findElement(By.id("issues-grid")));
                    assertThat(browser.manage().getCookieNamed("SITELINE_NODE").getValue())
                            .isEqualTo(first.getValue());
                }
                String survivor = first.getValue().equals("a") ? "b" : "a";

                // the node goes away; the balancer's health check sees it within a second
                nodes.close(byCookie.get(first.getValue()));
                Thread.sleep(Duration.ofMillis(1_500));

                inBrowser("cluster-2-other-node.png", () -> {
                    // the next click: the menu's customers
                    wait.until(d -> d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                                    .filter(item -> item.getText().trim().equals("Customers"))
                                    .findFirst()
                                    .orElse(null))
                            .click();
                    wait.until(d -> d.findElement(By.id("resumed-notice")));
                    wait.until(d -> survivor.equals(
                            d.manage().getCookieNamed("SITELINE_NODE") == null
                                    ? null
                                    : d.manage().getCookieNamed("SITELINE_NODE").getValue()));
                    // signed in, not at the sign-in page; the language saved before is there
                    assertThat(browser.getCurrentUrl()).doesNotContain("/login");
                    assertThat(browser.findElement(By.id("header-user")).getText())
                            .contains("高可用测试");
                    assertThat(browser.findElement(By.tagName("body")).getText())
                            .contains("Customers");
                    assertThat(browser.findElement(By.tagName("body")).getText())
                            .contains("You were moved to another server");
                });
                assertThat(jdbc.queryForObject("select locale from app_user where username = ?", String.class, login))
                        .isEqualTo("en");
                // signing out ends the persistent sign-in: its tokens are gone
                assertThat(jdbc.queryForObject(
                                "select count(*) from persistent_logins where username = ?", Integer.class, login))
                        .isEqualTo(1);
                browser.findElement(By.id("logout")).click();
                wait.until(d -> d.getCurrentUrl().contains("/login"));
                assertThat(jdbc.queryForObject(
                                "select count(*) from persistent_logins where username = ?", Integer.class, login))
                        .isZero();
            } finally {
                balancer.destroy();
                balancer.waitFor();
            }
        }
    }
}
