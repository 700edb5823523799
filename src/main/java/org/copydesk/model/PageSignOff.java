package org.copydesk.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A page signed off (签发) as composed: who signed it, when, and what it printed then. The sign-off
 * holds only while the page, composed again, gives the same {@code layoutHash}; once it does not, it
 * is withdrawn (撤销), and the withdrawal is recorded with when, who noticed or made the change, and why.
 *
 * @param id              the sign-off's own id
 * @param pageId          the page
 * @param editionId       its edition
 * @param pageNumber      the page's 版次 when signed
 * @param signedBy        who signed ({@link Person#name()})
 * @param signedAt        when
 * @param layoutHash      the digest of the composed page as signed ({@code sha256:...})
 * @param signedLayout    the signed page's lines and frames as compact JSON, for showing what changed later
 * @param withdrawnAt     when the sign-off was withdrawn; empty while it holds
 * @param withdrawnBy     who withdrew it, or whose change withdrew it, when known
 * @param withdrawnReason why, as the person or Copydesk said it
 */
public record PageSignOff(String id, String pageId, String editionId, int pageNumber, String signedBy,
                          Instant signedAt, String layoutHash, String signedLayout, Optional<Instant> withdrawnAt,
                          Optional<String> withdrawnBy, String withdrawnReason) {
    /**
     * The reason recorded when Copydesk finds the page composes differently from what was signed; kept
     * in this one wording in the database, and shown in each desk's language.
     */
    public static final String CHANGED_REASON = "changed after sign-off";

    /** Whether Copydesk withdrew it because the page changed (rather than someone by hand). */
    public boolean withdrawnForChange() {
        return withdrawn() && CHANGED_REASON.equals(withdrawnReason);
    }

    /** The longest reason the database keeps. */
    public static final int MAX_REASON_LENGTH = 500;

    public PageSignOff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(signedBy, "signedBy");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(layoutHash, "layoutHash");
        Objects.requireNonNull(signedLayout, "signedLayout");
        withdrawnAt = withdrawnAt == null ? Optional.empty() : withdrawnAt;
        withdrawnBy = withdrawnBy == null ? Optional.empty() : withdrawnBy;
        withdrawnReason = withdrawnReason == null ? "" : withdrawnReason;
    }

    /** A sign-off that still holds as far as anyone has recorded. */
    public static PageSignOff signed(String id, Page page, String signedBy, Instant signedAt, String layoutHash,
                                     String signedLayout) {
        return new PageSignOff(id, page.id(), page.editionId(), page.number(), signedBy, signedAt, layoutHash,
                signedLayout, Optional.empty(), Optional.empty(), "");
    }

    public boolean withdrawn() {
        return withdrawnAt.isPresent();
    }

    public PageSignOff withdrawnAs(Instant at, Optional<String> by, String reason) {
        return new PageSignOff(id, pageId, editionId, pageNumber, signedBy, signedAt, layoutHash, signedLayout,
                Optional.of(at), by, reason);
    }
}
