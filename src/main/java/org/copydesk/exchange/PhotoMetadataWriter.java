package org.copydesk.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.copydesk.i18n.Words;
import org.copydesk.model.Caption;
import org.copydesk.model.PhotoDetails;

/**
 * Writes a photo's caption and credit into the image file itself, without recompressing it: XMP
 * (dc:description, dc:creator, photoshop:Credit, and from its details photoshop:Headline,
 * dc:subject, photoshop:City) in JPEG and PNG, and IPTC IIM marked as UTF-8 in JPEG, so any
 * picture desk tool shows them. A TIFF goes as it is: the manifest carries its caption. Earlier XMP and IPTC blocks are replaced, so writing
 * twice gives the same bytes as writing once.
 */
final class PhotoMetadataWriter {
    private static final Words WORDS = Words.ofPackage(PhotoMetadataWriter.class);
    private static final byte[] XMP_HEADER = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PHOTOSHOP_HEADER = "Photoshop 3.0\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String PNG_XMP_KEYWORD = "XML:com.adobe.xmp";
    /** IIM By-line, Credit and City hold 32 bytes, Keywords 64 each, Headline 256, Caption/Abstract 2000. */
    private static final int IIM_SHORT = 32;
    private static final int IIM_KEYWORD = 64;
    private static final int IIM_HEADLINE = 256;
    private static final int IIM_CAPTION = 2000;

    private PhotoMetadataWriter() {
    }

    static byte[] write(byte[] image, String mediaType, Caption caption, String fileName) {
        return write(image, mediaType, caption, PhotoDetails.NONE, fileName);
    }

    static byte[] write(byte[] image, String mediaType, Caption caption, PhotoDetails details, String fileName) {
        return switch (mediaType) {
            case "image/jpeg" -> writeJpeg(image, caption, details, fileName);
            case "image/png" -> writePng(image, caption, details, fileName);
            case "image/tiff" -> image.clone();
            default -> throw new PackageException(WORDS.format("photo.noMetadata", fileName, mediaType));
        };
    }

    static String xmp(Caption caption) {
        return xmp(caption, PhotoDetails.NONE);
    }

