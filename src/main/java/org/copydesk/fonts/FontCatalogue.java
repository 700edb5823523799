package org.copydesk.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.copydesk.i18n.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics of every {@link FontFace}, each read from its font file on first use and kept for
 * the life of the catalogue. Pass one catalogue by constructor to whoever measures text;
 * {@link #bundled()} is the process-wide one for the bundled files.
 */
public final class FontCatalogue {
    private static final Words WORDS = Words.ofPackage(FontCatalogue.class);
    private static final Logger LOG = LoggerFactory.getLogger(FontCatalogue.class);

    private final Function<FontFace, InputStream> opener;
    private final Map<FontFace, FontMetrics> loaded = new EnumMap<>(FontFace.class);

    /** Reads each face through {@code opener} (the caller's stream is closed after reading). */
    public FontCatalogue(Function<FontFace, InputStream> opener) {
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    private static final class Bundled {
        static final FontCatalogue INSTANCE = new FontCatalogue(FontFace::open);
    }

    /** The catalogue of the bundled font files, built once per process on first call. */
    public static FontCatalogue bundled() {
        return Bundled.INSTANCE;
    }

    /** Metrics of {@code face}, read from its file the first time. */
    public FontMetrics metrics(FontFace face) {
        synchronized (loaded) {
            FontMetrics m = loaded.get(face);
            if (m == null) {
                m = read(face);
                loaded.put(face, m);
            }
            return m;
        }
    }

    private FontMetrics read(FontFace face) {
        long start = System.nanoTime();
        try (InputStream in = opener.apply(face)) {
            FontMetrics m = SfntReader.read(face, new java.io.BufferedInputStream(in, 1 << 16));
            LOG.debug("read metrics of {} in {} ms", face.fileName(), (System.nanoTime() - start) / 1_000_000);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(WORDS.format("font.unreadable", face.fileName(), e.getMessage()), e);
        }
    }
}
