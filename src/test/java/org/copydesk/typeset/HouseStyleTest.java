package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.copydesk.fonts.FontCatalogue;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.EditionContent;
import org.junit.jupiter.api.Test;

class HouseStyleTest {

    @Test
    void everyRoleHasAStyle() {
        Map<LineRole, TextStyle> styles = new EnumMap<>(HouseStyle.newspaper().styles());
        styles.remove(LineRole.CAPTION);
        assertThatThrownBy(() -> new HouseStyle(styles, FontFace.SERIF_BOLD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CAPTION");
    }

    @Test
    void theComposerSetsEachRoleInTheFaceTheStyleGivesIt() {
        Map<LineRole, TextStyle> styles = new EnumMap<>(HouseStyle.newspaper().styles());
        TextStyle body = styles.get(LineRole.BODY);
        styles.put(LineRole.BODY, new TextStyle(FontFace.SANS, body.pitch(), body.indentEms(), body.alignment()));
        HouseStyle sansBody = new HouseStyle(styles, FontFace.SANS_BOLD);
        EditionContent sample = SampleEditions.fullBroadsheet();
        PageComposer composer = new NewspaperComposer(FontCatalogue.bundled(), sansBody);

        assertThat(composer.houseStyle()).isEqualTo(sansBody);
        List<FontFace> bodyFaces = composer.compose(sample, 1).frames().stream()
                .flatMap(frame -> frame.lines().stream())
                .filter(line -> line.role() == LineRole.BODY)
                .flatMap(line -> line.runs().stream())
                .map(GlyphRun::face)
                .distinct().toList();
        assertThat(bodyFaces).isNotEmpty().allMatch(face -> face == FontFace.SANS || face == FontFace.SANS_BOLD);
    }
}
