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
 * A {@link SearchRequest} as a Lucene query. Each word must stand in the story: as a phrase of
 * character pairs (found inside any longer text) or as a phrase of ICU words (which ranks a story
 * using the word as a word higher); a word in the headline ranks higher still. Filters do not
 * score.
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
            Query pairs = builder.createPhraseQuery(StoryDocuments.BIGRAMS, word);
            Query asWords = builder.createPhraseQuery(StoryDocuments.WORDS, word);
            if (pairs == null && asWords == null) {
                continue;
            }
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            if (pairs != null) {
                either.add(pairs, Occur.SHOULD);
            }
            if (asWords != null) {
                either.add(asWords, Occur.SHOULD);
            }
            query.add(either.build(), Occur.MUST);
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
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        query.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.STORY)), Occur.SHOULD)
                .add(new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.PHOTO)), Occur.SHOULD)
                .build(), Occur.FILTER);
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
}
