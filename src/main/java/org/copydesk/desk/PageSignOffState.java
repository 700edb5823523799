package org.copydesk.desk;

import java.util.Objects;
import java.util.Optional;
import org.copydesk.model.PageSignOff;

/**
 * Where a page stands with its sign-off (签发), as the navigator, the flatplan, preflight and
 * {@code copydesk signoff} show it.
 *
 * @param pageNumber  版次 now
 * @param pageId      the page
 * @param standing    never signed, signed and unchanged, or withdrawn
 * @param signOff     the page's newest sign-off, if it was ever signed
 * @param currentHash the digest of the page as it composes now; empty for a page never signed (not composed for this)
 */
public record PageSignOffState(int pageNumber, String pageId, Standing standing, Optional<PageSignOff> signOff,
                               String currentHash) {
    public enum Standing {
        /** 未签发: nobody signed this page */
        NOT_SIGNED,
        /** 已签发: signed, and the page still composes exactly as signed */
        SIGNED,
        /** 签发已撤销: withdrawn by hand, or the page changed after it was signed */
        WITHDRAWN
    }

    public PageSignOffState {
        Objects.requireNonNull(pageId, "pageId");
        Objects.requireNonNull(standing, "standing");
        signOff = signOff == null ? Optional.empty() : signOff;
        Objects.requireNonNull(currentHash, "currentHash");
    }

    /** Whether the page may go to press as far as sign-off goes. */
    public boolean signed() {
        return standing == Standing.SIGNED;
    }

    /** Whether the page changed after its sign-off (rather than being withdrawn by hand with the page unchanged). */
    public boolean changedAfterSignOff() {
        return signOff.isPresent() && !signOff.get().layoutHash().equals(currentHash);
    }
}
