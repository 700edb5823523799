package org.copydesk.desk;

import java.util.Optional;
import org.copydesk.i18n.Words;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.store.EditionRepository;
import org.copydesk.store.StoreException;

/** Finding an edition by id (or the word {@code latest}) and loading what it holds. */
public final class EditionLoading {
    private static final Words WORDS = Words.ofPackage(EditionLoading.class);

    /** The edition {@code idOrLatest} names; {@code latest} is the newest by date. */
    public Edition find(EditionRepository repository, String idOrLatest) {
        boolean latest = "latest".equalsIgnoreCase(idOrLatest);
        Optional<Edition> found = latest
                ? repository.latestEdition()
                : repository.editions().stream().filter(e -> e.id().equals(idOrLatest)).findFirst();
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
}
