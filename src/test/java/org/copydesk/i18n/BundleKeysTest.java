package org.copydesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package bundle speaks both languages with the same keys and the same arguments, and every
 * key the code asks for through {@code WORDS.format("key", ...)} is in its package's bundle, since
 * a missing key would show the user a bare key in the middle of an error.
 */
class BundleKeysTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/copydesk");
    private static final Path SOURCES = Path.of("src/main/java/org/copydesk");
    private static final Pattern KEY_USE = Pattern.compile("WORDS\\.format\\((?:[\\w.()]+,\\s*)?\"([^\"]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** The exceptions whose message is shown to the user as it is. */
    private static final Pattern LITERAL_USER_MESSAGE = Pattern.compile(
            "new (Store|Package|StoryImport|Export|DatabaseDamaged|StaleArticle)Exception\\(\\s*\"");

    @Test
    void everyBundleHasBothLanguagesWithTheSameKeysAndArguments() throws IOException {
        List<Path> bundles = englishBundles();
        assertThat(bundles).hasSizeGreaterThanOrEqualTo(2);
        for (Path english : bundles) {
            Path chinese = english.resolveSibling("messages_zh_CN.properties");
            assertThat(chinese).as("Chinese beside " + english).exists();
            Properties en = load(english);
            Properties zh = load(chinese);
            assertThat(zh.stringPropertyNames()).as(chinese.toString()).isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                assertThat(arguments(zh.getProperty(key))).as(key + " in " + chinese)
                        .isEqualTo(arguments(en.getProperty(key)));
                new MessageFormat(en.getProperty(key), Locale.ENGLISH);
                new MessageFormat(zh.getProperty(key), Locale.SIMPLIFIED_CHINESE);
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsInItsPackageBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        int uses = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_USE.matcher(Files.readString(source));
                Path bundle = RESOURCES.resolve(SOURCES.relativize(source.getParent())).resolve("messages.properties");
                Properties keys = Files.exists(bundle) ? load(bundle) : new Properties();
                while (matcher.find()) {
                    uses++;
                    if (!keys.containsKey(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(uses).as("keys asked for through WORDS.format").isGreaterThan(0);
        assertThat(missing).as("keys missing from the package bundle").isEmpty();
    }

    @Test
    void noMessageShownToTheUserIsAnEnglishLiteral() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_USER_MESSAGE.matcher(Files.readString(source));
                while (matcher.find()) {
                    literals.add(source.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertThat(literals).as("user-facing exceptions built from a string literal instead of WORDS.format").isEmpty();
    }

    @Test
    void aMissingKeyNamesItselfInsteadOfFailingTheReport() {
        Words words = Words.of("org.copydesk.store.messages");
        assertThat(words.format(Locale.ENGLISH, "no.such.key", "x")).isEqualTo("no.such.key [x]");
    }

    @Test
    void chineseSystemsGetChineseAndTheOverrideWins() {
        assertThat(Language.choose(null, Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Language.choose(null, Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.choose("en", Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.choose("zh_CN", Locale.US)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
