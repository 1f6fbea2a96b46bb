package com.siteline.search;

import com.siteline.SitelineApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Application instances started side by side on this test run's database, as two nodes of one installation. */
public final class TwoNodes implements AutoCloseable {

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    /** Starts one more node with the given properties ({@code key=value}) on top of the tests' own. */
    public ConfigurableApplicationContext start(String... properties) {
        // with the demo data, as the tests' own application (SitelineSpringTest)
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=demo",
                "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false"));
        for (String property : properties) {
            all.add("--" + property);
        }
        ConfigurableApplicationContext node =
                new SpringApplicationBuilder(SitelineApplication.class).run(all.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    /** Stops one node (its context closes; what a dead node leaves behind is the test's to arrange first). */
    public void close(ConfigurableApplicationContext node) {
        node.close();
        nodes.remove(node);
    }

    @Override
    public void close() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
        nodes.clear();
    }
}
