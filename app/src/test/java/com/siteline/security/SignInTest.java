package com.siteline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.siteline.organization.OrganizationService;
import com.siteline.organization.Role;
import com.siteline.organization.RunAs;
import com.siteline.organization.UserAdministration;
import com.siteline.organization.UserSummary;
import com.siteline.testsupport.SitelineSpringTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Signing in through the real security filter chain: guessing is slowed down the same way for real and
 * made-up names, a good sign-in gets a new session id and is stamped, and signing out ends the session.
 */
@SitelineSpringTest
class SignInTest {

    private static final String PASSWORD = "blue-river-2026";

    @Autowired
    WebApplicationContext context;

    @Autowired
    OrganizationService organization;

    @Autowired
    RunAs as;

    @Autowired
    UserAdministration administration;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        for (String user : List.of("signin-tester", "signin-locked", "signin-deactivated")) {
            if (!organization.userExists(user)) {
                as.system(
                        () -> organization.createUser(user, "登录测试", PASSWORD, Set.of(Role.AGENT), List.of("SH-HOME")));
            }
        }
    }

    private MvcResult signIn(String username, String password, String address, MockHttpSession session)
            throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .session(session)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn();
    }

    @Test
    void aGoodSignInChangesTheSessionIdStampsTheUserAndSigningOutEndsTheSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = signIn("signin-tester", PASSWORD, "203.0.113.10", session);

        assertThat(result.getResponse().getRedirectedUrl())
                .doesNotContain("error")
                .doesNotContain("locked");
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
        assertThat(organization.users())
                .filteredOn(u -> u.username().equals("signin-tester"))
                .singleElement()
                .extracting(UserSummary::lastSignInAt)
                .isNotNull();

        MockHttpSession signedIn = (MockHttpSession) result.getRequest().getSession(false);
        mvc.perform(post("/logout").session(signedIn).with(csrf()));
        assertThat(signedIn.isInvalid()).isTrue();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndAMadeUpNameReadsTheSame() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(signIn("signin-locked", "wrong-" + i, "203.0.113.20", new MockHttpSession())
                            .getResponse()
                            .getRedirectedUrl())
                    .endsWith("/login?error");
        }
        assertThat(signIn("signin-locked", PASSWORD, "203.0.113.21", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login?locked");
        assertThat(organization.users())
                .filteredOn(u -> u.username().equals("signin-locked"))
                .singleElement()
                .extracting(UserSummary::lastSignInAt)
                .isNull();

        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(signIn("no-such-person", "wrong-" + i, "203.0.113.22", new MockHttpSession())
                            .getResponse()
                            .getRedirectedUrl())
                    .endsWith("/login?error");
        }
        assertThat(signIn("no-such-person", PASSWORD, "203.0.113.23", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login?locked");
    }

    @Test
    void deactivatingAUserEndsTheirOpenSessionAndTheyCannotSignInAgain() throws Exception {
        MvcResult result = signIn("signin-deactivated", PASSWORD, "203.0.113.30", new MockHttpSession());
        MockHttpSession signedIn = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");

        UserSummary user = organization.users().stream()
                .filter(u -> u.username().equals("signin-deactivated"))
                .findFirst()
                .orElseThrow();
        as.user("admin", () -> administration.setEnabled(user.id(), user.version(), false));

        MvcResult next = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/inbox")
                        .session(signedIn))
                .andReturn();
        assertThat(next.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(signedIn.isInvalid()).isTrue();
        assertThat(signIn("signin-deactivated", PASSWORD, "203.0.113.31", new MockHttpSession())
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login?error");
    }
}
