package org.copydesk.exchange.word;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word documents the tests build with POI, as a reporter's Word or WPS would save them. */
public final class WordFixtures {
    private final XWPFDocument doc = new XWPFDocument();

    public static WordFixtures document() {
        return new WordFixtures();
    }

    /** Declares a paragraph style, as Chinese Word does: id "1", name "heading 1", or WPS: name "标题 1". */
    public WordFixtures style(String id, String name) {
        XWPFStyles styles = doc.getStyles() == null ? doc.createStyles() : doc.getStyles();
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(name);
        ct.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(ct));
        return this;
    }

    public WordFixtures styled(String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
        return this;
    }

    public WordFixtures para(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    /** A bold line in a font size, optionally centred: how reporters mark a title without styles. */
    public WordFixtures bold(String text, int sizePt, boolean centred) {
        XWPFParagraph p = doc.createParagraph();
        if (centred) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun run = p.createRun();
        run.setBold(true);
        run.setFontSize(sizePt);
        run.setText(text);
        return this;
    }

    /** Body text in a given size, so the title heuristic has something to compare with. */
    public WordFixtures sized(String text, int sizePt) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontSize(sizePt);
        run.setText(text);
        return this;
    }

    /** Two lines in one paragraph, split by a soft line break (Shift+Enter). */
    public WordFixtures softBreak(String first, String second) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setText(first);
        run.addBreak();
        run.setText(second);
        return this;
    }

    public WordFixtures picture(byte[] bytes, PictureType type, String name, String altText) throws Exception {
        XWPFRun run = doc.createParagraph().createRun();
        run.addPicture(new ByteArrayInputStream(bytes), type, name, Units.toEMU(40), Units.toEMU(30));
        run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(altText);
        return this;
    }

    public WordFixtures table(String[][] rows) {
        XWPFTable table = doc.createTable(rows.length, rows[0].length);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                table.getRow(r).getCell(c).setText(rows[r][c]);
            }
        }
        return this;
    }

    /** A paragraph carrying a comment's mark, with the comment itself. */
    public WordFixtures commented(String text, String comment) {
        XWPFComment c = (doc.getDocComments() == null ? doc.createComments() : doc.getDocComments())
                .createComment(BigInteger.valueOf(doc.getComments().length + 1L));
        c.setAuthor("编辑部");
        c.createParagraph().createRun().setText(comment);
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        p.createRun().getCTR().addNewCommentReference().setId(new BigInteger(c.getId()));
        return this;
    }

    public WordFixtures footnoted(String text, String note) {
        XWPFFootnote fn = doc.createFootnote();
        fn.createParagraph().createRun().setText(note);
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        p.addFootnoteReference(fn);
        return this;
    }

    /** A paragraph with a tracked insertion and a tracked deletion after its plain text. */
    public WordFixtures tracked(String kept, String inserted, String deleted) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(kept);
        CTRunTrackChange ins = p.getCTP().addNewIns();
        ins.setId(BigInteger.valueOf(101));
        ins.setAuthor("记者");
        ins.addNewR().addNewT().setStringValue(inserted);
        CTRunTrackChange del = p.getCTP().addNewDel();
        del.setId(BigInteger.valueOf(102));
        del.setAuthor("编辑");
        CTR r = del.addNewR();
        r.addNewDelText().setStringValue(deleted);
        return this;
    }

    public byte[] bytes() throws IOException {
        var out = new ByteArrayOutputStream();
        doc.write(out);
        doc.close();
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The same document with one zip entry's content replaced. */
    public static byte[] withEntry(byte[] docx, String entryName, byte[] content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(docx)); var zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(e.getName().equals(entryName) ? content : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The document encrypted with a password, as Word's agile encryption writes it (an OLE2 file). */
    public static byte[] encrypted(byte[] docx, String password) throws Exception {
        try (var fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            var out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
