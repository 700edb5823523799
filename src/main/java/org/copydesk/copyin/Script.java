package org.copydesk.copyin;

/** The two ways of writing Chinese a story can be in. */
public enum Script {
    /** 简体, the mainland standard. */
    SIMPLIFIED("Hant-Hans"),
    /** 繁體. */
    TRADITIONAL("Hans-Hant");

    private final String transliteratorIntoThis;

    Script(String transliteratorIntoThis) {
        this.transliteratorIntoThis = transliteratorIntoThis;
    }

    /** ICU4J's id of the transliterator that converts text into this script. */
    String transliteratorId() {
        return transliteratorIntoThis;
    }

    public Script other() {
        return this == SIMPLIFIED ? TRADITIONAL : SIMPLIFIED;
    }
}
