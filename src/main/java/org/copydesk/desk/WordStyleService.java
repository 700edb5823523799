package org.copydesk.desk;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.copydesk.i18n.Words;
import org.copydesk.model.ForbiddenCharacters;
import org.copydesk.model.WordStyleRole;
import org.copydesk.model.WordStyles;
import org.copydesk.store.EditionRepository;

/**
 * The paper's Word style table (Word style name → 引题, 主题, 副题, 小标题, 正文, 署名, 图片说明 or
 * ignore), for the window's dialog and {@code copydesk word-styles} alike. Names and roles from a
 * user are checked before anything is saved; a refused change changes nothing.
 */
public final class WordStyleService {
    private static final Words WORDS = Words.ofPackage(WordStyleService.class);

    /** The table Word documents are read with: the saved one, or the built-in one. */
    public WordStyles load(EditionRepository repository) {
        return repository.wordStyles();
    }

    /** Saves the whole table (from the dialog); every name is checked first. */
    public void save(EditionRepository repository, WordStyles styles) {
        styles.entries().keySet().forEach(WordStyleService::checkName);
        repository.saveWordStyles(styles);
    }

    /**
     * Maps {@code name} to the role with code {@code roleCode} (kicker, headline, subtitle, subhead,
     * body, byline, caption, ignore) and saves the table.
     *
     * @throws SettingsRefusedException for a bad name or an unknown role
     */
    public WordStyles set(EditionRepository repository, String name, String roleCode) {
        checkName(name);
        WordStyleRole role = WordStyleRole.ofCode(roleCode).orElseThrow(() -> new SettingsRefusedException(
                WORDS.format("wordStyles.unknownRole", roleCode, Arrays.stream(WordStyleRole.values())
                        .map(WordStyleRole::code).collect(Collectors.joining(", ")))));
        WordStyles table = repository.wordStyles().with(name, role);
        repository.saveWordStyles(table);
        return table;
    }

    /** Takes {@code name} out of the table (its paragraphs then read as body text) and saves it. */
    public WordStyles remove(EditionRepository repository, String name) {
        WordStyles before = repository.wordStyles();
        WordStyles table = before.without(name);
        if (table.entries().size() == before.entries().size()) {
            throw new SettingsRefusedException(WORDS.format("wordStyles.noSuchStyle", name));
        }
        repository.saveWordStyles(table);
        return table;
    }

    /** Puts the built-in table back. */
    public WordStyles reset(EditionRepository repository) {
        repository.saveWordStyles(WordStyles.defaults());
        return WordStyles.defaults();
    }

    private static void checkName(String name) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new SettingsRefusedException(WORDS.format("wordStyles.nameBlank"));
        }
        if (clean.codePointCount(0, clean.length()) > WordStyles.MAX_NAME) {
            throw new SettingsRefusedException(WORDS.format("wordStyles.nameTooLong", WordStyles.MAX_NAME));
        }
        if (ForbiddenCharacters.first(clean).isPresent() || clean.contains("\n")) {
            throw new SettingsRefusedException(WORDS.format("wordStyles.nameBadCharacter", clean));
        }
    }
}
