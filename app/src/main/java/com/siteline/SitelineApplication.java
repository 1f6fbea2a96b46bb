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

    public static void main(String[] args) {
        // times are stored in UTC: Hibernate's instants and the plain JDBC reads and writes (the reports' counts kept
        // ahead, the demo's history) agree only when the JVM's own zone is UTC, whatever the server's is; every
        // screen shows the user's zone (the tests run in UTC too, app/pom.xml)
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        SpringApplication.run(SitelineApplication.class, args);
    }
}
