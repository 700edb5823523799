package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.copydesk.fonts.FontFace;
import org.copydesk.model.LineBreakRules;
import org.junit.jupiter.api.Test;

/**
 * The one loop that flows a body into line slots: a line a slot in order, the first line indented,
 * what is left after the last slot counted as overset, uncounted items (a reporter line) outside
 * the story's length.
 */
class SlotFillerTest {
    private static final double SIZE = TypesetFixtures.SIZE;

    private record Slot(int part, double measure) implements SlotFiller.Slot {
    }

    private record Item(Passage passage, Alignment alignment, double indent, boolean counted) implements SlotFiller.Item {
        static Item of(String text, double indentEms, boolean counted) {
            return new Item(Passage.plain(text, SIZE, FontFace.SERIF), Alignment.JUSTIFY, indentEms * SIZE, counted);
        }
    }

    private record Placed(int item, String text, double indent, Slot slot) {
    }

    private final Typesetter setter = new Typesetter(TypesetFixtures.FONTS, TypesetFixtures.BREAKS, LineBreakRules.STRICT);

    @Test
    void eachLineTakesTheNextSlotAndOnlyCountedItemsAddToTheLength() {
        List<Item> items = List.of(Item.of("本报记者 王晓明", 0, false), Item.of("", 2, true),
                Item.of("江澜二桥今晨通车，两岸往来只需八分钟。", 2, true));
        List<Slot> slots = List.of(new Slot(0, 10 * SIZE), new Slot(0, 10 * SIZE), new Slot(1, 8 * SIZE), new Slot(1, 8 * SIZE));
        List<Placed> placed = new ArrayList<>();

        SlotFiller.Filled filled = SlotFiller.fill(setter, items, slots, (index, prepared, set, indent, slot) ->
                placed.add(new Placed(index, text(prepared, set), indent, slot)));

        assertThat(placed).extracting(Placed::item).containsExactly(0, 2, 2, 2);
        assertThat(placed).extracting(Placed::slot).containsExactlyElementsOf(slots);
        assertThat(placed.get(0).text()).isEqualTo("本报记者 王晓明");
        assertThat(placed.get(1).indent()).isEqualTo(2 * SIZE);
        assertThat(placed.get(2).indent()).isZero();
        assertThat(String.join("", placed.subList(1, 4).stream().map(Placed::text).toList()))
                .isEqualTo("江澜二桥今晨通车，两岸往来只需八分钟。");
        assertThat(filled.used()).isEqualTo(4);
        assertThat(filled.chars()).isEqualTo(19);
        assertThat(filled.overset()).isZero();
    }

    @Test
    void whatDoesNotFitIsOversetCountedTheNewsroomWay() {
        List<Item> items = List.of(Item.of("江澜二桥今晨通车两岸往来只需八分钟", 0, true),
                Item.of("新版APP上线1,200项服务。", 0, true));
        List<Slot> slots = List.of(new Slot(0, 10 * SIZE));

        SlotFiller.Filled filled = SlotFiller.fill(setter, items, slots, (index, prepared, set, indent, slot) -> { });

        assertThat(filled.used()).isEqualTo(1);
        assertThat(filled.chars()).isEqualTo(10);
        // 7 of the first paragraph, and the whole second one as TextLength counts it (APP and 1,200 one each).
        assertThat(filled.overset()).isEqualTo(7 + 10);
        assertThat(TextLength.of("新版APP上线1,200项服务。").zi()).isEqualTo(10);
    }

    private static String text(PreparedPassage prepared, SetLine set) {
        StringBuilder sb = new StringBuilder();
        for (int k = set.start(); k < set.end(); k++) {
            sb.appendCodePoint(prepared.cps[k]);
        }
        return sb.toString();
    }
}
