package com.siteline;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Siteline: every conversation and every issue between a construction-service company and its
 * customers. Lumo plus our static stylesheet from the {@code themes} jar; no frontend bundle build.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("siteline/siteline.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class SitelineApplication implements AppShellConfigurator {

    /**
     * The app installs to a phone's home screen (#30): its manifest and icons, and a service worker that shows a
     * page saying the phone is offline instead of the browser's error. Static files from the themes jar, no bundle
     * build (Vaadin's {@code @PWA} compiles its service worker with the frontend build, which Siteline does not run).
     */
    @Override
    public void configurePage(com.vaadin.flow.server.AppShellSettings settings) {
        settings.addLink("manifest", "/manifest.webmanifest");
        settings.addLink("apple-touch-icon", "/siteline/pwa/icon-192.png");
        settings.addMetaTag("theme-color", "#1f6f8b");
        settings.addMetaTag("mobile-web-app-capable", "yes");
        settings.addInlineWithContents(
                "if ('serviceWorker' in navigator) { navigator.serviceWorker.register('/siteline-sw.js'); }",
                com.vaadin.flow.component.page.Inline.Wrapping.JAVASCRIPT);
    }

    public static void main(String[] args) {
        // times are stored in UTC: Hibernate's instants and the plain JDBC reads and writes (the reports' counts kept
        // ahead, the demo's history) agree only when the JVM's own zone is UTC, whatever the server's is; every
        // screen shows the user's zone (the tests run in UTC too, app/pom.xml)
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        SpringApplication.run(SitelineApplication.class, args);
    }
}
