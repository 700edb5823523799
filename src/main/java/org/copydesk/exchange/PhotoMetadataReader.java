package org.copydesk.exchange;

import com.adobe.internal.xmp.XMPConst;
import com.adobe.internal.xmp.XMPException;
import com.adobe.internal.xmp.XMPMeta;
import com.adobe.internal.xmp.properties.XMPProperty;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.StringValue;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.copydesk.model.Caption;
import org.copydesk.model.CaptionKind;
import org.copydesk.model.ForbiddenCharacters;
import org.copydesk.model.Photo;
import org.copydesk.model.PhotoDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a photo's caption, credit, details and EXIF orientation with metadata-extractor. XMP
 * (always UTF-8) wins over IPTC IIM where both say something. IIM text is decoded here from its raw
 * bytes: UTF-8 when 1:90 declares it ({@code ESC % G}) and the bytes are UTF-8, otherwise as a
 * story file is (UTF-8, else GB18030/GBK or Big5, whichever reads as Chinese), because Chinese
 * desks' tools write GBK without declaring it and the library would read it as Latin-1.
 * Metadata that cannot be read is not a reason to refuse the photo: it comes in uncaptioned.
 */
public final class PhotoMetadataReader {
    private static final Logger LOG = LoggerFactory.getLogger(PhotoMetadataReader.class);

    /** What the store keeps of a caption (4000 characters) and of a photographer or credit (200); a headline 1000. */
    private static final int CAPTION = 4000;
    private static final int SHORT = 1000;
    private static final int NAME = 200;

    private PhotoMetadataReader() {
    }

