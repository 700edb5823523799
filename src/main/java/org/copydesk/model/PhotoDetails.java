package org.copydesk.model;

import java.util.List;
import java.util.Objects;

/**
 * What a photo's own metadata said besides its caption and credit, kept so the picture desk can
 * search and export it: the IPTC headline, keywords, city, date created and source (or their XMP
 * equivalents). Empty strings and an empty list where the file said nothing.
 *
 * @param headline    IPTC 2:105 / photoshop:Headline
 * @param keywords    IPTC 2:25 / dc:subject, in the file's order, without blanks or repeats
 * @param city        IPTC 2:90 / photoshop:City
 * @param dateCreated IPTC 2:55 (+2:60) / photoshop:DateCreated, as the file wrote it (ISO 8601 where it could)
 * @param source      IPTC 2:115 / photoshop:Source
 */
public record PhotoDetails(String headline, List<String> keywords, String city, String dateCreated, String source) {
    /** A photo whose file said nothing of these. */
    public static final PhotoDetails NONE = new PhotoDetails("", List.of(), "", "", "");

    public PhotoDetails {
        headline = strip(headline);
        keywords = keywords == null ? List.of()
                : keywords.stream().filter(Objects::nonNull).map(String::strip).filter(k -> !k.isEmpty()).distinct().toList();
        city = strip(city);
        dateCreated = strip(dateCreated);
        source = strip(source);
    }

    /** Whether the file said none of these (not named isEmpty: JSON writers would store it as a field). */
    public boolean saysNothing() {
        return headline.isEmpty() && keywords.isEmpty() && city.isEmpty() && dateCreated.isEmpty() && source.isEmpty();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
