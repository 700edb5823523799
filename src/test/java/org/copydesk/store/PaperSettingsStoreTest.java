package org.copydesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.copydesk.model.PaperSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paper's settings and house style text in a real database: defaults, round trips, reopening. */
class PaperSettingsStoreTest {
    @TempDir
    Path dir;

    private Database database;

    @BeforeEach
    void open() throws Exception {
        prepareEmptyDatabase();
        database = Database.open(location());
    }

    /** A fresh embedded database; the PostgreSQL subclass runs the same tests there. */
    DatabaseLocation location() {
        return DatabaseLocation.resolve(Optional.of(dir.toString()), Map.of());
    }

    void prepareEmptyDatabase() throws Exception {
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aNewDatabaseHasTheDefaultSettingsAndNoHouseStyle() {
        assertThat(database.repository().paperSettings()).isEqualTo(PaperSettings.defaults());
        assertThat(database.repository().houseStyleText()).isEmpty();
    }

    @Test
    void savedSettingsComeBackAfterTheDatabaseIsReopenedAndASecondSaveReplacesTheFirst() {
        PaperSettings first = new PaperSettings("城南晨报", "城南晨报", "国内统一连续出版物号 CN 12-3456　邮发代号 7-890", "tabloid");
        database.repository().savePaperSettings(first);
        PaperSettings second = first.withMastheadText("").withDefaultSpecName("broadsheet");
        database.repository().savePaperSettings(second);
        reopen();

        assertThat(database.repository().paperSettings()).isEqualTo(second);
    }

    @Test
    void theHouseStyleTextIsKeptWholeUntilItIsForgotten() {
        String text = "{\"styles\":{\"BODY\":{\"face\":\"SANS\"}},\"datelineFace\":\"SERIF_BOLD\"}" + "x".repeat(20_000);
        database.repository().saveHouseStyleText("{}");
        database.repository().saveHouseStyleText(text);
        reopen();
        assertThat(database.repository().houseStyleText()).contains(text);

        database.repository().forgetHouseStyle();
        assertThat(database.repository().houseStyleText()).isEmpty();
        assertThat(database.repository().paperSettings()).as("the other settings stay").isEqualTo(PaperSettings.defaults());
    }

    @Test
    void aStoredSettingThisVersionCannotReadIsReportedNotGuessed() throws Exception {
        database.repository().savePaperSettings(PaperSettings.defaults());
        database.repository().saveHouseStyleText("kept");
        database.close();
        // A value written by hand (or by a later Copydesk): a page spec this version does not know.
        try (var c = new UrlDataSource(location().jdbcUrl()).getConnection();
             var s = c.prepareStatement("UPDATE paper_settings SET setting_value = 'a3' WHERE setting_key = 'paper.defaultSpec'")) {
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        database = Database.open(location());

        assertThatThrownBy(() -> database.repository().paperSettings()).isInstanceOf(StoreException.class)
                .hasMessageContaining("a3").hasMessageContaining("copydesk paper set");
        assertThat(database.repository().houseStyleText()).contains("kept");
    }

    private void reopen() {
        database.close();
        database = Database.open(location());
    }
}
