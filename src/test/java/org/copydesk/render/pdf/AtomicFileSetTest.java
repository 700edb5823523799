package org.copydesk.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.copydesk.cli.CommandRunner;
import org.copydesk.store.InMemoryEditionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A set of files lands whole or not at all: a disk that fills up half-way leaves the folder as it was. */
class AtomicFileSetTest {
    private static final List<String> NAMES = List.of("page-01.pdf", "page-02.pdf", "page-03.pdf");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "the disk fills up writing file {0} of 3, folder existed: {1}")
    @CsvSource(textBlock = """
            1, false
            2, false
            3, false
            1, true
            3, true
            """)
    void aFailureWritingAnyFileLeavesNothing(int failingFile, boolean folderExisted) throws IOException {
        Path folder = dir.resolve("out/pages");
        if (folderExisted) {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("page-02.pdf"), "yesterday's page 2");
        }
        assertThatThrownBy(() -> {
            try (AtomicFileSet set = AtomicFileSet.in(folder)) {
                for (int i = 1; i <= NAMES.size(); i++) {
                    boolean fails = i == failingFile;
                    set.write(NAMES.get(i - 1), out -> {
                        out.write(new byte[100_000]);
                        if (fails) {
                            throw new IOException("No space left on device");
                        }
                    });
                }
                set.commit();
            }
        }).isInstanceOf(IOException.class).hasMessage("No space left on device");
        if (folderExisted) {
            assertThat(listing(folder)).containsExactly("page-02.pdf");
            assertThat(folder.resolve("page-02.pdf")).hasContent("yesterday's page 2");
        } else {
            assertThat(dir.resolve("out")).doesNotExist();
        }
    }

    @Test
    void aCommittedSetReplacesOldFilesAndLeavesNoTemporaries() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(folder.resolve("page-01.pdf"), "old");
        try (AtomicFileSet set = AtomicFileSet.in(folder)) {
            for (String name : NAMES) {
                set.write(name, out -> out.write(name.getBytes(StandardCharsets.UTF_8)));
            }
            assertThat(folder.resolve("page-01.pdf")).hasContent("old");
            assertThat(set.commit()).containsExactlyElementsOf(NAMES.stream().map(folder::resolve).toList());
        }
        assertThat(listing(folder)).containsExactlyElementsOf(NAMES);
        assertThat(folder.resolve("page-01.pdf")).hasContent("page-01.pdf");
    }

    /**
     * Through the real command: page 2's name is taken by a folder, so the set fails on its second
     * file; the command says so in one line and page 1 is not left behind either.
     */
    @Test
    void exportPagesIsAllOrNothing() throws IOException {
        InMemoryEditionRepository store = new InMemoryEditionRepository();
        store.insertEdition(ExportFixtures.edition());
        Path pages = dir.resolve("pages");
        Files.createDirectories(pages.resolve("page-02.pdf"));
        var result = CommandRunner.run(store, ExportFixtures.composer(),
                "export", "--edition", ExportFixtures.EDITION_ID, "--pages", pages.toString(), "--force");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines().filter(l -> l.startsWith("copydesk"))).singleElement()
                .asString().contains("page-02.pdf").contains("nothing was written");
        assertThat(listing(pages)).containsExactly("page-02.pdf");

        Files.delete(pages.resolve("page-02.pdf"));
        result = CommandRunner.run(store, ExportFixtures.composer(),
                "export", "--edition", ExportFixtures.EDITION_ID, "--pages", pages.toString(), "--force");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(listing(pages)).containsExactly("page-01.pdf", "page-02.pdf");
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
