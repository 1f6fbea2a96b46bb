package com.siteline.search.internal;

import com.siteline.search.SearchableType;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Hibernate Search's settings, chosen by {@code siteline.search.backend}: {@code lucene} (the default: one
 * node, index files under {@code siteline.search.index-dir}) or {@code opensearch} (several nodes, at
 * {@code siteline.search.opensearch.uris}). Both get the same mapping and equivalent analyzers.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    static final String LUCENE = "lucene";
    static final String OPENSEARCH = "opensearch";

    @Bean
    HibernatePropertiesCustomizer searchProperties(ObjectProvider<SearchableType> declared, Environment env) {
        List<SearchableType> types = declared.orderedStream()
                .sorted(Comparator.comparingInt(SearchableType::order))
                .toList();
        String backend = env.getProperty("siteline.search.backend", LUCENE);
        return properties -> {
            properties.put("hibernate.search.mapping.configurer", BeanReference.ofInstance(new SearchMapping(types)));
            // the index follows what was committed: a rolled-back change is never indexed
            if (OPENSEARCH.equals(backend)) {
                // several nodes: each change is written to an outbox table with its transaction and every node's
                // event processor applies the outbox to OpenSearch (so a change made on one node is found on all)
                properties.put("hibernate.search.coordination.strategy", "outbox-polling");
                properties.put(
                        "hibernate.search.coordination.event_processor.polling_interval",
                        env.getProperty("siteline.search.polling-millis", "100"));
                properties.put("hibernate.search.backend.type", "elasticsearch");
                properties.put(
                        "hibernate.search.backend.uris",
                        env.getProperty("siteline.search.opensearch.uris", "http://127.0.0.1:9200"));
                properties.put(
                        "hibernate.search.backend.version",
                        env.getProperty("siteline.search.opensearch.version", "opensearch:2.19"));
                properties.put("hibernate.search.backend.version_check.enabled", "false");
                properties.put(
                        "hibernate.search.backend.analysis.configurer",
                        BeanReference.ofInstance(new OpenSearchAnalysis()));
                properties.put("hibernate.search.schema_management.strategy", "create-or-update");
            } else if (LUCENE.equals(backend)) {
                // one node: searches see a change as soon as its transaction has committed
                properties.put("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
                properties.put("hibernate.search.backend.type", "lucene");
                properties.put(
                        "hibernate.search.backend.directory.root", indexDir(env).toString());
                properties.put(
                        "hibernate.search.backend.analysis.configurer", BeanReference.ofInstance(new LuceneAnalysis()));
                // written to disk once a second at most; searches see a change as soon as its transaction commits
                properties.put("hibernate.search.backend.io.commit_interval", "1000");
            } else {
                throw new IllegalStateException("siteline.search.backend must be lucene or opensearch, not " + backend);
            }
        };
    }

    /** Where the embedded index keeps its files. */
    public static Path indexDir(Environment env) {
        return Path.of(env.getProperty("siteline.search.index-dir", "data/index"))
                .toAbsolutePath();
    }
}
