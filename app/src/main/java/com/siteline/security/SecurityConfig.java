package com.siteline.security;

import com.siteline.base.Actors;
import com.siteline.organization.Role;
import com.siteline.security.internal.LoginRoute;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Form login through the Vaadin login view; every view declares its own access rule, and every service
 * write its roles ({@code @PreAuthorize} with a {@code Role.Can} expression), checked whoever calls it. The health
 * endpoint is open for load balancers, every other actuator endpoint needs an admin.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    /**
     * As strict as Vaadin Flow allows: its client engine starts from an inline script and runs the expressions
     * the server sends ('unsafe-inline' 'unsafe-eval' for scripts, inline styles); everything else comes from
     * this origin only, nothing may frame the app, forms post only here, no plugins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; media-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    /** No browser feature the app does not use (photos are picked through the file input, not the camera API). */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** The request parameter (on the login form's address) that asks for a persistent sign-in. */
    static final String REMEMBER_ME = CurrentUser.REMEMBER_ME;

    /** How long a device stays signed in without a password. */
    static final java.time.Duration REMEMBERED_FOR = java.time.Duration.ofDays(14);

    /** The persistent sign-in tokens, in the database every node shares (a node that dies takes none with it). */
    @Bean
    org.springframework.security.web.authentication.rememberme.PersistentTokenRepository rememberedDevices(
            javax.sql.DataSource dataSource) {
        org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl tokens =
                new org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        return tokens;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle throttle,
            SessionRegistry sessions,
            org.springframework.security.web.authentication.rememberme.PersistentTokenRepository remembered,
            org.springframework.security.core.userdetails.UserDetailsService users,
            @org.springframework.beans.factory.annotation.Value("${siteline.security.remember-me-key:}")
                    String rememberMeKey)
            throws Exception {
        // a persistent sign-in where the user asked for it (#31): the node that serves them next — another one, when
        // theirs died — signs them in again from the token and serves the address they asked for
        http.rememberMe(remember -> remember.tokenRepository(remembered)
                .userDetailsService(users)
                .rememberMeParameter(REMEMBER_ME)
                .rememberMeCookieName("siteline-remember-me")
                .tokenValiditySeconds((int) REMEMBERED_FOR.toSeconds())
                .key(rememberMeKey.isBlank() ? java.util.UUID.randomUUID().toString() : rememberMeKey));
        // every session is registered, so a deactivated user's open sessions can be ended at once
        http.sessionManagement(
                session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/" + LoginRoute.PATH));
        // a sign-in that must wait is turned away before its password is checked
        http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers.contentTypeOptions(
                        org.springframework.security.config.Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // written before the request is served: Vaadin writes its pages past the wrapper that would
                // otherwise add them at commit time, so the bootstrap page went out without them
                .addObjectPostProcessor(
                        new org.springframework.security.config.ObjectPostProcessor<
                                org.springframework.security.web.header.HeaderWriterFilter>() {
                            @Override
                            public <O extends org.springframework.security.web.header.HeaderWriterFilter> O postProcess(
                                    O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        }));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/actuator/**")
                .hasRole(Role.Names.ADMIN)
                // the look (themes jar) must load on the login page too
                .requestMatchers("/siteline/**")
                .permitAll()
                // the installed app's manifest, service worker and offline page (#30), before anyone signs in
                .requestMatchers("/manifest.webmanifest", "/siteline-sw.js", "/offline.html")
                .permitAll());
        // an address that is no route goes to the app for a signed-in user, which shows the dead end in their language
        // (Vaadin's default denies it: an empty 403 the browser shows as its own error); the signed-out go to sign in
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginRoute.PATH)
                                .anyRequest(
                                        org.springframework.security.config.annotation.web.configurers
                                                        .AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * Vaadin's session-aware strategy, one for the whole JVM. Vaadin would make one per application
     * context and point the static holder at the newest; method security, though, keeps the instance of
     * its own context, so with two contexts in one JVM (tests) a user set through the static holder (by
     * {@code Actors.runAs}) would be invisible to {@code @PreAuthorize}. One shared instance keeps both
     * the same; with a single context nothing changes.
     */
    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return SHARED_STRATEGY;
    }

    private static final SecurityContextHolderStrategy SHARED_STRATEGY =
            new ActingFirst(new VaadinAwareSecurityContextHolderStrategy());

    /**
     * Vaadin's strategy with one exception: the context of an {@code Actors.runAs} around the current work comes
     * first. Vaadin's own answers with a signed-in session's context before the thread's, so without it a run-as
     * inside a staff screen (the portal's customer, a timer started by hand) would be ignored.
     */
    static final class ActingFirst implements SecurityContextHolderStrategy {

        private final SecurityContextHolderStrategy delegate;

        ActingFirst(SecurityContextHolderStrategy delegate) {
            this.delegate = delegate;
        }

        @Override
        public SecurityContext getContext() {
            SecurityContext acting = Actors.acting();
            return acting != null ? acting : delegate.getContext();
        }

        @Override
        public java.util.function.Supplier<SecurityContext> getDeferredContext() {
            return this::getContext;
        }

        @Override
        public void setContext(SecurityContext context) {
            delegate.setContext(context);
        }

        @Override
        public void setDeferredContext(java.util.function.Supplier<SecurityContext> deferredContext) {
            delegate.setDeferredContext(deferredContext);
        }

        @Override
        public void clearContext() {
            delegate.clearContext();
        }

        @Override
        public SecurityContext createEmptyContext() {
            return delegate.createEmptyContext();
        }
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end, so it does not keep them. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Publishes sign-in successes and failures, which {@link LoginEvents} counts. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /** bcrypt by default; the {id} prefix lets us move to another algorithm without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
