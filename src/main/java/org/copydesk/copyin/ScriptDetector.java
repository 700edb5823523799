package org.copydesk.copyin;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Says whether a text is mostly Simplified or mostly Traditional by counting the characters that
 * change under conversion one way but not the other (a Big5 file decoded into a Simplified paper
 * shows up as hundreds of 這, 們, 會).
 */
public final class ScriptDetector {
    /** For each character: +1 Simplified only, -1 Traditional only, 0 neither or ambiguous. */
    private final Map<Integer, Integer> leaning = new ConcurrentHashMap<>();
    private final ScriptConverter converter;
    private final HouseTable table;

    ScriptDetector(ScriptConverter converter, HouseTable table) {
        this.converter = converter;
        this.table = table;
    }

    public static ScriptDetector standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ScriptDetector STANDARD = new ScriptDetector(ScriptConverter.standard(), HouseTable.builtIn());
    }

    public ScriptDetection detect(String text) {
        int simplified = 0;
        int traditional = 0;
        for (int cp : text.codePoints().toArray()) {
            if (!CjkText.isHan(cp)) {
                continue;
            }
            int lean = leaning.computeIfAbsent(cp, this::lean);
            if (lean > 0) {
                simplified++;
            } else if (lean < 0) {
                traditional++;
            }
        }
        return new ScriptDetection(simplified, traditional);
    }

    private int lean(int cp) {
        if (table.isAmbiguous(cp)) {
            return 0;
        }
        boolean changesToTraditional = converter.convertOne(cp, Script.TRADITIONAL) != cp;
        boolean changesToSimplified = converter.convertOne(cp, Script.SIMPLIFIED) != cp;
        if (changesToTraditional == changesToSimplified) {
            return 0;
        }
        return changesToTraditional ? 1 : -1;
    }
}
