package org.copydesk.desk;

import java.util.Objects;
import org.copydesk.typeset.PageComposer;

/**
 * The desk's services, built once by {@code app} and handed to the window and to the CLI, so that
 * both front ends run every operation through the same code.
 *
 * @param composer    the one composition engine
 * @param storyImport story files into an edition
 * @param check       preflight
 * @param export      the preflight gate and every export target
 * @param editions    loading editions and their content
 */
public record Desk(PageComposer composer, EditionLoading editions, EditionCheck check, StoryImport storyImport,
                   EditionExport export) {
    public Desk {
        Objects.requireNonNull(composer, "composer");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(storyImport, "storyImport");
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(editions, "editions");
    }

    /** The services around {@code composer}, with the built-in story readers. */
    public static Desk around(PageComposer composer) {
        return new Desk(composer, new EditionLoading(), new EditionCheck(composer), StoryImport.withBuiltInReaders(),
                new EditionExport(composer));
    }
}
