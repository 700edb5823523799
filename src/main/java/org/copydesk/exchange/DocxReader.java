package org.copydesk.exchange;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;

/**
 * Reads an opened .docx into {@link WordContent}. Each paragraph's XML is walked rather than asking
 * POI for its text, because the walk must decide what counts: tracked deletions, field codes, text
 * boxes and the fallback copy of a drawing are not the accepted text and are skipped; insertions,
 * footnote and comment marks are counted for the report.
 */
final class DocxReader {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final QName EMBED = new QName(R, "embed");
    private static final QName RELATION_ID = new QName(R, "id");
    private static final QName BREAK_TYPE = new QName(W, "type");

    private final XWPFDocument document;
    private final List<WordContent.Paragraph> paragraphs = new ArrayList<>();
    private final List<WordContent.Picture> pictures = new ArrayList<>();
    private final ParagraphText cleaner = new ParagraphText();
    private int tables;
    private int tableRows;
    private int footnotes;
    private int endnotes;
    private int comments;
    private int insertions;
    private int deletions;
    private int textBoxes;

    private DocxReader(XWPFDocument document) {
        this.document = document;
    }

    static WordContent read(XWPFDocument document) {
        DocxReader reader = new DocxReader(document);
        for (IBodyElement element : document.getBodyElements()) {
            reader.element(element);
        }
        return new WordContent(reader.paragraphs, reader.pictures, new WordContent.LeftOut(reader.tables,
                reader.tableRows, reader.footnotes, reader.endnotes, reader.comments, reader.insertions,
                reader.deletions, reader.textBoxes, reader.cleaner.dropped()));
    }

    private void element(IBodyElement element) {
        if (element instanceof XWPFParagraph p) {
            String styleId = p.getStyleID();
            XWPFStyle style = styleId == null || document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
            String styleName = style == null ? "" : style.getName();
            boolean centred = p.getAlignment() == ParagraphAlignment.CENTER;
            for (String line : walk(p)) {
                add(line, styleName, styleId, allBold(p), largestSize(p), centred, false);
            }
        } else if (element instanceof XWPFTable table) {
            tables++;
            for (XWPFTableRow row : table.getRows()) {
                tableRows++;
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    List<String> cellLines = new ArrayList<>();
                    cell.getParagraphs().forEach(p -> cellLines.addAll(walk(p)));
                    String text = String.join(" ", cellLines).strip();
                    if (!text.isEmpty()) {
                        cells.add(text);
                    }
                }
                add(String.join("\u3000", cells), "", "", false, 0, false, true);
            }
        } else if (element instanceof XWPFSDT sdt) {
            for (String line : sdt.getContent().getText().split("\n")) {
                add(line, "", "", false, 0, false, false);
            }
        }
    }

    private void add(String raw, String styleName, String styleId, boolean bold, double size, boolean centred,
                     boolean fromTable) {
        String text = cleaner.clean(raw);
        if (!text.isEmpty()) {
            paragraphs.add(new WordContent.Paragraph(text, styleName, styleId, bold, size, centred, fromTable,
                    pictures.size()));
        }
    }

    /** The paragraph's accepted text, split at soft line breaks; pictures met on the way are collected. */
    private List<String> walk(XWPFParagraph p) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String pendingAlt = "";
        int skipDepth = -1;
        int depth = 0;
        try (XmlCursor c = p.getCTP().newCursor()) {
            while (true) {
                XmlCursor.TokenType token = c.toNextToken();
                if (token == XmlCursor.TokenType.NONE || token == XmlCursor.TokenType.ENDDOC) {
                    break;
                }
                if (token == XmlCursor.TokenType.END) {
                    if (depth == skipDepth) {
                        skipDepth = -1;
                    }
                    if (--depth < 0) {
                        break; // the end of this paragraph
                    }
                    continue;
                }
                if (token == XmlCursor.TokenType.TEXT) {
                    continue;
                }
                if (token != XmlCursor.TokenType.START) {
                    continue;
                }
                depth++;
                if (skipDepth >= 0) {
                    continue;
                }
                QName name = c.getName();
                String local = name.getLocalPart();
                switch (local) {
                    case "del", "moveFrom" -> {
                        if (W.equals(name.getNamespaceURI())) {
                            deletions++;
                            skipDepth = depth;
                        }
                    }
                    case "ins", "moveTo" -> insertions += W.equals(name.getNamespaceURI()) ? 1 : 0;
                    // pPr: tab stops and the paragraph mark's own revision marks are not text or changes to count.
                    case "pPr", "instrText", "delText", "Fallback" -> skipDepth = depth;
                    case "txbxContent", "textbox" -> {
                        textBoxes++;
                        skipDepth = depth;
                    }
                    case "t" -> {
                        if (W.equals(name.getNamespaceURI())) {
                            line.append(c.getTextValue());
                        }
                    }
                    case "tab" -> line.append(' ');
                    case "br", "cr" -> {
                        // A soft break (Shift+Enter) in Chinese copy nearly always separates paragraphs.
                        String type = c.getAttributeText(BREAK_TYPE);
                        if (type == null || "textWrapping".equals(type) || "page".equals(type)) {
                            lines.add(line.toString());
                            line.setLength(0);
                        }
                    }
                    case "footnoteReference" -> footnotes++;
                    case "endnoteReference" -> endnotes++;
                    case "commentReference" -> comments++;
                    case "docPr" -> pendingAlt = altText(c);
                    case "blip" -> {
                        picture(c.getAttributeText(EMBED), pendingAlt);
                        pendingAlt = "";
                    }
                    case "imagedata" -> picture(c.getAttributeText(RELATION_ID), "");
                    default -> { }
                }
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static String altText(XmlCursor c) {
        String descr = c.getAttributeText(new QName("", "descr"));
        if (descr != null && !descr.isBlank()) {
            return descr;
        }
        String title = c.getAttributeText(new QName("", "title"));
        return title == null ? "" : title;
    }

    private void picture(String relationId, String alt) {
        if (relationId == null || relationId.isEmpty()) {
            return;
        }
        XWPFPictureData data = document.getPictureDataByID(relationId);
        if (data != null) {
            pictures.add(new WordContent.Picture(data.getFileName(), data.suggestFileExtension().toLowerCase(java.util.Locale.ROOT),
                    data.getData(), cleaner.clean(alt)));
        }
    }

    private static boolean allBold(XWPFParagraph p) {
        boolean any = false;
        for (XWPFRun run : p.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static double largestSize(XWPFParagraph p) {
        double size = 0;
        for (XWPFRun run : p.getRuns()) {
            Double s = run.getFontSizeAsDouble();
            if (s != null && s > size) {
                size = s;
            }
        }
        return size;
    }
}
