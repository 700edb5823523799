package org.copydesk.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * The bundled faces as files on disk, for a renderer that loads fonts from a file. JavaFX copies a
 * font given as a stream into a temporary file on every start (10-15 MB a face, about 0.1 s of CPU
 * each, and left behind in the temporary folder when the process is killed); given a file it reads
 * it in place. Run from the class folder (development, tests) the resource already is a file; run
 * from the jar, each face is copied once into the user's cache folder under a name made of the jar
 * entry's size and CRC, so a new build with other fonts never meets an old copy.
 */
public final class FontFiles {
    private final Path cacheFolder;

    public FontFiles(Path cacheFolder) {
        this.cacheFolder = cacheFolder;
    }

    /** The user's cache folder for Copydesk's fonts ({@code $XDG_CACHE_HOME} or {@code ~/.cache}). */
    public static FontFiles forUser(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new FontFiles(cache.resolve("copydesk").resolve("fonts"));
    }

    /**
     * The face as a file, or empty when it cannot be had as one (an unwritable cache, an unusual
     * class loader): the caller then reads {@link FontFace#open()} as before.
     */
    public Optional<Path> file(FontFace face) {
        return Optional.ofNullable(FontFace.class.getResource(face.resourcePath())).flatMap(url -> file(face, url));
    }

    /** The face found at {@code url} (a {@code file:} or {@code jar:} address) as a file. */
    Optional<Path> file(FontFace face, URL url) {
        try {
            if (url.getProtocol().equals("file")) {
                return Optional.of(Path.of(url.toURI()));
            }
            if (url.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(false);
                JarEntry entry = jar.getJarEntry();
                if (entry == null || entry.getSize() < 0 || entry.getCrc() < 0) {
                    return Optional.empty();
                }
                try (InputStream in = jar.getInputStream()) {
                    return Optional.of(copied(face, in, entry.getSize(), entry.getCrc()));
                }
            }
            return Optional.empty();
        } catch (IOException | UncheckedIOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Path copied(FontFace face, InputStream in, long size, long crc) throws IOException {
        String name = face.fileName().replace(".ttf", "") + "-" + Long.toHexString(crc) + "-" + size + ".ttf";
        Path file = cacheFolder.resolve(name);
        if (Files.isRegularFile(file) && Files.size(file) == size) {
            return file;
        }
        Files.createDirectories(cacheFolder);
        // Written beside and moved into place, so a second Copydesk starting at the same moment, or a
        // crash half-way, never leaves a half-written face under the final name.
        Path partial = Files.createTempFile(cacheFolder, name, ".part");
        try {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(partial) != size) {
                throw new IOException("the copy of " + face.fileName() + " has the wrong size");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }
}
