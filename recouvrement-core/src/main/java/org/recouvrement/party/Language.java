package org.recouvrement.party;

/**
 * The language a party is written to in. French is the default; Dutch and English serve Belgian and cross-border
 * cases.
 */
public enum Language {
    /** French. */
    FRENCH("fr"),
    /** Dutch. */
    DUTCH("nl"),
    /** English. */
    ENGLISH("en"),
    /** German (the third official language of Belgium). */
    GERMAN("de");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /**
     * Returns the IETF BCP 47 language tag.
     *
     * @return the tag, such as {@code "fr"}
     */
    public String tag() {
        return tag;
    }
}
