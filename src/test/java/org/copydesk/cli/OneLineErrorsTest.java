package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Edition;
import org.copydesk.model.EditionContent;
import org.copydesk.store.DatabaseLocation;
import org.copydesk.store.FaultyDatabase;
import org.copydesk.store.StoreException;
import org.copydesk.typeset.PageComposer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that fails, on a full disk or on a close that fails after it, prints exactly one line
 * on stderr through the real entry point ({@link CopydeskCommand#execute}), and exits 1.
 */
class OneLineErrorsTest {
    @TempDir
    Path dir;

    private FaultyDatabase database;
    /** What closing the repository throws, as a full disk does when H2 closes; null closes fine. */
    private RuntimeException closeFailure;

    @BeforeEach
    void open() {
        database = FaultyDatabase.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        database.repository().insertEdition(new EditionContent(
                new Edition("e1", "江澜周报", LocalDate.of(2026, 11, 27), 1287), List.of(), List.of(), List.of()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ConsoleRun execute(String... args) {
        CliServices services = new CliServices() {
            @Override
            public OpenedRepository openRepository(Optional<String> dbOption) {
                return new OpenedRepository() {
                    @Override
                    public org.copydesk.store.EditionRepository repository() {
                        return database.repository();
                    }

                    @Override
                    public String description() {
                        return "test database";
                    }

                    @Override
                    public void close() {
                        if (closeFailure != null) {
                            throw closeFailure;
                        }
                    }
                };
            }

            @Override
            public PageComposer composer() {
                throw new IllegalStateException("these commands set no type");
            }
        };
        return ConsoleRun.capture(() -> CopydeskCommand.execute(services, args));
    }

    private Path story(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "标题\n正文。\n", StandardCharsets.UTF_8);
    }

    @Test
    void aFullDiskDuringImportIsOneLineThatSaysSo() throws IOException {
        database.failAt("INSERT INTO articles", 1);

        ConsoleRun run = execute("import", "--edition", "e1", story("a.md").toString());

        assertThat(database.faultsFired()).isEqualTo(1);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("copydesk import: nothing was imported")
                .contains("the disk is full")
                .doesNotContain("53100").doesNotContain("Exception").doesNotContain("INSERT");
    }

    @Test
    void aCloseThatFailsAfterASuccessfulCommandIsOneLineAndExitOne() {
        closeFailure = new StoreException("could not close the database test database: the disk is full");

        ConsoleRun run = execute("list");

        assertThat(run.out()).contains("e1");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly("copydesk: could not close the database test database: the disk is full");
    }

    @Test
    void aCloseThatFailsAfterAFailedCommandAddsNoSecondLine() throws IOException {
        database.failAt("INSERT INTO articles", 1);
        closeFailure = new StoreException("could not close the database test database: the disk is full");

        ConsoleRun run = execute("import", "--edition", "e1", story("a.md").toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("copydesk import: nothing was imported");
    }
}
