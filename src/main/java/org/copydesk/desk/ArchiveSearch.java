package org.copydesk.desk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.copydesk.i18n.Words;
import org.copydesk.model.EditionContent;
import org.copydesk.search.ArchiveIndex;
import org.copydesk.search.IndexFolders;
import org.copydesk.search.SearchHit;
import org.copydesk.search.SearchRequest;
import org.copydesk.search.SearchResults;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Archive search, for the window's search dialog and {@code copydesk search}. Before each search the
 * index is brought up to date with the store: the store's per-edition fingerprints are compared
 * with those the index was built from, and only editions that changed are indexed again (all of
 * them when the index is new, missing or was damaged). The index never holds the only copy of
 * anything.
 *
 * <p>An index folder can be open in one place only (Lucene's write lock), so the open indexes are
 * kept per process, not per desk; another program holding the folder makes this search build a
 * throw-away index in memory.
 */
public final class ArchiveSearch {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveSearch.class);
    private static final Words WORDS = Words.ofPackage(ArchiveSearch.class);
    private static final Map<Path, ArchiveIndex> IN_FOLDERS = new HashMap<>();
    private static final Map<EditionRepository, ArchiveIndex> IN_MEMORY = new WeakHashMap<>();

    /** The stories (and captioned photos) that match {@code request}, best first, then newest. */
    public List<SearchHit> search(EditionRepository repository, SearchRequest request) {
        return find(repository, request).hits();
    }

    /**
     * The stories (and captioned photos) that match {@code request}, best first, then newest, with
     * how many matched ("1000+" past {@link SearchResults#COUNTED_EXACTLY}).
     */
    public SearchResults find(EditionRepository repository, SearchRequest request) {
        synchronized (ArchiveSearch.class) {
            Optional<Path> folder = repository.location().flatMap(l -> IndexFolders.of(l, System.getenv()));
            try {
                ArchiveIndex index = indexFor(repository, folder);
                try {
                    return updatedAndSearched(repository, index, request);
                } catch (IOException | RuntimeException e) {
                    if (e instanceof StoreException || folder.isEmpty()) {
                        throw e;
                    }
                    // A damaged file can show only when read: start over from the store once.
                    LOG.warn("search index {} failed ({}): deleting it and building it again", folder.get(), e.toString());
                    closeQuietly(IN_FOLDERS.remove(folder.get()));
                    ArchiveIndex.discard(folder.get());
                    return updatedAndSearched(repository, indexFor(repository, folder), request);
                }
            } catch (IOException e) {
                throw new StoreException(WORDS.format("search.failed", folder.map(Path::toString).orElse("-"),
                        e.getMessage()), e);
            }
        }
    }

    private static SearchResults updatedAndSearched(EditionRepository repository, ArchiveIndex index,
                                                      SearchRequest request) throws IOException {
        bringUpToDate(repository, index);
        return index.find(request);
    }

    private static ArchiveIndex indexFor(EditionRepository repository, Optional<Path> folder) throws IOException {
        if (folder.isEmpty()) {
            return IN_MEMORY.computeIfAbsent(repository, r -> ArchiveIndex.inMemory());
        }
        ArchiveIndex open = IN_FOLDERS.get(folder.get());
        if (open == null) {
            try {
                open = ArchiveIndex.inFolder(folder.get());
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                LOG.info("search index {} is open in another program: searching a copy made in memory", folder.get());
                return ArchiveIndex.inMemory();
            }
            IN_FOLDERS.put(folder.get(), open);
        }
        return open;
    }

    /** Indexes the editions whose fingerprint changed and forgets the ones the store no longer has. */
    static int bringUpToDate(EditionRepository repository, ArchiveIndex index) throws IOException {
        long start = System.nanoTime();
        Map<String, String> wanted = repository.searchFingerprints();
        Map<String, String> indexed = index.fingerprints();
        int changed = 0;
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            if (!e.getValue().equals(indexed.get(e.getKey()))) {
                Optional<EditionContent> content = repository.loadEdition(e.getKey());
                if (content.isPresent()) {
                    index.put(content.get(), e.getValue());
                } else {
                    index.remove(e.getKey());
                }
                changed++;
            }
        }
        for (String gone : indexed.keySet()) {
            if (!wanted.containsKey(gone)) {
                index.remove(gone);
                changed++;
            }
        }
        if (changed > 0) {
            index.commit();
            LOG.info("search index: {} of {} editions indexed again in {} ms", changed, wanted.size(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return changed;
    }

    private static void closeQuietly(ArchiveIndex index) {
        if (index == null) {
            return;
        }
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing a failed search index", e);
        }
    }
}
