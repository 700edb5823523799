package org.copydesk.model;

/**
 * A page's 校次: which proof of it the desk is reading. 初校 the first proof, 二校 and 三校 the
 * rounds after corrections, 清样 the clean proof the signer reads last.
 */
public enum ProofRound implements Stage {
    /** 初校 */
    FIRST,
    /** 二校 */
    SECOND,
    /** 三校 */
    THIRD,
    /** 清样 */
    CLEAN;

    @Override
    public Kind kind() {
        return Kind.PAGE;
    }

    /** The round a desk word names: {@code first}, {@code second}, {@code third}, {@code clean}, 初校, 二校, 三校, 清样. */
    public static java.util.Optional<ProofRound> fromWord(String word) {
        String w = word.strip().toUpperCase(java.util.Locale.ROOT);
        return java.util.Optional.ofNullable(switch (w) {
            case "FIRST", "初校", "一校" -> FIRST;
            case "SECOND", "二校" -> SECOND;
            case "THIRD", "三校" -> THIRD;
            case "CLEAN", "清样" -> CLEAN;
            default -> null;
        });
    }

    /** The word the command line prints: {@code first}, {@code second}, {@code third}, {@code clean}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
