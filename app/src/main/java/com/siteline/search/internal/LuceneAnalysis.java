package com.siteline.search.internal;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.ngram.NGramTokenizerFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The analyzers on the embedded Lucene backend (text arrives folded, see {@code TextBridge}). */
final class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(SearchNames.GRAMS)
                .custom()
                .tokenizer(NGramTokenizerFactory.class)
                .param("minGramSize", "2")
                .param("maxGramSize", "2");
        context.analyzer(SearchNames.CHARS)
                .custom()
                .tokenizer(NGramTokenizerFactory.class)
                .param("minGramSize", "1")
                .param("maxGramSize", "1");
        context.analyzer(SearchNames.WORDS)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(CJKBigramFilterFactory.class);
    }
}
