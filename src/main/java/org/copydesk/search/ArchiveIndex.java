package org.copydesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.copydesk.model.EditionContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index: a Lucene index in a folder (or in memory), written only from what the store
 * holds, so it can always be thrown away and built again. An index that does not open, or one made
 * by another version of this class, is deleted and started afresh (the caller then fills it from the
 * store, since every edition's fingerprint is missing).
 */
public final class ArchiveIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveIndex.class);
    /** Raised whenever what is indexed or how it is analysed changes: older indexes are rebuilt. */
    static final String FORMAT = "copydesk-search-1";
    private static final String FORMAT_KEY = "format";
    private static final Sort SCORE_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            new SortField(StoryDocuments.DATE, SortField.Type.LONG, true));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** What {@link #fingerprints()} read from the last commit, kept in step; null until first asked. */
    private Map<String, String> committedFingerprints;
    /** Editions put (a fingerprint) or removed (empty) since the last commit. */
    private final Map<String, Optional<String>> pendingFingerprints = new HashMap<>();

    private ArchiveIndex(Directory directory) throws IOException {
        this.directory = directory;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveQueries.ANALYZER)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    /** An index held in memory only (a database in memory, tests, benchmarks). */
    public static ArchiveIndex inMemory() {
        try {
            return new ArchiveIndex(new ByteBuffersDirectory()).stamped();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index in {@code folder}, made when missing; deleted and made afresh when it is damaged or
     * of another format. Fails with {@link LockObtainFailedException} when another program has it open.
     */
    public static ArchiveIndex inFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        try {
            ArchiveIndex index = new ArchiveIndex(FSDirectory.open(folder));
            String format = index.writer.getLiveCommitData() == null ? null : commitData(index).get(FORMAT_KEY);
            if (FORMAT.equals(format)) {
                return index;
            }
            if (format != null || index.writer.getDocStats().numDocs > 0) {
                LOG.info("search index {} is of format {}, not {}: building it again", folder, format, FORMAT);
                index.writer.deleteAll();
            }
            return index.stamped();
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index {} is damaged ({}): deleting it and building it again from the database",
                    folder, e.toString());
            deleteFolder(folder);
            Files.createDirectories(folder);
            return new ArchiveIndex(FSDirectory.open(folder)).stamped();
        }
    }

    private static Map<String, String> commitData(ArchiveIndex index) {
        Map<String, String> data = new HashMap<>();
        index.writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    private ArchiveIndex stamped() throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        synchronized (this) {
            committedFingerprints = null;
            pendingFingerprints.clear();
        }
        return this;
    }

    /**
     * The fingerprint each indexed edition was indexed with, by edition id. Read from the index once
     * (its markers are spread over the whole index: ~70 ms of CPU for ten years) and then kept in step
     * by {@link #put}, {@link #remove} and {@link #commit}, since the desk asks before every search.
     */
    public synchronized Map<String, String> fingerprints() throws IOException {
        if (committedFingerprints == null) {
            committedFingerprints = readFingerprints();
        }
        return Map.copyOf(committedFingerprints);
    }

    private Map<String, String> readFingerprints() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            var query = new TermQuery(new Term(StoryDocuments.KIND, StoryDocuments.MARK));
            TopDocs marks = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
            Map<String, String> found = new HashMap<>();
            for (ScoreDoc sd : marks.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                found.put(d.get(StoryDocuments.EDITION), d.get(StoryDocuments.FINGERPRINT));
            }
            return found;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Puts the edition's stories and photos in the index in place of what it held of that edition. */
    public synchronized void put(EditionContent content, String fingerprint) throws IOException {
        writer.deleteDocuments(new Term(StoryDocuments.EDITION, content.edition().id()));
        writer.addDocuments(StoryDocuments.of(content, fingerprint));
        pendingFingerprints.put(content.edition().id(), Optional.of(fingerprint));
    }

    /** Takes an edition no longer in the store out of the index. */
    public synchronized void remove(String editionId) throws IOException {
        writer.deleteDocuments(new Term(StoryDocuments.EDITION, editionId));
        pendingFingerprints.put(editionId, Optional.empty());
    }

    /** Makes what was put and removed durable and visible to searches. */
    public synchronized void commit() throws IOException {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        if (committedFingerprints != null) {
            pendingFingerprints.forEach((edition, fingerprint) -> {
                if (fingerprint.isPresent()) {
                    committedFingerprints.put(edition, fingerprint.get());
                } else {
                    committedFingerprints.remove(edition);
                }
            });
        }
        pendingFingerprints.clear();
    }

    /** The best matches, best first and, among equals, newest first. */
    public List<SearchHit> search(SearchRequest request) throws IOException {
        return find(request).hits();
    }

    /**
     * The best matches, best first and, among equals, newest first, and how many matched (counted
     * exactly up to {@link SearchResults#COUNTED_EXACTLY}). Not counting further is what lets Lucene
     * skip blocks of documents whose best possible score cannot reach the results (block-max WAND).
     */
    public SearchResults find(SearchRequest request) throws IOException {
        List<String> words = QueryWords.of(request.query());
        IndexSearcher searcher = searchers.acquire();
        try {
            TopFieldDocs top = searcher.search(ArchiveQueries.of(request),
                    new TopFieldCollectorManager(SCORE_THEN_NEWEST, request.limit(), SearchResults.COUNTED_EXACTLY));
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                // The score is the first sort value; only the shown page of results is read and marked.
                float score = ((Number) ((FieldDoc) sd).fields[0]).floatValue();
                hits.add(hit(stored.document(sd.doc), score, words));
            }
            boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            int found = exact ? (int) top.totalHits.value : Math.max(hits.size(), SearchResults.COUNTED_EXACTLY);
            return new SearchResults(hits, found, !exact);
        } finally {
            searchers.release(searcher);
        }
    }

    private static SearchHit hit(Document d, float score, List<String> words) {
        return new SearchHit(d.get(StoryDocuments.KIND), d.get(StoryDocuments.ID), d.get(StoryDocuments.EDITION),
                d.get(StoryDocuments.EDITION_NAME),
                LocalDate.ofEpochDay(d.getField(StoryDocuments.DATE).numericValue().longValue()),
                d.getField(StoryDocuments.ISSUE).numericValue().intValue(),
                d.getField(StoryDocuments.FIRST_PAGE).numericValue().intValue(),
                d.get(StoryDocuments.HEADLINE), d.get(StoryDocuments.STATUS) == null ? "" : d.get(StoryDocuments.STATUS),
                Snippets.around(d.get(StoryDocuments.SNIPPET), words), score);
    }

    /** The number of stories and photos indexed. */
    public int documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(ArchiveQueries.of(SearchRequest.of("")));
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    /** Deletes the index in {@code folder} (closed first): the next {@link #inFolder} starts afresh. */
    public static void discard(Path folder) throws IOException {
        deleteFolder(folder);
    }

    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
