package org.copydesk.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.copydesk.model.BannerPlacement;
import org.copydesk.model.FrameBorder;
import org.copydesk.model.Page;
import org.copydesk.model.Placement;
import org.copydesk.model.StoryPlacement;
import org.copydesk.model.StoryStyle;

/**
 * The frame dialog's look controls: for a story frame its border (花边), tint (底纹), vertical
 * headline (竖题) and vertical setting (竖排); for a banner its slogan, tint and rules. Starts from
 * the frame's present look and hands the chosen one to {@link FrameEditorModel}.
 */
final class FrameLook {
    private final UiText text;
    private final ComboBox<FrameBorder> border = new ComboBox<>();
    private final CheckBox tint;
    private final ComboBox<StoryStyle.VerticalHeadline> headline = new ComboBox<>();
    private final CheckBox vertical;
    private final TextField slogan = new TextField();
    private final CheckBox rules;

    FrameLook(UiText text, Optional<Placement> placed) {
        this.text = text;
        StoryStyle style = placed.filter(StoryPlacement.class::isInstance).map(p -> ((StoryPlacement) p).style())
                .orElse(StoryStyle.PLAIN);
        Optional<BannerPlacement> banner = placed.filter(BannerPlacement.class::isInstance).map(BannerPlacement.class::cast);
        border.getItems().setAll(FrameBorder.values());
        border.setValue(style.border());
        border.setConverter(names("frame.border."));
        border.setId("frame-border");
        headline.getItems().setAll(StoryStyle.VerticalHeadline.values());
        headline.setValue(style.verticalHeadline());
        headline.setConverter(names("frame.verticalHeadline."));
        headline.setId("frame-verticalHeadline");
        tint = check("frame-tint", "frame.tint", banner.map(BannerPlacement::tinted).orElse(style.tinted()));
        vertical = check("frame-verticalText", "frame.verticalText", style.verticalText());
        rules = check("frame-rules", "frame.bannerRules", banner.map(BannerPlacement::ruled).orElse(true));
        slogan.setText(banner.map(BannerPlacement::text).orElse(""));
        slogan.setId("frame-slogan");
        slogan.setPrefColumnCount(24);
    }

    /** Adds the rows for {@code subject} (a story or a banner; nothing for others) from grid row {@code row}. */
    void addRows(GridPane grid, int row, Selection subject) {
        if (subject instanceof Selection.Story) {
            grid.addRow(row, label("frame.border"), border, tint);
            grid.addRow(row + 1, label("frame.verticalHeadlineLabel"), headline, vertical);
        } else if (subject instanceof Selection.Banner) {
            grid.add(label("frame.bannerText"), 0, row);
            grid.add(slogan, 1, row, 3, 1);
            grid.addRow(row + 1, new Label(), tint, rules);
        }
    }

    /** Runs {@code changed} whenever a choice changes, so the dialog can show the capacity of the new look. */
    void onChange(Runnable changed) {
        border.valueProperty().addListener((o, a, b) -> changed.run());
        headline.valueProperty().addListener((o, a, b) -> changed.run());
        for (CheckBox box : List.of(tint, vertical, rules)) {
            box.selectedProperty().addListener((o, a, b) -> changed.run());
        }
    }

    /** The story look as chosen. */
    StoryStyle storyStyle() {
        return new StoryStyle(border.getValue(), tint.isSelected(), headline.getValue(), vertical.isSelected());
    }

    /** {@code placed} (the page with the frame made up) with the chosen look given to the frame. */
    Page applyTo(FrameEditorModel model, Page placed, Selection subject, int part) {
        if (subject instanceof Selection.Story story) {
            return model.styled(placed, story, part, storyStyle());
        }
        if (subject instanceof Selection.Banner banner) {
            return model.bannerSet(placed, banner, slogan.getText().strip(), tint.isSelected(), rules.isSelected());
        }
        return placed;
    }

    private CheckBox check(String id, String key, boolean selected) {
        var box = new CheckBox(text.get(key));
        box.setId(id);
        box.setSelected(selected);
        return box;
    }

    private Label label(String key) {
        var label = new Label(text.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private <E extends Enum<E>> StringConverter<E> names(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : text.get(prefix + value.name());
            }

            @Override
            public E fromString(String string) {
                throw new UnsupportedOperationException("the list is not editable");
            }
        };
    }
}
