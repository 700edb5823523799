package org.copydesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of an edition: its number (版次), section name and the placements made up on it.
 */
public record Page(String id, String editionId, int number, String section, PageSpec spec,
                   List<Placement> placements) {
    public Page {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(spec, "spec");
        section = section == null ? "" : section;
        placements = List.copyOf(placements);
    }

    public Page withPlacements(List<Placement> newPlacements) {
        return new Page(id, editionId, number, section, spec, newPlacements);
    }

    public Page withNumber(int newNumber) {
        return new Page(id, editionId, newNumber, section, spec, placements);
    }
}
