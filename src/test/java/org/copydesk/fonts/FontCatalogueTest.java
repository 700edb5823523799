package org.copydesk.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FontCatalogueTest {

    @ParameterizedTest
    @EnumSource(FontFace.class)
    void everyBundledFaceMeasuresHanAndFullWidthMarksAtOneEm(FontFace face) {
        FontMetrics metrics = FontCatalogue.bundled().metrics(face);
        assertThat(metrics.unitsPerEm()).isPositive();
        for (int cp : "中国报讯，。、；：！？“”（）《》「」".codePoints().toArray()) {
            assertThat(metrics.covers(cp)).as("covers %s", new String(Character.toChars(cp))).isTrue();
            assertThat(metrics.advanceEm(cp)).as("advance of %s", new String(Character.toChars(cp))).isEqualTo(1.0);
        }
        assertThat(metrics.advance('中', 9)).isEqualTo(9.0);
        assertThat(metrics.advanceEm('i')).isLessThan(metrics.advanceEm('W')); // proportional Latin
        assertThat(metrics.ascenderEm()).isGreaterThan(0.8);
    }

    @Test
    void reportsCodePointsTheFontLacks() {
        FontMetrics serif = FontCatalogue.bundled().metrics(FontFace.SERIF);
        assertThat(serif.covers(0xE000)).isFalse();
        assertThat(serif.missing("本报\uE000讯\uE000\uE001")).isEqualTo("\uE000\uE001");
        assertThat(serif.missing("本报讯")).isEmpty();
    }

    @Test
    void readsEachFaceOnceAndQuickly() {
        AtomicInteger opened = new AtomicInteger();
        FontCatalogue catalogue = new FontCatalogue(face -> {
            opened.incrementAndGet();
            return face.open();
        });
        long start = System.nanoTime();
        FontMetrics first = catalogue.metrics(FontFace.SERIF);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(catalogue.metrics(FontFace.SERIF)).isSameAs(first);
        assertThat(opened).hasValue(1);
        assertThat(millis).as("reading a 15 MB font").isLessThan(1000);
        assertThat(FontCatalogue.bundled()).isSameAs(FontCatalogue.bundled());
    }

    @Test
    void aFileThatIsNotAFontGivesAClearError() {
        FontCatalogue catalogue = new FontCatalogue(face -> new ByteArrayInputStream("not a font at all".getBytes()));
        assertThatThrownBy(() -> catalogue.metrics(FontFace.SANS))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("NotoSansSC-Regular.ttf")
                .hasMessageContaining("not a TrueType font");
    }
}