    /** What the file's metadata says; {@link PhotoMetadata#NONE} when it has none or it cannot be read. */
    public static PhotoMetadata read(byte[] file, String fileName) {
        Metadata metadata;
        try {
            metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file), file.length);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            LOG.info("metadata of {} cannot be read, importing it without: {}", fileName, e.toString());
            return PhotoMetadata.NONE;
        }
        Iim iim = new Iim(metadata.getFirstDirectoryOfType(IptcDirectory.class), fileName);
        Xmp xmp = new Xmp(metadata.getFirstDirectoryOfType(XmpDirectory.class));
        String text = either(xmp.altText(XMPConst.NS_DC, "description"), iim.text(IptcDirectory.TAG_CAPTION));
        String byline = either(xmp.firstItem(XMPConst.NS_DC, "creator"), iim.text(IptcDirectory.TAG_BY_LINE));
        String credit = either(xmp.text(XMPConst.NS_PHOTOSHOP, "Credit"), iim.text(IptcDirectory.TAG_CREDIT));
        List<String> keywords = xmp.items(XMPConst.NS_DC, "subject");
        PhotoDetails details = new PhotoDetails(
                clean(either(xmp.text(XMPConst.NS_PHOTOSHOP, "Headline"), iim.text(IptcDirectory.TAG_HEADLINE)), SHORT),
                (keywords.isEmpty() ? iim.texts(IptcDirectory.TAG_KEYWORDS) : keywords).stream()
                        .map(k -> clean(k, NAME)).toList(),
                clean(either(xmp.text(XMPConst.NS_PHOTOSHOP, "City"), iim.text(IptcDirectory.TAG_CITY)), NAME),
                clean(either(xmp.text(XMPConst.NS_PHOTOSHOP, "DateCreated"), iim.dateCreated()), NAME),
                clean(either(xmp.text(XMPConst.NS_PHOTOSHOP, "Source"), iim.text(IptcDirectory.TAG_SOURCE)), NAME));
        Caption caption = new Caption(clean(text, CAPTION), clean(BylineName.of(clean(byline, CAPTION)), NAME), clean(credit, NAME),
                CaptionKind.NEWS);
        return new PhotoMetadata(caption, details, orientation(metadata));
    }

    /**
     * The text without characters no text of an edition may hold (IPTC captions often end lines
     * with CR, which stays; NULs and bidi overrides go), cut to what the caption fields store.
     */
    private static String clean(String text, int maxChars) {
        String cleaned = ForbiddenCharacters.remove(text).text().strip();
        if (cleaned.codePointCount(0, cleaned.length()) <= maxChars) {
            return cleaned;
        }
        LOG.info("photo metadata text of {} characters cut to {}", cleaned.length(), maxChars);
        return cleaned.substring(0, cleaned.offsetByCodePoints(0, maxChars));
    }

    private static int orientation(Metadata metadata) {
        ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        Integer value = exif == null ? null : exif.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
        return value == null ? Photo.UPRIGHT : value;
    }

    private static String either(String preferred, String other) {
        return preferred.isBlank() ? other : preferred;
    }

    /** IPTC IIM datasets, decoded from their raw bytes. */
    private record Iim(IptcDirectory directory, String fileName) {
        String text(int tag) {
            List<String> all = texts(tag);
            return all.isEmpty() ? "" : all.get(0);
        }

        List<String> texts(int tag) {
            if (directory == null || !directory.containsTag(tag)) {
                return List.of();
            }
            Object value = directory.getObject(tag);
            List<String> texts = new ArrayList<>();
            if (value instanceof StringValue one) {
                texts.add(decode(one.getBytes()));
            } else if (value instanceof StringValue[] many) {
                for (StringValue v : many) {
                    texts.add(decode(v.getBytes()));
                }
            } else if (value instanceof String s) {
                texts.add(s);
            } else if (value instanceof String[] strings) {
                texts.addAll(List.of(strings));
            }
            return texts;
        }

        /** 2:55 (CCYYMMDD) with 2:60 (HHMMSS±HHMM) when there, as ISO 8601. */
        String dateCreated() {
            String date = text(IptcDirectory.TAG_DATE_CREATED).strip();
            if (!date.matches("\\d{8}")) {
                return date;
            }
            String iso = date.substring(0, 4) + "-" + date.substring(4, 6) + "-" + date.substring(6, 8);
            String time = text(IptcDirectory.TAG_TIME_CREATED).strip();
            if (time.matches("\\d{6}([+-]\\d{4})?")) {
                iso += "T" + time.substring(0, 2) + ":" + time.substring(2, 4) + ":" + time.substring(4, 6);
                if (time.length() == 11) {
                    iso += time.substring(6, 9) + ":" + time.substring(9, 11);
                }
            }
            return iso;
        }

        private String decode(byte[] bytes) {
            boolean declaredUtf8 = "UTF-8".equalsIgnoreCase(directory.getString(IptcDirectory.TAG_CODED_CHARACTER_SET));
            if (declaredUtf8) {
                try {
                    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                } catch (CharacterCodingException notUtf8) {
                    LOG.info("IPTC of {} declares UTF-8 but is not; detecting its encoding", fileName);
                }
            }
            try {
                return TextDecoder.decode(bytes, fileName).text();
            } catch (StoryImportException unreadable) {
                // Every byte is a Latin-1 character: nothing is replaced, and the caption pane shows what came.
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
    }

    /** XMP properties; blank when absent or malformed. */
    private record Xmp(XmpDirectory directory) {
        private XMPMeta meta() {
            return directory == null ? null : directory.getXMPMeta();
        }

        String text(String ns, String name) {
            try {
                XMPMeta meta = meta();
                String value = meta == null ? null : meta.getPropertyString(ns, name);
                return value == null ? "" : value;
            } catch (XMPException e) {
                return "";
            }
        }

        String altText(String ns, String name) {
            try {
                XMPMeta meta = meta();
                XMPProperty value = meta == null ? null : meta.getLocalizedText(ns, name, "", XMPConst.X_DEFAULT);
                return value == null || value.getValue() == null ? "" : value.getValue();
            } catch (XMPException e) {
                return "";
            }
        }

        String firstItem(String ns, String name) {
            List<String> items = items(ns, name);
            return items.isEmpty() ? "" : items.get(0);
        }

        List<String> items(String ns, String name) {
            List<String> items = new ArrayList<>();
            try {
                XMPMeta meta = meta();
                int count = meta == null || !meta.doesPropertyExist(ns, name) ? 0 : meta.countArrayItems(ns, name);
                for (int i = 1; i <= count; i++) {
                    XMPProperty item = meta.getArrayItem(ns, name, i);
                    if (item != null && item.getValue() != null) {
                        items.add(item.getValue());
                    }
                }
            } catch (XMPException e) {
                return List.of();
            }
            return items;
        }
    }
}
