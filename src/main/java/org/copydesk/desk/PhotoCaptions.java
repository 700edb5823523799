package org.copydesk.desk;

import java.util.Objects;
import java.util.Set;
import org.copydesk.exchange.BylineName;
import org.copydesk.i18n.Words;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.EditionContent;
import org.copydesk.model.Photo;
import org.copydesk.preflight.CaptionRules;
import org.copydesk.store.EditionRepository;

/**
 * Captions a photo: the text, the photographer's name alone (a typed {@code 本报记者 李明 摄} or
 * {@code 摄影：李明} is reduced to {@code 李明}, as photo import does), an agency credit and the kind;
 * answers what the caption still lacks by the same rules the window marks while typing.
 */
public final class PhotoCaptions {
    private static final Words WORDS = Words.ofPackage(PhotoCaptions.class);

    /** A saved photo and what its caption still lacks. */
    public record Captioned(Photo photo, Set<CaptionRules.Problem> problems) {
        public Captioned {
            Objects.requireNonNull(photo, "photo");
            problems = Set.copyOf(problems);
        }
    }

    /**
     * Saves {@code photo}'s caption with the fields given; a null field keeps what the photo has.
     *
     * @throws OperationRefusedException when the edition has no such photo
     */
    public Captioned caption(EditionRepository repository, EditionContent content, String photoId, String text,
                             String photographer, String credit, CaptionKind kind) {
        Photo photo = content.photo(photoId).orElseThrow(() -> new OperationRefusedException(
                WORDS.format("makeup.unknownPhoto", photoId, Described.edition(content.edition()))));
        Caption now = photo.caption();
        Caption caption = new Caption(text == null ? now.text() : text.strip(),
                photographer == null ? now.photographer() : BylineName.of(photographer),
                credit == null ? now.credit() : credit, kind == null ? now.kind() : kind);
        Photo saved = repository.saveCaption(photo.id(), caption);
        return new Captioned(saved, CaptionRules.problems(saved.caption()));
    }

}
