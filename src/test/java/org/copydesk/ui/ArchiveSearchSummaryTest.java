package org.copydesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.copydesk.search.SearchHit;
import org.copydesk.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The search dialog's line over the results: how many matched, and "more than 1000" past the exact count. */
@ExtendWith(ApplicationExtension.class)
class ArchiveSearchSummaryTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.show();
    }

    @Test
    void theSummarySaysHowManyMatchedAndHowManyAreShown(FxRobot robot) {
        ArchiveSearchDialog[] made = new ArchiveSearchDialog[1];
        robot.interact(() -> made[0] = new ArchiveSearchDialog(UiText.forLocale(java.util.Locale.ENGLISH), owner,
                r -> { }, h -> { }));
        ArchiveSearchDialog dialog = made[0];
        List<SearchHit> fifty = hits(50);

        robot.interact(() -> dialog.show(new SearchResults(fifty, SearchResults.COUNTED_EXACTLY, true)));
        assertThat(dialog.summary.getText()).startsWith("More than 1000 found, the best 50 shown");
        assertThat(dialog.results.getItems()).hasSize(50);
        assertThat(dialog.results.getSelectionModel().getSelectedIndex()).isZero();

        robot.interact(() -> dialog.show(new SearchResults(fifty, 212, false)));
        assertThat(dialog.summary.getText()).startsWith("212 found, the best 50 shown");

        robot.interact(() -> dialog.show(new SearchResults(hits(3), 3, false)));
        assertThat(dialog.summary.getText()).startsWith("3 found, best first");

        robot.interact(() -> dialog.show(SearchResults.none()));
        assertThat(dialog.summary.getText()).isEqualTo("Nothing found");
        assertThat(dialog.results.getItems()).isEmpty();
    }

    private static List<SearchHit> hits(int n) {
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hits.add(new SearchHit("story", "s" + i, "e1", "江澜日报", LocalDate.of(2026, 12, 3).minusDays(i), 100 - i, 1,
                    "标题" + i, "SIGNED_OFF", List.of(new SearchHit.Span("经济", true)), 1f));
        }
        return hits;
    }
}
