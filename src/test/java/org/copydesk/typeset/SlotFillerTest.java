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

    /**
     * A paragraph set before in one measure is placed from its kept lines (a story set again after a
     * keystroke); into slots of that measure, of another, of mixed measures or too few, the fill is
     * the fill of a setter that keeps nothing.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            the same measure,       10, 10, 10, 10, 10, 10, 10, 10
            another measure,        12, 12, 12, 12, 12, 12, 12, 12
            two measures,           10, 10, 10,  8,  8,  8,  8,  8
            too few slots,          10, 10
            """)
    void keptLinesFillAsASettingDoes(String slotsAre, @org.junit.jupiter.params.aggregator.AggregateWith(Measures.class)
            List<Slot> slots) {
        var keeping = new Typesetter(TypesetFixtures.FONTS, TypesetFixtures.BREAKS, LineBreakRules.STRICT,
                new PreparedPassages());
        List<Item> items = List.of(Item.of("本报记者 王晓明", 0, false),
                Item.of("江澜二桥今晨通车，两岸往来只需八分钟，比轮渡快了四十分钟。", 2, true),
                Item.of("大桥全长一千二百米。", 2, true));
        List<Slot> first = List.of(new Slot(0, 10 * SIZE), new Slot(0, 10 * SIZE), new Slot(0, 10 * SIZE),
                new Slot(0, 10 * SIZE), new Slot(0, 10 * SIZE), new Slot(0, 10 * SIZE), new Slot(0, 10 * SIZE));
        SlotFiller.fill(keeping, items, first, (index, prepared, set, indent, slot) -> { });

        List<Placed> kept = new ArrayList<>();
        SlotFiller.Filled fromKept = SlotFiller.fill(keeping, items, slots, (index, prepared, set, indent, slot) ->
                kept.add(new Placed(index, text(prepared, set), indent, slot)));
        List<Placed> set = new ArrayList<>();
        SlotFiller.Filled fresh = SlotFiller.fill(setter, items, slots, (index, prepared, line, indent, slot) ->
                set.add(new Placed(index, text(prepared, line), indent, slot)));

        assertThat(kept).as(slotsAre).isEqualTo(set);
        assertThat(fromKept).isEqualTo(fresh);
    }

    /** Slots from measures in ems, all in part 0. */
    static final class Measures implements org.junit.jupiter.params.aggregator.ArgumentsAggregator {
        @Override
        public Object aggregateArguments(org.junit.jupiter.params.aggregator.ArgumentsAccessor arguments,
                                         org.junit.jupiter.api.extension.ParameterContext context) {
            List<Slot> slots = new ArrayList<>();
            for (int i = 1; i < arguments.size(); i++) {
                slots.add(new Slot(0, arguments.getDouble(i) * SIZE));
            }
            return slots;
        }
    }

    private static String text(PreparedPassage prepared, SetLine set) {
        StringBuilder sb = new StringBuilder();
        for (int k = set.start(); k < set.end(); k++) {
            sb.appendCodePoint(prepared.cps[k]);
        }
        return sb.toString();
    }
}
