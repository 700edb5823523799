package org.copydesk.copyin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptDetectorTest {
    private final ScriptDetector detector = ScriptDetector.standard();

    @Test
    void aTraditionalDispatchIsMostlyTraditional() {
        ScriptDetection d = detector.detect("本報訊 記者從市交通運輸局獲悉，今年國慶假期，全市公共交通客運量達到歷史新高。");

        assertThat(d.mostly()).contains(Script.TRADITIONAL);
        assertThat(d.mostlyOtherThan(Script.SIMPLIFIED)).isTrue();
    }

    @Test
    void aSimplifiedDispatchIsMostlySimplified() {
        ScriptDetection d = detector.detect("本报讯 记者从市交通运输局获悉，今年国庆假期，全市公共交通客运量达到历史新高。");

        assertThat(d.mostly()).contains(Script.SIMPLIFIED);
        assertThat(d.mostlyOtherThan(Script.SIMPLIFIED)).isFalse();
    }

    @Test
    void textTheSameInBothScriptsSaysNothing() {
        ScriptDetection d = detector.detect("今天天气好 2026 OK");

        assertThat(d.mostly()).isEmpty();
        assertThat(d.mostlyOtherThan(Script.SIMPLIFIED)).isFalse();
    }

    @Test
    void oneQuotedTraditionalNameDoesNotTurnASimplifiedStory() {
        ScriptDetection d = detector.detect("这部名为《藍色時光》的影片，讲述了一座海边小城的变化与坚守。");

        assertThat(d.mostly()).contains(Script.SIMPLIFIED);
    }
}
