package org.copydesk.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled faces as files: in place from a folder, copied once from a jar, never a stale or partial copy. */
class FontFilesTest {
    @TempDir
    Path temp;

    @Test
    void fromTheClassFolderTheFaceIsUsedInPlace() throws IOException {
        Path file = new FontFiles(temp.resolve("cache")).file(FontFace.SANS).orElseThrow();

        assertThat(file.getFileName().toString()).isEqualTo("NotoSansSC-Regular.ttf");
        assertThat(Files.size(file)).isGreaterThan(1_000_000);
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void fromAJarTheFaceIsCopiedOnceAndANewBuildGetsItsOwnCopy() throws Exception {
        var files = new FontFiles(temp.resolve("cache"));
        byte[] first = "first build's face".getBytes();
        byte[] second = "second build's face, another size".getBytes();

        Path copied = files.file(FontFace.SERIF, entryIn(jar("a.jar", first))).orElseThrow();
        assertThat(copied).hasBinaryContent(first);
        long written = Files.getLastModifiedTime(copied).toMillis();
        Thread.sleep(20);
        assertThat(files.file(FontFace.SERIF, entryIn(jar("a.jar", first)))).contains(copied);
        assertThat(Files.getLastModifiedTime(copied).toMillis()).as("not copied again").isEqualTo(written);

        Path other = files.file(FontFace.SERIF, entryIn(jar("b.jar", second))).orElseThrow();
        assertThat(other).isNotEqualTo(copied).hasBinaryContent(second);
        try (var left = Files.list(temp.resolve("cache"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aCacheThatCannotBeWrittenIsNoFileNotAFailure() throws Exception {
        Path blocked = temp.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the cache folder should be");

        assertThat(new FontFiles(blocked.resolve("fonts")).file(FontFace.SERIF, entryIn(jar("c.jar", new byte[] {1, 2}))))
                .isEmpty();
    }

    private Path jar(String name, byte[] face) throws IOException {
        Path jar = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); var zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("assets/fonts/" + FontFace.SERIF.fileName()));
            zip.write(face);
            zip.closeEntry();
        }
        return jar;
    }

    private static URL entryIn(Path jar) throws IOException {
        return new URL("jar:" + jar.toUri() + "!/assets/fonts/" + FontFace.SERIF.fileName());
    }
}
