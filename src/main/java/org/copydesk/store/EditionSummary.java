package org.copydesk.store;

import java.util.Objects;
import org.copydesk.model.Edition;

/** An edition with how much it holds, for lists that should not load every page and photo. */
public record EditionSummary(Edition edition, int pageCount, int articleCount, int photoCount) {
    public EditionSummary {
        Objects.requireNonNull(edition, "edition");
    }
}
