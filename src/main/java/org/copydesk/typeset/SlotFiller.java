package org.copydesk.typeset;

import java.util.ArrayList;
import java.util.List;

/**
 * Flows a story's body, block by block and line by line, into the line slots of its frames: the
 * one loop behind horizontal text (grid rows of text columns) and vertical text (columns read right
 * to left). The loop decides what goes where and keeps the counts; how a line is drawn in its slot
 * is the caller's {@link LineMaker}. What does not fit in the last slot is overset, counted the
 * newsroom way ({@link TextLength}).
 */
final class SlotFiller {
    private SlotFiller() {
    }

    /** A place one line goes: the frame (story part) it is in and the measure a line there may take. */
    interface Slot {
        int part();

        double measure();
    }

    /** A block of the body as it is set. */
    interface Item {
        Passage passage();

        Alignment alignment();

        /** The first line's indent, in points, inside the measure. */
        double indent();

        /** Whether its characters count in the story's length (a reporter line does not). */
        boolean counted();
    }

    /** Draws one set line in its slot: a horizontal line on a grid row or a vertical column. */
    @FunctionalInterface
    interface LineMaker<S extends Slot> {
        void place(int item, PreparedPassage prepared, SetLine set, double indent, S slot);
    }

    /**
     * @param used       slots taken
     * @param chars      字数 set (counted items only)
     * @param codePoints code points set (counted items only)
     * @param overset    字数 that did not fit
     */
    record Filled(int used, int chars, int codePoints, int overset) {
    }

    /** Sets {@code items} into {@code slots} in order, one line a slot; empty items take no slot. */
    static <S extends Slot> Filled fill(Typesetter setter, List<? extends Item> items, List<S> slots,
                                        LineMaker<S> maker) {
        int used = 0;
        int chars = 0;
        int codePoints = 0;
        int overset = 0;
        for (int index = 0; index < items.size(); index++) {
            Item item = items.get(index);
            String text = item.passage().text();
            if (text.isEmpty()) {
                continue;
            }
            if (used >= slots.size()) {
                // No room left: count the block without preparing it for setting.
                overset += TextLength.of(text).zi();
                continue;
            }
            PreparedPassage prepared = setter.prepare(item.passage());
            boolean counted = item.counted();
            double measure = slots.get(used).measure();
            List<SetLine> kept = prepared.fitted(item.alignment(), item.indent(), measure);
            if (kept != null && allMeasure(slots, used, kept.size(), measure)) {
                // Set before in this measure, and every slot it takes has that measure: the same lines.
                for (int k = 0; k < kept.size(); k++) {
                    SetLine set = kept.get(k);
                    maker.place(index, prepared, set, k == 0 ? item.indent() : 0, slots.get(used++));
                    if (counted) {
                        chars += prepared.countChars(set.start(), set.end());
                        codePoints += prepared.countCodePoints(set.start(), set.end());
                    }
                }
                continue;
            }
            LineFitter fitter = new LineFitter(prepared, item.alignment(), item.indent());
            List<SetLine> lines = new ArrayList<>();
            boolean oneMeasure = true;
            while (!fitter.done()) {
                if (used >= slots.size()) {
                    overset += prepared.countChars(fitter.position(), prepared.length());
                    break;
                }
                S slot = slots.get(used++);
                double indent = fitter.indent();
                oneMeasure &= Double.compare(slot.measure(), measure) == 0;
                SetLine set = fitter.next(slot.measure());
                lines.add(set);
                maker.place(index, prepared, set, indent, slot);
                if (counted) {
                    chars += prepared.countChars(set.start(), set.end());
                    codePoints += prepared.countCodePoints(set.start(), set.end());
                }
            }
            if (fitter.done() && oneMeasure) {
                prepared.keepFit(item.alignment(), item.indent(), measure, lines);
            }
        }
        return new Filled(used, chars, codePoints, overset);
    }

    /** Whether the {@code count} slots from {@code from} exist and all have {@code measure}. */
    private static boolean allMeasure(List<? extends Slot> slots, int from, int count, double measure) {
        if (from + count > slots.size()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Double.compare(slots.get(i).measure(), measure) != 0) {
                return false;
            }
        }
        return true;
    }
}
