package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UiTextTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = UiText.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveEveryMessage() throws IOException {
        var english = load("messages.properties");
        var chinese = load("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(60);
    }

    @Test
    void chineseSystemsGetChineseAndTheOverrideWins() {
        assertThat(UiText.chooseLocale(null, Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UiText.chooseLocale(null, Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UiText.chooseLocale(null, Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(UiText.chooseLocale("en", Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.ENGLISH);
        assertThat(UiText.chooseLocale("zh_CN", Locale.US)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void englishIsNotReplacedByTheChineseDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(UiText.forLocale(Locale.ENGLISH).get("menu.file")).isEqualTo("File");
            assertThat(UiText.forLocale(Locale.SIMPLIFIED_CHINESE).get("menu.file")).isEqualTo("文件");
            assertThat(UiText.forLocale(Locale.SIMPLIFIED_CHINESE).format("save.saved", "18:42:03")).isEqualTo("已保存 18:42:03");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
