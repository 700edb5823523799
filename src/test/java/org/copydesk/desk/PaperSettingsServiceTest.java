package org.copydesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.copydesk.fonts.FontFace;
import org.copydesk.i18n.InLanguage;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PaperSettings;
import org.copydesk.store.InMemoryEditionRepository;
import org.copydesk.typeset.HouseStyle;
import org.copydesk.typeset.LineRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperSettingsServiceTest {
    @TempDir
    Path dir;

    private final PaperSettingsService service = new PaperSettingsService();
    private final InMemoryEditionRepository repository = new InMemoryEditionRepository();

    @Test
    void typedValuesAreTrimmedAndMakeSettingsWithTheirPageSpec() {
        PaperSettings settings = service.settings(" 城南晨报 ", "城南晨报", " CN 12-3456 ", "tabloid");

        assertThat(settings).isEqualTo(new PaperSettings("城南晨报", "城南晨报", "CN 12-3456", "tabloid"));
        assertThat(settings.defaultSpec()).isEqualTo(PageSpec.tabloid());
        service.save(repository, settings);
        assertThat(service.load(repository)).isEqualTo(settings);
    }

    @Test
    void eachBadValueIsRefusedInTheUsersLanguage() {
        assertThatThrownBy(() -> InLanguage.get("en", () -> service.settings(" ", "", "", "broadsheet")))
                .isInstanceOf(SettingsRefusedException.class).hasMessage("the paper's name cannot be empty");
        assertThatThrownBy(() -> InLanguage.get("en", () -> service.settings("报", "一二三四五六七八九十一二三四五六七", "", "broadsheet")))
                .hasMessage("the masthead text has 17 characters; at most 16 fit");
        assertThatThrownBy(() -> InLanguage.get("en", () -> service.settings("报", "", "CN\n12", "broadsheet")))
                .hasMessage("the registration line must be one line");
        assertThatThrownBy(() -> InLanguage.get("en", () -> service.settings("报\u202E", "", "", "broadsheet")))
                .hasMessageStartingWith("the paper's name holds U+202E");
        assertThatThrownBy(() -> InLanguage.get("en", () -> service.settings("报", "", "", "a4")))
                .hasMessage("there is no page spec a4; the choices are broadsheet, tabloid");
        assertThatThrownBy(() -> InLanguage.get("zh_CN", () -> service.settings("报", "一二三四五六七八九十一二三四五六七", "", "broadsheet")))
                .hasMessage("报头文字有 17 个字，最多只能 16 个字");
        assertThatThrownBy(() -> InLanguage.get("zh_CN", () -> service.settings("报", "", "", "a4")))
                .hasMessage("没有名为 a4 的版面规格；可选 broadsheet, tabloid");
    }

    @Test
    void aStyleFileIsStoredWholeAndResetForgetsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("style.json"), "\uFEFF{\"datelineFace\": \"SANS_BOLD\"}");

        HouseStyle saved = service.saveHouseStyle(repository, file);

        assertThat(saved.datelineFace()).isEqualTo(FontFace.SANS_BOLD);
        assertThat(service.houseStyle(repository)).isEqualTo(saved);
        assertThat(repository.houseStyleText()).get().asString().contains("\"RUNNING_HEAD\"").contains("\"CAPTION\"");
        service.resetHouseStyle(repository);
        assertThat(service.houseStyle(repository)).isEqualTo(HouseStyle.newspaper());
        assertThat(service.storedHouseStyle(repository)).isEmpty();
    }

    @Test
    void aRefusedStyleFileNamesTheFileAndTheFieldAndChangesNothing() throws Exception {
        service.saveHouseStyle(repository, Files.writeString(dir.resolve("good.json"), "{\"datelineFace\": \"SANS\"}"));
        String before = repository.houseStyleText().orElseThrow();
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"styles\": {\"SUBHEAD\": {\"indentEms\": 7}}}");
        Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});

        assertThatThrownBy(() -> InLanguage.get("en", () -> save(bad))).isInstanceOf(SettingsRefusedException.class)
                .hasMessage("the house style in " + bad + " was not stored: styles.SUBHEAD.indentEms is 7; it must be from 0 to 4");
        assertThatThrownBy(() -> InLanguage.get("zh_CN", () -> save(bad)))
                .hasMessage(bad + " 中的版式规范未保存：styles.SUBHEAD.indentEms 为 7；须在 0 到 4 之间");
        assertThatThrownBy(() -> InLanguage.get("en", () -> save(latin1)))
                .hasMessage("the house style in " + latin1 + " was not stored: the file is not UTF-8 text");
        assertThat(repository.houseStyleText()).contains(before);
    }

    @Test
    void aStoredStyleThisVersionCannotReadSaysHowToGoBack() {
        repository.saveHouseStyleText("{\"styles\": {\"MARGIN_NOTE\": {}}}");

        assertThatThrownBy(() -> InLanguage.get("en", () -> service.houseStyle(repository)))
                .isInstanceOf(SettingsRefusedException.class)
                .hasMessageStartingWith("the house style stored in the database is not valid: styles.MARGIN_NOTE")
                .hasMessageEndingWith("'copydesk style reset' goes back to the built-in style");
    }

    @Test
    void theDeskHandsOutTheService() {
        Desk desk = Desk.around(new org.copydesk.typeset.NewspaperComposer(org.copydesk.fonts.FontCatalogue.bundled()));
        desk.paperSettings().save(repository, PaperSettings.defaults().withName("城南晨报"));
        assertThat(desk.paperSettings().load(repository).name()).isEqualTo("城南晨报");
    }

    private HouseStyle save(Path file) {
        try {
            return service.saveHouseStyle(repository, file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
