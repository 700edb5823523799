package org.copydesk.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.Article;
import org.copydesk.model.ArticleStatus;
import org.copydesk.model.Block;
import org.copydesk.model.EditionContent;
import org.copydesk.render.pdf.ExportFixtures;
import org.copydesk.typeset.LineRole;
import org.junit.jupiter.api.Test;

class PreflightTextTest {
    /** The messages each check writes; a new Check fails {@link #everyCheckHasItsMessagesAndNoKeyIsLeftOver()} until listed. */
    private static final Map<Check, List<String>> KEYS_OF_CHECK = new EnumMap<>(Map.ofEntries(
            Map.entry(Check.OVERSET, List.of("overset", "overset.composer")),
            Map.entry(Check.EMPTY_HEADLINE, List.of("empty-headline")),
            Map.entry(Check.MISSING_CAPTION, List.of("missing-caption")),
            Map.entry(Check.MISSING_CREDIT, List.of("missing-credit")),
            Map.entry(Check.MISSING_GLYPH, List.of("missing-glyph", "missing-glyph.overset", "missing-glyph.composer",
                    "missing-glyph.character")),
            Map.entry(Check.LOW_RESOLUTION, List.of("low-resolution")),
            Map.entry(Check.UNREADABLE_PHOTO, List.of("unreadable-photo", "incomplete-photo")),
            Map.entry(Check.DAMAGED_PHOTO, List.of("damaged-photo")),
            Map.entry(Check.UNRESOLVED_JUMP, List.of("unresolved-jump", "unresolved-jump.composer")),
            Map.entry(Check.UNPLACED_STORY, List.of("unplaced-story")),
            Map.entry(Check.PAGE_NOT_FILLED, List.of("page-not-filled")),
            Map.entry(Check.RGB_IN_CMYK, List.of("rgb-in-cmyk")),
            Map.entry(Check.LAYOUT, List.of("layout.uncomposable", "layout.frame-off-grid", "layout.missing-content",
                    "layout.photo-not-in-edition")),
            Map.entry(Check.FRAME_OVERLAP, List.of("frame-overlap.stories", "frame-overlap.photos",
                    "frame-overlap.ad")),
            Map.entry(Check.TEXT_OVER_PHOTO, List.of("text-over-photo")),
            Map.entry(Check.FRAME_ON_MASTHEAD, List.of("frame-on-masthead")),
            Map.entry(Check.EMPTY_AREA, List.of("empty-area")),
            Map.entry(Check.NOT_SIGNED_OFF, List.of("not-signed-off")),
            Map.entry(Check.PAGE_NOT_SIGNED_OFF, List.of("page-not-signed-off")),
            Map.entry(Check.SIGN_OFF_WITHDRAWN, List.of("sign-off-changed", "sign-off-withdrawn")),
            Map.entry(Check.EMPTY_AD_SLOT, List.of("empty-ad-slot")),
            Map.entry(Check.CAPTION_NOT_A_SENTENCE, List.of("caption-not-a-sentence")),
            Map.entry(Check.ASCII_PUNCTUATION, List.of("ascii-punctuation", "place.KICKER", "place.HEADLINE",
                    "place.SUBTITLE", "place.BYLINE", "place.DATELINE", "place.BODY")),
            Map.entry(Check.OTHER_SCRIPT, List.of("other-script", "script.SIMPLIFIED", "script.TRADITIONAL")),
            Map.entry(Check.INDEX_ENTRY, List.of("index-entry.not-placed", "index-entry.same-page", "index-entry.no-story",
                    "index-entry.cut"))));

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = PreflightText.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeysWithTheSameArguments() throws IOException {
        var english = load("messages.properties");
        var chinese = load("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            int englishArguments = new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex().length;
            int chineseArguments = new MessageFormat(chinese.getProperty(key)).getFormatsByArgumentIndex().length;
            assertThat(chineseArguments).as(key).isEqualTo(englishArguments);
            assertThat(chinese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key).isEmpty() ? "x" : english.getProperty(key));
        }
    }

    @Test
    void everyCheckHasItsMessagesAndNoKeyIsLeftOver() throws IOException {
        assertThat(KEYS_OF_CHECK.keySet()).containsExactlyInAnyOrder(Check.values());
        Set<String> expected = new HashSet<>(List.of("where.page", "where.edition", "summary", "list.separator"));
        KEYS_OF_CHECK.values().forEach(expected::addAll);
        Arrays.stream(LineRole.values()).forEach(role -> expected.add("line-role." + role.name()));
        Arrays.stream(FontFace.values()).forEach(face -> expected.add("font-face." + face.name()));
        Arrays.stream(ArticleStatus.values()).forEach(status -> expected.add("status." + status.name()));
        assertThat(load("messages.properties").stringPropertyNames()).isEqualTo(expected);
    }

    @Test
    void theWindowNamesEveryCheckInBothLanguages() throws IOException {
        // The preflight panel shows each finding's check by the window's words for it.
        for (String bundle : List.of("/org/copydesk/ui/messages.properties", "/org/copydesk/ui/messages_zh_CN.properties")) {
            Properties window = load(bundle);
            for (Check check : Check.values()) {
                assertThat(window.getProperty("check." + check.name())).as(bundle + ": check." + check.name()).isNotBlank();
            }
        }
    }

    @Test
    void chineseLocalesGetChineseAndTheOverrideWins() {
        assertThat(PreflightText.chooseLocale(null, Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PreflightText.chooseLocale(null, Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PreflightText.chooseLocale(null, Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(PreflightText.chooseLocale("en", Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.ENGLISH);
        assertThat(PreflightText.chooseLocale("zh_CN", Locale.US)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PreflightText.forLocale(Locale.TAIWAN).locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(PreflightText.forLocale(Locale.FRANCE).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void englishStaysEnglishOnAChineseSystem() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(PreflightText.forLocale(Locale.ENGLISH).render(Message.of("missing-caption", "a.jpg")))
                    .isEqualTo("photo a.jpg has no caption");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void nestedMessagesAndListsAreRenderedInTheSameLanguage() {
        Message glyphs = Message.of("missing-glyph", List.of(
                Message.of("missing-glyph.character", "\uE000", "U+E000", Message.of("line-role.BODY"), "集市\uE000开张",
                        Message.of("font-face.SERIF")),
                Message.of("missing-glyph.character", "\uE001", "U+E001", Message.of("line-role.CAPTION"), "夜景\uE001",
                        Message.of("font-face.SANS"))));
        assertThat(PreflightText.forLocale(Locale.SIMPLIFIED_CHINESE).render(glyphs))
                .isEqualTo("字库缺字：\uE000 U+E000（正文“集市\uE000开张”，宋体）；\uE001 U+E001（图片说明“夜景\uE001”，黑体）");
        assertThat(PreflightText.forLocale(Locale.ENGLISH).render(glyphs))
                .isEqualTo("characters missing from the fonts: \uE000 U+E000 (body \"集市\uE000开张\" in Serif); "
                        + "\uE001 U+E001 (caption \"夜景\uE001\" in Sans)");
    }

    @Test
    void numbersHaveNoThousandsSeparators() {
        var text = PreflightText.forLocale(Locale.ENGLISH);
        assertThat(text.render(Message.of("low-resolution", "big.jpg", 96L, 1200, 8000, 317L, 2117L, 150L)))
                .isEqualTo("photo big.jpg prints at 96 ppi (1200x8000 px over 317x2117 mm), below 150 ppi");
        assertThat(PreflightText.forLocale(Locale.SIMPLIFIED_CHINESE).render(Message.of("page-not-filled", 1027, "大桥")))
                .isEqualTo("差 1027 行（大桥）");
        assertThat(text.render(Message.of("page-not-filled", 1, "bridge"))).isEqualTo("frame not filled: 1 line short (bridge)");
        assertThat(text.render(Message.of("overset", 1027, "bridge"))).isEqualTo("overset by 1027 characters (bridge)");
    }

    @Test
    void theTerminalLineAndSummaryAreInTheChosenLanguage() {
        var text = PreflightText.forLocale(Locale.SIMPLIFIED_CHINESE);
        Finding finding = text.finding(Severity.WARNING, Check.MISSING_CREDIT, 3, "photo-1", Message.of("missing-credit", "a.jpg"));
        assertThat(finding.message()).isEqualTo("缺摄影者署名：a.jpg");
        assertThat(text.describe(finding)).contains("第3版", "MISSING_CREDIT", "缺摄影者署名：a.jpg", "(photo-1)");
        assertThat(text.summary(List.of(finding))).isEqualTo("0 个错误，1 个警告");
        assertThat(PreflightText.forLocale(Locale.ENGLISH).summary(List.of(finding))).isEqualTo("0 error(s), 1 warning(s)");
    }

    @Test
    void aMessageTakesOnlyTextNumbersAndMessages() {
        assertThatThrownBy(() -> Message.of("summary", new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Message.of("missing-glyph", List.of("text"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoryWithoutHeadlineIsNamedByTheStartOfItsFirstParagraphWithText() {
        var when = Instant.parse("2026-11-26T08:00:00Z");
        Article noHeadline = new Article("art-1", ExportFixtures.EDITION_ID, "", " ", "", "",
                List.of(new Block.Lead("", ""), new Block.Lead("本报讯", "11月26日清晨6时整，江澜二桥正式通车。")),
                ArticleStatus.SIGNED_OFF, 0, 1, when, when);
        assertThat(Preflight.storyName(noHeadline)).isEqualTo("本报讯\u300011月26日清晨6时整…");
        Article nothing = new Article("art-2", ExportFixtures.EDITION_ID, "", "", "", "", List.of(),
                ArticleStatus.SIGNED_OFF, 0, 1, when, when);
        assertThat(Preflight.storyName(nothing)).isEqualTo("art-2");
    }

    @Test
    void noMessageOfAStoryWithoutHeadlineHasEmptyParentheses() {
        EditionContent base = ExportFixtures.edition();
        List<Article> headless = base.articles().stream().map(a -> a.withHeadlines("", "", "")).toList();
        EditionContent content = new EditionContent(base.edition(), base.pages(), headless, base.photos());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            List<Finding> findings = new Preflight(ExportFixtures.composer(), PreflightRules.defaults().withMaxFreeLines(0), locale)
                    .check(content);
            assertThat(findings).as("%s", locale).anyMatch(f -> f.check() == Check.PAGE_NOT_FILLED)
                    .anyMatch(f -> f.check() == Check.EMPTY_HEADLINE);
            assertThat(findings).allSatisfy(f -> assertThat(f.message()).doesNotContain("()", "（）"));
        }
    }
}
