package org.copydesk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * The two ways the index reads Chinese. {@link #words()}: ICU's dictionary segmentation (经济 发展),
 * good for ranking but blind to a word the dictionary cut differently (济发, or a name it splits).
 * {@link #bigrams()}: every Han character pair, so any query of two or more characters is found
 * wherever it stands in the text, as a phrase of pairs. Both fold width and case (NFKC casefold), so
 * ＧＤＰ finds GDP.
 */
final class SearchAnalyzers {
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new ICUTokenizer(new DefaultICUTokenizerConfig(true, true));
            return new TokenStreamComponents(tokenizer, new ICUNormalizer2Filter(tokenizer));
        }
    };

    private static final Analyzer BIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            // cjkAsWords=false: one token per Han character, which the bigram filter pairs up.
            Tokenizer tokenizer = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
            TokenStream normalized = new ICUNormalizer2Filter(tokenizer);
            return new TokenStreamComponents(tokenizer, new CJKBigramFilter(normalized));
        }
    };

    private SearchAnalyzers() {
    }

    static Analyzer words() {
        return WORDS;
    }

    static Analyzer bigrams() {
        return BIGRAMS;
    }
}
