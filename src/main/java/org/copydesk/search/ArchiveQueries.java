package org.copydesk.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A {@link SearchRequest} as a Lucene query. Each word must stand in the story as a phrase of
 * character pairs (found inside any longer text; see {@link #match}); a word in the headline ranks
 * higher. Filters do not score.
 */
final class ArchiveQueries {
    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(SearchAnalyzers.words(), Map.of(
            StoryDocuments.BIGRAMS, SearchAnalyzers.bigrams(),
            StoryDocuments.HEADLINE_BIGRAMS, SearchAnalyzers.bigrams(),
            StoryDocuments.AUTHOR, SearchAnalyzers.bigrams()));
    private static final float HEADLINE_BOOST = 2f;

    private ArchiveQueries() {
    }

    static Query of(SearchRequest request) {
        QueryBuilder builder = new QueryBuilder(ANALYZER);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> words = QueryWords.of(request.query());
        boolean anyWord = false;
        for (String word : words) {
            Query match = match(builder, word);
            if (match == null) {
                continue;
            }
            query.add(match, Occur.MUST);
            Query inHeadline = builder.createPhraseQuery(StoryDocuments.HEADLINE_BIGRAMS, word);
            if (inHeadline != null) {
                query.add(new BoostQuery(inHeadline, HEADLINE_BOOST), Occur.SHOULD);
            }
            anyWord = true;
        }
        if (!anyWord) {
            if (!words.isEmpty()) {
                return new MatchNoDocsQuery("only punctuation");
            }
            // Only here can an edition's marker match: every word clause needs text, which markers lack.
            query.add(new MatchAllDocsQuery(), Occur.MUST);
            query.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.STORY)), Occur.SHOULD)
                    .add(new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.PHOTO)), Occur.SHOULD)
                    .build(), Occur.FILTER);
        }
        if (request.from().isPresent() || request.to().isPresent()) {
            long from = request.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
            long to = request.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
            query.add(LongPoint.newRangeQuery(StoryDocuments.DATE, from, to), Occur.FILTER);
        }
        request.page().ifPresent(p -> query.add(IntPoint.newExactQuery(StoryDocuments.PAGE, p), Occur.FILTER));
        request.status().ifPresent(s -> query.add(new TermQuery(new Term(StoryDocuments.STATUS, s.name())),
                Occur.FILTER));
        if (request.author().isPresent()) {
            Query author = builder.createPhraseQuery(StoryDocuments.AUTHOR, request.author().get());
            query.add(author == null ? new MatchNoDocsQuery("no author words") : author, Occur.FILTER);
        }
        return query.build();
    }

    /**
     * Where one query word stands, scored: the phrase of its character pairs, which finds it inside
     * any text. The dictionary-word field is asked as well only for a word holding a lone Han
     * character, which has no pair and is indexed as a word only where the dictionary cut it so.
     * Scoring the pairs alone (not pairs or words) is what lets Lucene skip the blocks of documents
     * that cannot reach the top results: with both, a word found in almost every story made every
     * story a candidate (decision 0034).
     */
    private static Query match(QueryBuilder builder, String word) {
        Query pairs = builder.createPhraseQuery(StoryDocuments.BIGRAMS, word);
        if (!hasLoneHanCharacter(word)) {
            return pairs;
        }
        Query asWords = builder.createPhraseQuery(StoryDocuments.WORDS, word);
        if (pairs == null || asWords == null) {
            return pairs == null ? asWords : pairs;
        }
        return new BooleanQuery.Builder().add(pairs, Occur.SHOULD).add(asWords, Occur.SHOULD).build();
    }

    /** True when some Han character of {@code word} has no Han character beside it. */
    static boolean hasLoneHanCharacter(String word) {
        int run = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                run++;
            } else {
                if (run == 1) {
                    return true;
                }
                run = 0;
            }
        }
        return run == 1;
    }
}
