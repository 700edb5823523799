package org.copydesk.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.copydesk.i18n.Words;

/**
 * The faces Copydesk sets type in. Each is a TrueType-outline file bundled under
 * {@code assets/fonts} (SIL OFL 1.1), so the PDF can embed a subset of it.
 */
public enum FontFace {
    /** 书宋: body text. */
    SERIF("NotoSerifSC-Regular.ttf"),
    /** 宋体粗: run-in datelines, subheads in Song, bold headlines. */
    SERIF_BOLD("NotoSerifSC-Bold.ttf"),
    /** 黑体: kickers, captions, running heads. */
    SANS("NotoSansSC-Regular.ttf"),
    /** 粗黑: main headlines and subheads. */
    SANS_BOLD("NotoSansSC-Bold.ttf");

    private static final Words WORDS = Words.ofPackage(FontFace.class);

    private final String fileName;

    FontFace(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Class-path resource of the font file. */
    public String resourcePath() {
        return "/assets/fonts/" + fileName;
    }

    /** Opens the font file; the caller closes the stream. */
    public InputStream open() {
        InputStream in = FontFace.class.getResourceAsStream(resourcePath());
        if (in == null) {
            throw new UncheckedIOException(new IOException(WORDS.format("font.missing", resourcePath())));
        }
        return in;
    }
}
