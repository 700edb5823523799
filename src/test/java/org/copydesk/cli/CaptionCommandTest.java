package org.copydesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.Photo;
import org.copydesk.sample.SampleEdition;
import org.copydesk.store.Database;
import org.copydesk.store.DatabaseLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A photo captioned from the command line, by the rules the window marks while typing. */
class CaptionCommandTest {
    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseLocation.resolve(Optional.of(dir.resolve("db").toString()), Map.of()));
        database.repository().insertEdition(SampleEdition.create());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theCaptionIsStoredWithTheNameAloneAndWhatItLacksIsSaid() {
        Photo photo = database.repository().loadEdition(SampleEdition.EDITION_ID).orElseThrow().photos().get(0);
        CommandRunner.Result result = CommandRunner.run(database.repository(), "caption", "--edition", SampleEdition.EDITION_ID,
                "--photo", photo.id().substring(0, 12), "--text", "澜江二桥通车首日", "--photographer", "本报记者 李明 摄",
                "--credit", "");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("澜江二桥通车首日\u3000李明/摄").contains("。！？");
        assertThat(stored(photo.id()).caption()).isEqualTo(new Caption("澜江二桥通车首日", "李明", "", CaptionKind.NEWS));

        // Only what is given changes: a portrait keeps its text and needs neither full stop nor credit.
        CommandRunner.Result portrait = CommandRunner.run(database.repository(), "caption", "--edition", "latest",
                "--photo", photo.id(), "--kind", "portrait");
        assertThat(portrait.out().strip()).isEqualTo("澜江二桥通车首日");
        assertThat(stored(photo.id()).caption().kind()).isEqualTo(CaptionKind.PORTRAIT);

        assertThat(CommandRunner.run(database.repository(), "caption", "--edition", "latest", "--photo", photo.id())
                .exitCode()).isEqualTo(2);
        assertThat(CommandRunner.run(database.repository(), "caption", "--edition", "latest", "--photo", photo.id(),
                "--kind", "landscape").exitCode()).isEqualTo(2);
    }

    private Photo stored(String id) {
        return database.repository().loadEdition(SampleEdition.EDITION_ID).orElseThrow().photo(id).orElseThrow();
    }
}
