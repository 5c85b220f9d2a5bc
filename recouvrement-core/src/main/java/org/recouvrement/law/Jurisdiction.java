package org.recouvrement.law;

/**
 * The legal order a rule belongs to.
 */
public enum Jurisdiction {
    /** French law. */
    FRANCE,
    /** Belgian law. */
    BELGIUM,
    /** European Union law (regulations and directives), applicable in the member states. */
    EUROPEAN_UNION
}
