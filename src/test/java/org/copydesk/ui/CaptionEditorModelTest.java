package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.copydesk.model.CaptionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptionEditorModelTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            李明, 李明
            李明/摄, 李明
            李明摄, 李明
            摄影：李明, 李明
            ' 王小 ', 王小
            """)
    void thePhotographerIsStoredWithoutTheCreditMark(String typed, String stored) {
        assertThat(CaptionEditorModel.stripCreditMark(typed)).isEqualTo(stored);
    }

    @Test
    void captionEditsAreSavedAfterThePauseAndPrintWithTheCredit() {
        var scheduler = new ManualScheduler();
        var repository = FixtureEdition.repository();
        var photo = FixtureEdition.content().photo(FixtureEdition.BRIDGE_PHOTO).orElseThrow();
        var model = new CaptionEditorModel(photo, repository,
                new AutosaveContext(Runnable::run, Runnable::run, scheduler, scheduler.clock(), Duration.ofMillis(1500)));

        model.edit("二桥通车首日。", "张伟/摄", "", CaptionKind.NEWS);
        assertThat(model.printedPreview()).isEqualTo("二桥通车首日。\u3000张伟/摄");
        assertThat(repository.captionSaves).hasValue(0);

        scheduler.advance(Duration.ofMillis(1500));
        assertThat(repository.captionSaves).hasValue(1);
        var saved = repository.loadEdition(FixtureEdition.EDITION).orElseThrow().photo(FixtureEdition.BRIDGE_PHOTO).orElseThrow();
        assertThat(saved.caption().photographer()).isEqualTo("张伟");
    }
}
