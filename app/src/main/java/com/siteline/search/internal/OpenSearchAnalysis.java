package com.siteline.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** The same analyzers on OpenSearch: its {@code ngram} tokenizer and its built-in {@code cjk} analyzer. */
final class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenizer("siteline_grams_tokenizer")
                .type("ngram")
                .param("min_gram", 2)
                .param("max_gram", 2);
        context.tokenizer("siteline_chars_tokenizer")
                .type("ngram")
                .param("min_gram", 1)
                .param("max_gram", 1);
        context.analyzer(SearchNames.GRAMS).custom().tokenizer("siteline_grams_tokenizer");
        context.analyzer(SearchNames.CHARS).custom().tokenizer("siteline_chars_tokenizer");
        context.analyzer(SearchNames.WORDS).custom().tokenizer("standard").tokenFilters("cjk_bigram");
    }
}
