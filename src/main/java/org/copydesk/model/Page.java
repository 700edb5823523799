package org.copydesk.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of an edition: its number (版次), section name, the placements made up on it and its
 * proof round (校次). The proof round moves only through the desk's stage rules, never with a
 * make-up save.
 */
public record Page(String id, String editionId, int number, String section, PageSpec spec,
                   List<Placement> placements, ProofRound proofRound) {
    public Page {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(spec, "spec");
        section = section == null ? "" : section;
        placements = List.copyOf(placements);
        proofRound = proofRound == null ? ProofRound.FIRST : proofRound;
    }

    /** A page at its first proof (初校), as every new page starts. */
    public Page(String id, String editionId, int number, String section, PageSpec spec, List<Placement> placements) {
        this(id, editionId, number, section, spec, placements, ProofRound.FIRST);
    }

    public Page withPlacements(List<Placement> newPlacements) {
        return new Page(id, editionId, number, section, spec, newPlacements, proofRound);
    }

    public Page withNumber(int newNumber) {
        return new Page(id, editionId, newNumber, section, spec, placements, proofRound);
    }

    public Page withProofRound(ProofRound newRound) {
        return new Page(id, editionId, number, section, spec, placements, newRound);
    }
}
