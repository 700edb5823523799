package org.copydesk.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.copydesk.typeset.VerticalForms;

/** Writes a ToUnicode CMap (Adobe technical note 5411) for two-byte CIDs. */
final class ToUnicodeCMap {
    /** A bfchar block may hold at most 100 entries. */
    private static final int BLOCK = 100;

    private ToUnicodeCMap() {
    }

    static String write(SortedMap<Integer, Integer> cidToCodePoint) {
        StringBuilder out = new StringBuilder(64 + cidToCodePoint.size() * 20);
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(cidToCodePoint.entrySet());
        for (int start = 0; start < entries.size(); start += BLOCK) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(start, Math.min(entries.size(), start + BLOCK));
            out.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                out.append(String.format(Locale.ROOT, "<%04X> <", e.getKey()));
                // A vertical column's marks are copied and searched as the horizontal ones.
                for (char c : Character.toChars(VerticalForms.horizontalOf(e.getValue()))) {
                    out.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                out.append(">\n");
            }
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return out.toString();
    }
}
