package org.copydesk.desk;

import java.util.List;
import java.util.Optional;
import org.copydesk.i18n.Words;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StoreException;

/** Finding an edition by id (or the word {@code latest}) and loading what it holds. */
public final class EditionLoading {
    private static final Words WORDS = Words.ofPackage(EditionLoading.class);

    /**
     * The edition {@code idOrLatest} names; {@code latest} is the newest by date. An id may be cut
     * short to its start when no other edition's id starts the same (scripts print whole ids; people
     * type the first few characters).
     */
    public Edition find(EditionRepository repository, String idOrLatest) {
        boolean latest = "latest".equalsIgnoreCase(idOrLatest);
        Optional<Edition> found = latest ? repository.latestEdition() : byIdOrStart(repository.editions(), idOrLatest);
        return found.orElseThrow(() -> new StoreException(latest
                ? WORDS.format("edition.noneYet")
                : WORDS.format("edition.unknown", idOrLatest)));
    }

    /** The pages, articles and photos of the edition {@code idOrLatest} names. */
    public EditionContent load(EditionRepository repository, String idOrLatest) {
        String id = find(repository, idOrLatest).id();
        return repository.loadEdition(id)
                .orElseThrow(() -> new StoreException(WORDS.format("edition.disappeared", id)));
    }

    private static Optional<Edition> byIdOrStart(List<Edition> editions, String idOrStart) {
        Optional<Edition> exact = editions.stream().filter(e -> e.id().equals(idOrStart)).findFirst();
        if (exact.isPresent() || idOrStart.isEmpty()) {
            return exact;
        }
        List<Edition> starting = editions.stream().filter(e -> e.id().startsWith(idOrStart)).toList();
        if (starting.size() > 1) {
            throw new StoreException(WORDS.format("edition.ambiguous", idOrStart, starting.size()));
        }
        return starting.stream().findFirst();
    }
}
