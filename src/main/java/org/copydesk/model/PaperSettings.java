package org.copydesk.model;

import java.util.Objects;

/**
 * The paper's own settings (报社设置), kept in the database: what every new edition starts from and
 * what page 1's masthead prints. Invalid values are refused here; the desk checks them first and
 * says what is wrong in the user's language, so the exceptions here are for programming errors.
 *
 * @param name             the paper's name, given to every new edition (its running heads print it)
 * @param mastheadText     the masthead's large title on page 1; blank prints each edition's own name
 * @param registrationLine the registration line under the masthead (国内统一连续出版物号 and 邮发代号);
 *                         blank prints none
 * @param defaultSpecName  the page spec new editions' pages get: {@code broadsheet} or {@code tabloid}
 * @param leftEar          the 报眼 box left of the masthead (weather, a slogan, an index item); empty prints none
 * @param rightEar         the 报眼 box right of the masthead
 */
public record PaperSettings(String name, String mastheadText, String registrationLine, String defaultSpecName,
                            Ear leftEar, Ear rightEar) {
    /** Longest name, in code points; an edition's name column holds 200. */
    public static final int MAX_NAME = 100;
    /** Longest masthead title, in code points: set large, more would run into the date on the right. */
    public static final int MAX_MASTHEAD = 16;
    /** Longest registration line, in code points: it must stay one line above the type area. */
    public static final int MAX_REGISTRATION = 60;

    /**
     * A 报眼 (ear) beside the masthead: a short title set bold (今日天气) over a few words set
     * small (晴转多云 12～20℃). Both one line as typed; the text wraps inside the ear's box.
     */
    public record Ear(String title, String text) {
        /** Longest ear title, in code points: one line across the ear. */
        public static final int MAX_TITLE = 12;
        /** Longest ear text, in code points: what the box holds at the ear's size. */
        public static final int MAX_TEXT = 80;
        public static final Ear NONE = new Ear("", "");

        public Ear {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            if (length(title) > MAX_TITLE || length(text) > MAX_TEXT) {
                throw new IllegalArgumentException("impossible ear: " + title + " / " + text);
            }
        }

        public boolean isEmpty() {
            return title.isBlank() && text.isBlank();
        }
    }

    /** Settings with no ears (what a paper had before ears existed). */
    public PaperSettings(String name, String mastheadText, String registrationLine, String defaultSpecName) {
        this(name, mastheadText, registrationLine, defaultSpecName, Ear.NONE, Ear.NONE);
    }

    public PaperSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mastheadText, "mastheadText");
        Objects.requireNonNull(registrationLine, "registrationLine");
        Objects.requireNonNull(defaultSpecName, "defaultSpecName");
        Objects.requireNonNull(leftEar, "leftEar");
        Objects.requireNonNull(rightEar, "rightEar");
        if (name.isBlank() || length(name) > MAX_NAME || length(mastheadText) > MAX_MASTHEAD
                || length(registrationLine) > MAX_REGISTRATION || PageSpec.preset(defaultSpecName).isEmpty()) {
            throw new IllegalArgumentException("impossible paper settings: " + name + " / " + mastheadText + " / "
                    + registrationLine + " / " + defaultSpecName);
        }
    }

    /**
     * What a database holds before anyone sets anything: the sample's paper, 江澜周报 (an invented
     * name), its masthead printing each edition's name, broadsheet, and no registration line: a
     * real paper's page 1 must never carry invented CN numbers, so nothing prints until it sets its own.
     */
    public static PaperSettings defaults() {
        return new PaperSettings("江澜周报", "", "", "broadsheet");
    }

    /** The page spec new pages get. */
    public PageSpec defaultSpec() {
        return PageSpec.preset(defaultSpecName).orElseThrow();
    }

    /** The masthead's title over an edition named {@code editionName}. */
    public String mastheadFor(String editionName) {
        return mastheadText.isBlank() ? editionName : mastheadText;
    }

    public PaperSettings withName(String newName) {
        return new PaperSettings(newName, mastheadText, registrationLine, defaultSpecName, leftEar, rightEar);
    }

    public PaperSettings withMastheadText(String text) {
        return new PaperSettings(name, text, registrationLine, defaultSpecName, leftEar, rightEar);
    }

    public PaperSettings withRegistrationLine(String line) {
        return new PaperSettings(name, mastheadText, line, defaultSpecName, leftEar, rightEar);
    }

    public PaperSettings withDefaultSpecName(String specName) {
        return new PaperSettings(name, mastheadText, registrationLine, specName, leftEar, rightEar);
    }

    public PaperSettings withEars(Ear left, Ear right) {
        return new PaperSettings(name, mastheadText, registrationLine, defaultSpecName, left, right);
    }

    /** Length in code points, as the limits count. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
