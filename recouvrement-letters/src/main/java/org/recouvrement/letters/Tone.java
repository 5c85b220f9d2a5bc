package org.recouvrement.letters;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tone of a letter, which selects a variant of its template: {@link #STANDARD} ships with the library; an
 * integrator may add others (a warmer {@code "cordial"} reminder for loyal customers, say) by placing templates named
 * {@code <kind>.<tone>.<language>.mustache} in their template location. A letter whose tone has no template of its
 * own falls back to the standard one.
 *
 * <p>Immutable; equal when the names are equal.
 */
public final class Tone {

    /** The tone of the templates shipped with the library. */
    public static final Tone STANDARD = new Tone("standard");

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final String name;

    private Tone(String name) {
        this.name = name;
    }

    /**
     * Returns the tone of the given name.
     *
     * @param name lower-case letters, digits and hyphens, starting with a letter, at most 32 characters (it becomes
     *     part of a file name)
     * @return the tone
     * @throws InvalidLetterException if the name does not have that form
     */
    public static Tone of(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidLetterException("tone", "'" + name + "'",
                    "is not lower-case letters, digits and hyphens starting with a letter, at most 32 characters");
        }
        return name.equals(STANDARD.name) ? STANDARD : new Tone(name);
    }

    /**
     * Returns the name, as it appears in template file names.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Tone other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
