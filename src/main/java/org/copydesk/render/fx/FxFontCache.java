package org.copydesk.render.fx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import org.copydesk.fonts.FontFace;
import org.copydesk.fonts.FontFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JavaFX fonts made from the same bundled files the composer measured and the PDF embeds.
 *
 * <p>Faces are loaded from files ({@link FontFiles}); {@link Font#loadFont(InputStream, double)}, the
 * fallback, copies the whole file (10-15 MB) each call. Either way each
 * face is loaded once and other sizes are derived by name. When a platform does not resolve the
 * name back to the loaded face, the file is loaded again for that size rather than drawing in a
 * substitute font. Use on the FX thread only.
 */
public final class FxFontCache {
    private static final Logger LOG = LoggerFactory.getLogger(FxFontCache.class);
    private static final FontFiles FILES = FontFiles.forUser(System.getenv());

    private final Map<FontFace, Font> loadedFaces = new EnumMap<>(FontFace.class);
    private final Map<FontFace, Boolean> derivableByName = new EnumMap<>(FontFace.class);
    private final Map<SizedFace, Font> fonts = new HashMap<>();
    /** Sizes are points times the zoom, so each zoom adds a few; forget them all past this many. */
    private static final int MAX_SIZED_FONTS = 512;

    private record SizedFace(FontFace face, double size) {
    }

    /** The font for a face at a size (the preview asks for points times its zoom, in pixels). */
    public Font font(FontFace face, double size) {
        if (fonts.size() >= MAX_SIZED_FONTS) {
            fonts.clear();
        }
        return fonts.computeIfAbsent(new SizedFace(face, size), key -> derive(key.face(), key.size()));
    }

    /** The family name the loaded face registered, usable in CSS ({@code -fx-font-family}). */
    public String family(FontFace face) {
        return loaded(face).getFamily();
    }

    private Font derive(FontFace face, double size) {
        Font base = loaded(face);
        if (base.getSize() == size) {
            return base;
        }
        if (derivableByName.get(face)) {
            return new Font(base.getName(), size);
        }
        return load(face, size);
    }

    private Font loaded(FontFace face) {
        return loadedFaces.computeIfAbsent(face, f -> {
            Font font = load(f, 12);
            Font byName = new Font(font.getName(), 13);
            boolean derivable = byName.getName().equals(font.getName());
            derivableByName.put(f, derivable);
            LOG.debug("loaded {} as '{}' (family '{}'), sizes derived by name: {}",
                    f.fileName(), font.getName(), font.getFamily(), derivable);
            return font;
        });
    }

    private static Font load(FontFace face, double size) {
        // A file JavaFX reads in place; a stream it would copy to a temporary file first (FontFiles).
        Font fromFile = FILES.file(face).map(path -> Font.loadFont(path.toUri().toString(), size)).orElse(null);
        if (fromFile != null) {
            return fromFile;
        }
        try (InputStream in = face.open()) {
            Font font = Font.loadFont(in, size);
            if (font == null) {
                throw new IllegalStateException("JavaFX could not load the font file " + face.resourcePath());
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font file " + face.resourcePath(), e);
        }
    }
}
