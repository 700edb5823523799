package org.copydesk.ui;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.copydesk.exchange.PastedText;
import org.copydesk.model.ForbiddenCharacters;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Text controls whose paste drops the characters {@link ForbiddenCharacters} refuses (text copied
 * from web pages and chat apps carries NULs, escape codes and bidi overrides that would otherwise
 * reach the store) and says what went. Overriding {@code paste()} covers every way to paste: the
 * control's own Shortcut+V and context menu, and the Edit menu, which calls the same method.
 */
final class PasteCleaning {
    private final Consumer<ForbiddenCharacters.Cleaned> onRemoved;

    /** @param onRemoved told after a paste lost characters, e.g. to show them in the status bar */
    PasteCleaning(Consumer<ForbiddenCharacters.Cleaned> onRemoved) {
        this.onRemoved = Objects.requireNonNull(onRemoved);
    }

    TextField textField() {
        return new TextField() {
            @Override
            public void paste() {
                if (!pasteCleaned(this::replaceSelection)) {
                    super.paste();
                }
            }
        };
    }

    TextArea textArea() {
        return new TextArea() {
            @Override
            public void paste() {
                if (!pasteCleaned(this::replaceSelection)) {
                    super.paste();
                }
            }
        };
    }

    /** The story body: a paste also becomes paragraphs ({@link PastedText}) and loses its formatting. */
    StyleClassedTextArea styledArea() {
        return new StyleClassedTextArea() {
            @Override
            public void paste() {
                if (!pasteParagraphs(this::replaceSelection)) {
                    super.paste();
                }
            }
        };
    }

    /**
     * Pastes the clipboard's text without its forbidden characters, if it has any; otherwise
     * leaves the paste to the control (which keeps, for instance, the body area's paragraph styles).
     */
    private boolean pasteCleaned(Consumer<String> replaceSelection) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasString()) {
            return false;
        }
        ForbiddenCharacters.Cleaned cleaned = ForbiddenCharacters.remove(clipboard.getString());
        if (!cleaned.changed()) {
            return false;
        }
        replaceSelection.accept(cleaned.text());
        onRemoved.accept(cleaned);
        return true;
    }

    /**
     * Pastes the clipboard's text as body paragraphs: its own plain text if it has one (Word, WPS
     * and browsers put one beside their HTML), else the HTML's text with its paragraphs, never its
     * fonts, colours or sizes. Leaves the paste to the control when nothing would change, so a copy
     * within the body keeps its paragraph styles.
     */
    private boolean pasteParagraphs(Consumer<String> replaceSelection) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String pasted;
        if (clipboard.hasString()) {
            pasted = clipboard.getString();
        } else if (clipboard.hasHtml()) {
            pasted = null;
        } else {
            return false;
        }
        String text = pasted != null ? PastedText.plain(pasted) : PastedText.fromHtml(clipboard.getHtml());
        ForbiddenCharacters.Cleaned cleaned = ForbiddenCharacters.remove(text);
        if (pasted != null && cleaned.text().equals(pasted)) {
            return false;
        }
        replaceSelection.accept(cleaned.text());
        if (cleaned.changed()) {
            onRemoved.accept(cleaned);
        }
        return true;
    }
}
