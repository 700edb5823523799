package org.copydesk.desk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.copydesk.i18n.Words;
import org.copydesk.model.ForbiddenCharacters;
import org.copydesk.model.PageSpec;
import org.copydesk.model.PaperSettings;
import org.copydesk.store.EditionRepository;
import org.copydesk.typeset.HouseStyle;

/**
 * The paper's settings (name, masthead text, registration line, default page spec) and its house
 * style, as the database keeps them: read, checked and saved here for the window and the CLI alike.
 * Values from a user are checked before anything is saved and refused with a
 * {@link SettingsRefusedException} saying what is wrong; a refused change changes nothing.
 *
 * <p>The composer is built from these once per run ({@code app} asks for them), so a changed style
 * or masthead applies to the CLI's next command and to the window when Copydesk next starts.
 */
public final class PaperSettingsService {
    private static final Words WORDS = Words.ofPackage(PaperSettingsService.class);

    /** The paper's settings; the defaults for any never saved. */
    public PaperSettings load(EditionRepository repository) {
        return repository.paperSettings();
    }

    /** Saves all the paper's settings at once. */
    public void save(EditionRepository repository, PaperSettings settings) {
        repository.savePaperSettings(settings);
    }

    /**
     * The settings these values make, checked as a user typed them: a name that is not empty, texts
     * of one line that fit, no character that cannot be printed, a page spec that exists.
     *
     * @throws SettingsRefusedException naming the first value that is wrong
     */
    public PaperSettings settings(String name, String mastheadText, String registrationLine, String defaultSpecName) {
        String cleanName = name.strip();
        if (cleanName.isEmpty()) {
            throw new SettingsRefusedException(WORDS.format("paper.nameBlank"));
        }
        checkText(cleanName, WORDS.format("paper.whatName"), PaperSettings.MAX_NAME);
        checkText(mastheadText.strip(), WORDS.format("paper.whatMasthead"), PaperSettings.MAX_MASTHEAD);
        checkText(registrationLine.strip(), WORDS.format("paper.whatRegistration"), PaperSettings.MAX_REGISTRATION);
        if (PageSpec.preset(defaultSpecName).isEmpty()) {
            throw new SettingsRefusedException(WORDS.format("paper.unknownSpec", defaultSpecName,
                    String.join(", ", PageSpec.PRESET_NAMES)));
        }
        return new PaperSettings(cleanName, mastheadText.strip(), registrationLine.strip(), defaultSpecName);
    }

    /**
     * A 报眼 as a user typed it: a title and a text of one line each that fit; both empty for no ear.
     *
     * @param left true for the ear left of the masthead (named so in the message)
     * @throws SettingsRefusedException naming what is wrong
     */
    public PaperSettings.Ear ear(String title, String text, boolean left) {
        String cleanTitle = title.strip();
        String cleanText = text.strip();
        checkText(cleanTitle, WORDS.format(left ? "paper.whatLeftEarTitle" : "paper.whatRightEarTitle"),
                PaperSettings.Ear.MAX_TITLE);
        checkText(cleanText, WORDS.format(left ? "paper.whatLeftEarText" : "paper.whatRightEarText"),
                PaperSettings.Ear.MAX_TEXT);
        return new PaperSettings.Ear(cleanTitle, cleanText);
    }

    private static void checkText(String text, String what, int limit) {
        if (text.contains("\n") || text.contains("\r")) {
            throw new SettingsRefusedException(WORDS.format("paper.lineBreak", what));
        }
        ForbiddenCharacters.first(text).ifPresent(found -> {
            throw new SettingsRefusedException(WORDS.format("paper.forbidden", what,
                    ForbiddenCharacters.codePoint(found.codePoint())));
        });
        int length = PaperSettings.length(text);
        if (length > limit) {
            throw new SettingsRefusedException(WORDS.format("paper.tooLong", what, length, limit));
        }
    }

    /** The house style the paper sets type in: the one saved, else the built-in one. */
    public HouseStyle houseStyle(EditionRepository repository) {
        return storedHouseStyle(repository).orElseGet(HouseStyle::newspaper);
    }

    /**
     * The house style saved for the paper, or empty when it uses the built-in one.
     *
     * @throws SettingsRefusedException when what is stored is no longer a valid style, with the remedy
     */
    public Optional<HouseStyle> storedHouseStyle(EditionRepository repository) {
        return repository.houseStyleText().map(text -> {
            try {
                return HouseStyleJson.read(text);
            } catch (SettingsRefusedException e) {
                throw new SettingsRefusedException(WORDS.format("style.storedDamaged", e.getMessage()), e);
            }
        });
    }

    /** {@code style} as the JSON text {@link #saveHouseStyle} reads. */
    public String houseStyleJson(HouseStyle style) {
        return HouseStyleJson.write(style);
    }

    /**
     * Reads a house style from a UTF-8 JSON file (over the built-in style: what it leaves out keeps
     * its built-in value), checks it and saves it whole as the paper's.
     *
     * @return the style saved
     * @throws SettingsRefusedException naming the file and the field that is wrong; nothing is saved
     * @throws IOException              when the file cannot be read
     */
    public HouseStyle saveHouseStyle(EditionRepository repository, Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new SettingsRefusedException(WORDS.format("style.fileNotUtf8", file), e);
        }
        HouseStyle style;
        try {
            style = HouseStyleJson.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (SettingsRefusedException e) {
            throw new SettingsRefusedException(WORDS.format("style.fileRefused", file, e.getMessage()), e);
        }
        saveHouseStyle(repository, style);
        return style;
    }

    /** Saves {@code style}, whole, as the paper's house style. */
    public void saveHouseStyle(EditionRepository repository, HouseStyle style) {
        repository.saveHouseStyleText(HouseStyleJson.write(style));
    }

    /** Forgets the saved house style: the paper sets type in the built-in one again. */
    public void resetHouseStyle(EditionRepository repository) {
        repository.forgetHouseStyle();
    }
}