    static String xmp(Caption caption, PhotoDetails details) {
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\">\n");
        if (!caption.text().isEmpty()) {
            x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(caption.text()))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        if (!caption.photographer().isEmpty()) {
            x.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(caption.photographer())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!caption.credit().isEmpty()) {
            x.append("<photoshop:Credit>").append(escape(caption.credit())).append("</photoshop:Credit>\n");
        }
        if (!details.headline().isEmpty()) {
            x.append("<photoshop:Headline>").append(escape(details.headline())).append("</photoshop:Headline>\n");
        }
        if (!details.city().isEmpty()) {
            x.append("<photoshop:City>").append(escape(details.city())).append("</photoshop:City>\n");
        }
        if (!details.keywords().isEmpty()) {
            x.append("<dc:subject><rdf:Bag>");
            details.keywords().forEach(k -> x.append("<rdf:li>").append(escape(k)).append("</rdf:li>"));
            x.append("</rdf:Bag></dc:subject>\n");
        }
        x.append("</rdf:Description>\n</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static byte[] writeJpeg(byte[] jpeg, Caption caption, PhotoDetails details, String fileName) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new PackageException(WORDS.format("photo.notJpeg", fileName));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + 4096);
        out.write(jpeg, 0, 2);
        int p = 2;
        boolean inserted = false;
        while (p + 4 <= jpeg.length) {
            if ((jpeg[p] & 0xFF) != 0xFF) {
                throw new PackageException(WORDS.format("photo.badJpegSegment", fileName, p));
            }
            int marker = jpeg[p + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int length = ((jpeg[p + 2] & 0xFF) << 8 | (jpeg[p + 3] & 0xFF)) + 2;
            if (p + length > jpeg.length || length < 4) {
                throw new PackageException(WORDS.format("photo.jpegSegmentPastEnd", fileName));
            }
            boolean ours = marker == 0xE1 && startsWith(jpeg, p + 4, XMP_HEADER)
                    || marker == 0xED && startsWith(jpeg, p + 4, PHOTOSHOP_HEADER);
            boolean leading = marker == 0xE0 || marker == 0xE1 && startsWith(jpeg, p + 4, EXIF_HEADER);
            if (!inserted && !leading && !ours) {
                writeJpegMetadata(out, caption, details, fileName);
                inserted = true;
            }
            if (!ours) {
                out.write(jpeg, p, length);
            }
            p += length;
        }
        if (!inserted) {
            writeJpegMetadata(out, caption, details, fileName);
        }
        out.write(jpeg, p, jpeg.length - p);
        return out.toByteArray();
    }

    private static void writeJpegMetadata(ByteArrayOutputStream out, Caption caption, PhotoDetails details, String fileName) {
        segment(out, 0xE1, concat(XMP_HEADER, xmp(caption, details).getBytes(StandardCharsets.UTF_8)), fileName);
        segment(out, 0xED, concat(PHOTOSHOP_HEADER, photoshopIptc(caption, details)), fileName);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload, String fileName) {
        if (payload.length + 2 > 0xFFFF) {
            throw new PackageException(WORDS.format("photo.captionTooLong", fileName));
        }
        out.write(0xFF);
        out.write(marker);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
    }

    /** An Adobe image resource block 0x0404 holding IPTC IIM datasets, UTF-8 declared by 1:90. */
    private static byte[] photoshopIptc(Caption caption, PhotoDetails details) {
        ByteArrayOutputStream iim = new ByteArrayOutputStream();
        dataset(iim, 1, 90, new byte[] {0x1B, '%', 'G'});
        dataset(iim, 2, 0, new byte[] {0, 4});
        if (!caption.text().isEmpty()) {
            dataset(iim, 2, 120, utf8Prefix(caption.text(), IIM_CAPTION));
        }
        if (!caption.photographer().isEmpty()) {
            dataset(iim, 2, 80, utf8Prefix(caption.photographer(), IIM_SHORT));
        }
        if (!caption.credit().isEmpty()) {
            dataset(iim, 2, 110, utf8Prefix(caption.credit(), IIM_SHORT));
        }
        if (!details.headline().isEmpty()) {
            dataset(iim, 2, 105, utf8Prefix(details.headline(), IIM_HEADLINE));
        }
        for (String keyword : details.keywords()) {
            dataset(iim, 2, 25, utf8Prefix(keyword, IIM_KEYWORD));
        }
        if (!details.city().isEmpty()) {
            dataset(iim, 2, 90, utf8Prefix(details.city(), IIM_SHORT));
        }
        byte[] data = iim.toByteArray();
        ByteBuffer block = ByteBuffer.allocate(4 + 2 + 2 + 4 + data.length + (data.length % 2));
        block.put("8BIM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 0x0404).putShort((short) 0)
                .putInt(data.length).put(data);
        return block.array();
    }

    private static void dataset(ByteArrayOutputStream out, int record, int number, byte[] value) {
        out.write(0x1C);
        out.write(record);
        out.write(number);
        out.write(value.length >> 8);
        out.write(value.length & 0xFF);
        out.writeBytes(value);
    }

    /** The longest UTF-8 prefix of {@code text} within {@code maxBytes}, cut between characters. */
    static byte[] utf8Prefix(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] writePng(byte[] png, Caption caption, PhotoDetails details, String fileName) {
        if (!startsWith(png, 0, PNG_SIGNATURE)) {
            throw new PackageException(WORDS.format("photo.notPng", fileName));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + 4096);
        out.write(png, 0, 8);
        int p = 8;
        while (p + 12 <= png.length) {
            int length = ByteBuffer.wrap(png, p, 4).getInt();
            if (length < 0 || p + 12L + length > png.length) {
                throw new PackageException(WORDS.format("photo.pngChunkPastEnd", fileName));
            }
            String type = new String(png, p + 4, 4, StandardCharsets.US_ASCII);
            boolean ours = type.equals("iTXt") && startsWith(png, p + 8, (PNG_XMP_KEYWORD + "\0").getBytes(StandardCharsets.US_ASCII));
            if (!ours) {
                out.write(png, p, 12 + length);
            }
            if (type.equals("IHDR")) {
                byte[] data = concat((PNG_XMP_KEYWORD + "\0\0\0\0\0").getBytes(StandardCharsets.US_ASCII),
                        xmp(caption, details).getBytes(StandardCharsets.UTF_8));
                chunk(out, "iTXt", data);
            }
            p += 12 + length;
        }
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        return offset + prefix.length <= data.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
