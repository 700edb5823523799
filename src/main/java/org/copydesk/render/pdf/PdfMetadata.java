package org.copydesk.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The document-level facts: title, author and dates in the Info dictionary and, identically, in
 * the XMP packet (PDF/A requires both to agree), the PDF/A identification for the archive profile,
 * the output intent, and a document id derived from the content so equal exports are equal files.
 */
final class PdfMetadata {
    static final String CREATOR_TOOL = "Copydesk 0.1";

    private PdfMetadata() {
    }

    static void apply(PDDocument document, String title, String author, Instant created, PdfOptions options,
                      CmykConverter cmyk) throws IOException {
        Instant when = created.truncatedTo(ChronoUnit.SECONDS);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator(CREATOR_TOOL);
        info.setProducer(CREATOR_TOOL + " (Apache PDFBox)");
        info.setCreationDate(calendar(when));
        if (options.profile() == PdfProfile.PRINT) {
            // PDF/X identification lives in the Info dictionary.
            info.getCOSObject().setString(COSName.getPDFName("GTS_PDFXVersion"), "PDF/X-4");
            info.getCOSObject().setName(COSName.getPDFName("Trapped"), "False");
        }

        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, author, when, options.profile()).getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);

        addOutputIntent(document, options, cmyk);
        document.getDocument().setDocumentID(documentId(title, author, when, options));
    }

    private static void addOutputIntent(PDDocument document, PdfOptions options, CmykConverter cmyk) throws IOException {
        boolean press = options.convertsToCmyk();
        byte[] profile = press ? cmyk.profileBytes() : ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        String condition = press ? "Press profile " + options.pressProfile().orElseThrow().getFileName() : "sRGB IEC61966-2.1";
        intent.setInfo(condition);
        intent.setOutputCondition(condition);
        intent.setOutputConditionIdentifier(press ? "Custom" : "sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        if (options.profile() == PdfProfile.PRINT) {
            intent.getCOSObject().setItem(COSName.S, COSName.getPDFName("GTS_PDFX"));
        }
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    private static String xmp(String title, String author, Instant created, PdfProfile profile) {
        String date = DateTimeFormatter.ISO_INSTANT.format(created);
        String identification = switch (profile) {
            case ARCHIVE -> "   <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                    + "    <pdfaid:part>2</pdfaid:part>\n    <pdfaid:conformance>B</pdfaid:conformance>\n"
                    + "   </rdf:Description>\n";
            case PRINT -> "   <rdf:Description rdf:about=\"\" xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\">\n"
                    + "    <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>\n   </rdf:Description>\n";
        };
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "   <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "    <dc:format>application/pdf</dc:format>\n"
                + "    <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "    <dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   </rdf:Description>\n"
                + "   <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "    <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "    <xmp:CreatorTool>" + CREATOR_TOOL + "</xmp:CreatorTool>\n"
                + "   </rdf:Description>\n"
                + "   <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "    <pdf:Producer>" + CREATOR_TOOL + " (Apache PDFBox)</pdf:Producer>\n"
                + "   </rdf:Description>\n"
                + identification
                + " </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Calendar calendar(Instant when) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.setTimeInMillis(when.toEpochMilli());
        return calendar;
    }

    private static COSArray documentId(String title, String author, Instant created, PdfOptions options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((title + "\n" + author + "\n" + created + "\n" + options).getBytes(StandardCharsets.UTF_8));
            byte[] id = Arrays.copyOf(digest.digest(), 16);
            COSArray array = new COSArray();
            array.add(new COSString(id));
            array.add(new COSString(id));
            return array;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
