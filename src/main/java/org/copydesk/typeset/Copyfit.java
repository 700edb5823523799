package org.copydesk.typeset;

/**
 * How a story fits its frames: counted the newsroom way.
 *
 * @param articleId      the story
 * @param charactersSet  characters (字) set in its frames: Han characters and full-width marks one
 *                       each, a run of Latin letters or digits one word unit
 * @param linesUsed      body lines used
 * @param linesFree      body lines left empty in the last frame
 * @param oversetChars   characters that did not fit anywhere (超 N 字); 0 when it fits
 * @param overflowingPart the part whose frame overflows, or -1
 * @param codePointsSet  every character set, each Latin letter and digit counted alone (spaces not)
 * @param freeChars      room left, in body characters, in the lines left empty (差 N 字)
 */
public record Copyfit(String articleId, int charactersSet, int linesUsed, int linesFree,
                      int oversetChars, int overflowingPart, int codePointsSet, int freeChars) {

    /** The figures without the per-letter count and free characters (both then 0). */
    public Copyfit(String articleId, int charactersSet, int linesUsed, int linesFree,
                   int oversetChars, int overflowingPart) {
        this(articleId, charactersSet, linesUsed, linesFree, oversetChars, overflowingPart, 0, 0);
    }

    public boolean overset() { return oversetChars > 0; }

    /** 超 N 字, 差 N 行, or 正好. */
    public String summaryZh() {
        if (oversetChars > 0) return "超 " + oversetChars + " 字";
        if (linesFree > 0) return "差 " + linesFree + " 行";
        return "正好";
    }

    public String summaryEn() {
        if (oversetChars > 0) return oversetChars + " characters over";
        if (linesFree > 0) return linesFree + " lines short";
        return "exact fit";
    }

    /** The free space in characters: 差 N 字 (超 N 字 when overset, 正好 when full). */
    public String freeSpaceCharsZh() {
        if (oversetChars > 0) return "超 " + oversetChars + " 字";
        if (freeChars > 0) return "差 " + freeChars + " 字";
        return "正好";
    }
}
