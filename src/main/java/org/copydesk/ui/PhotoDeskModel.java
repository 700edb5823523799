package org.copydesk.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoPlacement;
import org.copydesk.preflight.CaptionRules;
import org.copydesk.preflight.Check;
import org.copydesk.preflight.Finding;

/**
 * The photo desk's view of an edition: every photo as a card with the badges a photo editor works
 * down (no caption, no credit, too low a resolution where it is placed, not placed), in the
 * edition's order, and which card is picked. Holds no controls, so it is tested without a window.
 */
final class PhotoDeskModel {
    /** What a photo still lacks, shown on its card. */
    enum Badge { NO_CAPTION, NO_CREDIT, LOW_RESOLUTION, UNPLACED }

    /**
     * A photo and what it lacks.
     *
     * @param photo  the photo
     * @param badges what it lacks
     * @param pages  the pages it is placed on, in order
     */
    record Card(Photo photo, Set<Badge> badges, List<Integer> pages) {
        Card {
            badges = badges.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(badges));
            pages = List.copyOf(pages);
        }
    }

    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    /** One read-only view, held here: an unmodifiable list passes changes on only while someone holds it. */
    private final ObservableList<Card> readOnlyCards = FXCollections.unmodifiableObservableList(cards);
    private final ReadOnlyIntegerWrapper picked = new ReadOnlyIntegerWrapper(-1);

    ObservableList<Card> cards() {
        return readOnlyCards;
    }

    /** The picked card's place in {@link #cards()}, -1 when none. */
    ReadOnlyIntegerProperty pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    Optional<Card> picked() {
        int at = picked.get();
        return at >= 0 && at < cards.size() ? Optional.of(cards.get(at)) : Optional.empty();
    }

    /** Shows the edition's photos; the same photo stays picked, or the first when it went. */
    void show(EditionContent content, Collection<Finding> findings) {
        String pickedId = picked().map(c -> c.photo().id()).orElse(null);
        List<Card> made = cardsOf(content, findings);
        if (!made.equals(cards)) {
            cards.setAll(made);
        }
        int at = -1;
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).photo().id().equals(pickedId)) {
                at = i;
            }
        }
        picked.set(at >= 0 ? at : cards.isEmpty() ? -1 : 0);
    }

    void pick(int index) {
        if (index >= 0 && index < cards.size()) {
            picked.set(index);
        }
    }

    void pick(String photoId) {
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).photo().id().equals(photoId)) {
                picked.set(i);
            }
        }
    }

    /** Moves the pick by {@code steps} cards, staying on the first or last card at the ends. */
    void move(int steps) {
        if (cards.isEmpty()) {
            return;
        }
        int from = Math.max(0, picked.get());
        picked.set(Math.max(0, Math.min(cards.size() - 1, from + steps)));
    }

    /** The photo after {@code photoId} in the desk's order, if any. */
    Optional<Photo> after(String photoId) {
        for (int i = 0; i < cards.size() - 1; i++) {
            if (cards.get(i).photo().id().equals(photoId)) {
                return Optional.of(cards.get(i + 1).photo());
            }
        }
        return Optional.empty();
    }

    /** How many photos carry {@code badge}. */
    long count(Badge badge) {
        return cards.stream().filter(c -> c.badges().contains(badge)).count();
    }

    static List<Card> cardsOf(EditionContent content, Collection<Finding> findings) {
        Map<String, Set<Integer>> pages = new TreeMap<>();
        content.pages().forEach(page -> page.placements().stream().filter(PhotoPlacement.class::isInstance)
                .forEach(p -> pages.computeIfAbsent(p.contentId(), id -> new TreeSet<>()).add(page.number())));
        Set<String> lowResolution = new TreeSet<>();
        findings.stream().filter(f -> f.check() == Check.LOW_RESOLUTION).forEach(f -> lowResolution.add(f.contentId()));
        List<Card> made = new ArrayList<>();
        for (Photo photo : content.photos()) {
            Set<Badge> badges = EnumSet.noneOf(Badge.class);
            Set<CaptionRules.Problem> problems = CaptionRules.problems(photo.caption());
            if (problems.contains(CaptionRules.Problem.NO_TEXT)) {
                badges.add(Badge.NO_CAPTION);
            }
            if (problems.contains(CaptionRules.Problem.NO_CREDIT)) {
                badges.add(Badge.NO_CREDIT);
            }
            if (lowResolution.contains(photo.id())) {
                badges.add(Badge.LOW_RESOLUTION);
            }
            if (!pages.containsKey(photo.id())) {
                badges.add(Badge.UNPLACED);
            }
            made.add(new Card(photo, badges, new ArrayList<>(pages.getOrDefault(photo.id(), Set.of()))));
        }
        return made;
    }
}
