package com.siteline.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.siteline.testsupport.SitelineSpringTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real server (Tomcat, the whole filter chain) answers every page with the security headers, and its
 * session cookie is HttpOnly and SameSite=Lax (ASVS V3.4, V14.4).
 */
@SitelineSpringTest
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
class SecurityHeadersIT {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'",
                                "frame-ancestors 'none'",
                                "object-src 'none'",
                                "base-uri 'self'",
                                "form-action 'self'"));
        assertThat(login.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(login.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        // a page behind the login sends the browser to it, with the same headers
        HttpResponse<String> inbox = get("/inbox");
        assertThat(inbox.statusCode()).isIn(302, 303);
        assertThat(inbox.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(inbox.headers().firstValue("Content-Security-Policy")).isPresent();
        // the actuator answers only its health to the anonymous
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/flyway").statusCode()).isIn(302, 401, 403);
    }

    /**
     * #32's finding: a signed-in user typing an address that is no route (or not theirs) gets the app, which shows the
     * dead end in their language (DeadEndsTest), never an empty 403 the browser shows as its own error page.
     */
    @Test
    void aSignedInUserTypingAnUnknownAddressGetsTheAppNotAnEmpty403() throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build();
        client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signIn = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=agent&password=siteline"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpResponse<String> inbox = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inbox"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inbox.statusCode()).isEqualTo(200);
        for (String path : List.of("/nonexistent/route", "/jobs/999", "/surveys/campaigns/999", "/admin/users")) {
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isNotEqualTo(403);
            // the application's page (its bootstrap, which then draws the dead end), as for a route that exists
            assertThat(page.body()).as(path).contains("<html").isNotBlank();
        }
        // the actuator stays closed to staff who are not administrators
        assertThat(client.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/flyway"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
    }

    /** Sessions are tracked by the cookie only: no address ever carries the session id (#32's finding). */
    @Test
    void theSessionIdNeverAppearsInAnAddressAndACookielessClientIsNotSentInCircles() throws Exception {
        for (String path : List.of("/VAADIN/", "/inbox", "/projects/5", "/nonexistent/route")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Location").orElse("").toLowerCase(java.util.Locale.ROOT))
                    .as(path)
                    .doesNotContain("jsessionid");
            assertThat(response.body().toLowerCase(java.util.Locale.ROOT))
                    .as(path)
                    .doesNotContain("jsessionid");
        }
        // this client keeps no cookies: the login page it is sent to answers, it is not redirected again
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("jsessionid");
    }
}
