package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;

/**
 * What a story holds with one of its frames where the desk proposes to put it: the body characters
 * (字) its frames take, counted by the composition copyfit comes from, so the headline stack, the
 * reporter line, photos cutting into the frames, jump lines and the ends of paragraphs all count.
 * For the story as it stands, {@code characters - TextLength.of(body).zi()} is copyfit's 差 N 字
 * when it fits and minus its 超 N 字 when it is overset ({@link #difference()}).
 *
 * @param characters body characters the story's frames hold: those set plus those the empty lines
 *                   after its end would take
 * @param copyfit    how the story fits its frames with the proposed one
 */
public record FrameCapacity(int characters, Copyfit copyfit) {

    /** The capacity behind {@code copyfit}: what was set and the room left. */
    static FrameCapacity of(Copyfit copyfit) {
        return new FrameCapacity(copyfit.charactersSet() + copyfit.freeChars(), copyfit);
    }

    /** Room left (差 N 字, positive) or missing (超 N 字, negative): capacity minus the story's 字数. */
    public int difference() {
        return copyfit.overset() ? -copyfit.oversetChars() : copyfit.freeChars();
    }

    /**
     * {@code content} with {@code proposed} on page {@code pageNumber}: it takes the place of the
     * story's frame of the same part there, or is added to the page when that part is elsewhere or
     * nowhere (a part moved from another page leaves that page).
     *
     * @throws IllegalArgumentException when the edition has no such page or story
     */
    static EditionContent propose(EditionContent content, int pageNumber, StoryPlacement proposed) {
        if (content.page(pageNumber).isEmpty()) {
            throw new IllegalArgumentException("edition " + content.edition().id() + " has no page " + pageNumber);
        }
        if (content.article(proposed.articleId()).isEmpty()) {
            throw new IllegalArgumentException("edition " + content.edition().id() + " has no story " + proposed.articleId());
        }
        List<Page> pages = new ArrayList<>(content.pages().size());
        for (Page page : content.pages()) {
            List<Placement> placements = new ArrayList<>(page.placements().size() + 1);
            boolean placed = false;
            for (Placement placement : page.placements()) {
                if (samePart(placement, proposed)) {
                    if (page.number() == pageNumber && !placed) {
                        placements.add(proposed);
                        placed = true;
                    }
                } else {
                    placements.add(placement);
                }
            }
            if (page.number() == pageNumber && !placed) {
                placements.add(proposed);
            }
            pages.add(page.withPlacements(placements));
        }
        return new EditionContent(content.edition(), pages, content.articles(), content.photos());
    }

    private static boolean samePart(Placement placement, StoryPlacement proposed) {
        return placement instanceof StoryPlacement story && story.articleId().equals(proposed.articleId())
                && story.part() == proposed.part();
    }
}
