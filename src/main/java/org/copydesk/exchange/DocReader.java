package org.copydesk.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Picture;
import org.apache.poi.hwpf.usermodel.Range;

/**
 * Reads an opened Word 97–2003 document (.doc, and .wps saved in that format) into
 * {@link WordContent}. The binary format marks structure with control characters in the text
 * (cell ends, field codes, picture and note anchors); they are read for what they mean and never
 * reach the story.
 */
final class DocReader {
    private static final char CELL_END = '\u0007';
    private static final char SOFT_BREAK = '\u000B';
    private static final char PAGE_BREAK = '\u000C';
    private static final char COMMENT_ANCHOR = '\u0005';

    private final HWPFDocument document;
    private final List<WordContent.Paragraph> paragraphs = new ArrayList<>();
    private final List<WordContent.Picture> pictures = new ArrayList<>();
    private final ParagraphText cleaner = new ParagraphText();
    private int tables;
    private int tableRows;
    private int comments;
    private int insertions;
    private int deletions;

    private DocReader(HWPFDocument document) {
        this.document = document;
    }

    static WordContent read(HWPFDocument document) {
        DocReader reader = new DocReader(document);
        reader.readBody();
        int textBoxes = document.getMainTextboxRange().text().isBlank() ? 0 : 1;
        return new WordContent(reader.paragraphs, reader.pictures, new WordContent.LeftOut(reader.tables,
                reader.tableRows, document.getFootnotes().getNotesCount(), document.getEndnotes().getNotesCount(),
                reader.comments, reader.insertions, reader.deletions, textBoxes, reader.cleaner.dropped()));
    }

    private void readBody() {
        Range range = document.getRange();
        boolean inTable = false;
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            String text = acceptedText(p);
            if (p.isInTable()) {
                if (!inTable) {
                    tables++;
                    inTable = true;
                }
                if (p.isTableRowEnd()) {
                    tableRows++;
                    add(String.join("\u3000", cells), p, true);
                    cells.clear();
                } else {
                    String cell = text.replace(CELL_END, ' ').strip();
                    if (!cell.isEmpty()) {
                        cells.add(cell);
                    }
                }
                continue;
            }
            inTable = false;
            for (String line : text.split("[\u000B\u000C\r]")) {
                add(line, p, false);
            }
        }
    }

    /** The paragraph's text without deleted revisions and field codes; pictures are collected. */
    private String acceptedText(Paragraph p) {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            CharacterRun run = p.getCharacterRun(r);
            if (run.isMarkedDeleted()) {
                deletions++;
                continue;
            }
            if (run.isMarkedInserted()) {
                insertions++;
            }
            if (document.getPicturesTable().hasPicture(run)) {
                Picture picture = document.getPicturesTable().extractPicture(run, true);
                if (picture != null) {
                    pictures.add(new WordContent.Picture(picture.suggestFullFileName(),
                            picture.suggestFileExtension().toLowerCase(Locale.ROOT), picture.getContent(),
                            cleaner.clean(picture.getDescription() == null ? "" : picture.getDescription())));
                }
            }
            text.append(run.text());
        }
        String stripped = Range.stripFields(text.toString());
        StringBuilder kept = new StringBuilder(stripped.length());
        for (char ch : stripped.toCharArray()) {
            if (ch == COMMENT_ANCHOR) {
                comments++;
            } else if (ch == SOFT_BREAK || ch == PAGE_BREAK || ch == CELL_END || ch >= ' ') {
                kept.append(ch);
            }
            // other control characters anchor pictures, notes and drawings: not text
        }
        return kept.toString();
    }

    private void add(String raw, Paragraph p, boolean fromTable) {
        String text = cleaner.clean(raw);
        if (text.isEmpty()) {
            return;
        }
        StyleDescription style = document.getStyleSheet().getStyleDescription(p.getStyleIndex());
        String styleName = style == null || style.getName() == null ? "" : style.getName();
        paragraphs.add(new WordContent.Paragraph(text, fromTable ? "" : styleName, "", !fromTable && allBold(p),
                largestSize(p), p.getJustification() == 1, fromTable, pictures.size()));
    }

    private static boolean allBold(Paragraph p) {
        boolean any = false;
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            CharacterRun run = p.getCharacterRun(r);
            if (run.text().isBlank() || run.isMarkedDeleted()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static double largestSize(Paragraph p) {
        double size = 0;
        for (int r = 0; r < p.numCharacterRuns(); r++) {
            size = Math.max(size, p.getCharacterRun(r).getFontSize() / 2.0);
        }
        return size;
    }
}
