package org.copydesk.ui;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.copydesk.exchange.BylineName;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Photo;
import org.copydesk.store.EditionRepository;

/**
 * The caption of one photo being edited: holds the current {@link Photo} value and autosaves its
 * caption with the same two-second rule as articles. Holds no controls; called on the UI thread.
 */
public final class CaptionEditorModel {
    private final ReadOnlyObjectWrapper<Photo> photo;
    private final Autosave<Photo> autosave;

    public CaptionEditorModel(Photo initial, EditionRepository repository, AutosaveContext context) {
        Objects.requireNonNull(repository);
        this.photo = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(initial));
        this.autosave = new Autosave<>(photo::get,
                p -> repository.saveCaption(p.id(), p.caption()),
                // The caption typed since the save started is newer than the one saved: keep it.
                saved -> { },
                context);
    }

    public ReadOnlyObjectProperty<Photo> photoProperty() {
        return photo.getReadOnlyProperty();
    }

    public Photo photo() {
        return photo.get();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return autosave.stateProperty();
    }

    /** The line as printed under the photo, e.g. {@code 说明文字　李明/摄}. */
    public String printedPreview() {
        return photo.get().caption().printed();
    }

    public void edit(String text, String photographer, String credit, CaptionKind kind) {
        Caption edited = new Caption(text, stripCreditMark(photographer), credit, kind);
        if (!edited.equals(photo.get().caption())) {
            photo.set(photo.get().withCaption(edited));
            autosave.changed();
        }
    }

    /**
     * Users type the credit habitually ({@code 李明/摄}, {@code 摄影：李明}, {@code 本报记者 李明 摄}); the
     * store keeps the name alone and the template adds /摄. The same rule as photo import and
     * {@code copydesk caption} ({@link BylineName}).
     */
    static String stripCreditMark(String photographer) {
        return BylineName.of(photographer);
    }

    public CompletableFuture<SaveState> flush() {
        return autosave.flush();
    }
}
