package org.recouvrement.party;

import org.recouvrement.internal.Checks;

/**
 * A SIREN: the nine-digit number identifying a French business or legal entity in the Sirene register (INSEE), whose
 * last digit is a Luhn check digit.
 *
 * <p>{@link #parse(CharSequence)} accepts the number with or without the usual spaces ({@code "542 051 180"});
 * {@link #toString()} returns the nine digits. Immutable; equal when the digits are equal.
 */
public final class Siren {

    private final String digits;

    private Siren(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a SIREN.
     *
     * @param text nine digits, spaces allowed
     * @return the SIREN
     * @throws InvalidIdentifierException if the text is not nine digits or the Luhn check fails
     */
    public static Siren parse(CharSequence text) {
        Checks.present(text, "text");
        String digits = Luhn.compact(text);
        if (!Luhn.isDigits(digits, 9)) {
            throw new InvalidIdentifierException("SIREN", text.toString(), "is not nine digits");
        }
        if (!Luhn.isValid(digits)) {
            throw new InvalidIdentifierException("SIREN", text.toString(), "fails the Luhn check digit");
        }
        return new Siren(digits);
    }

    /**
     * Tells whether a text is a valid SIREN.
     *
     * @param text the text
     * @return true if {@link #parse(CharSequence)} would accept it
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        String digits = Luhn.compact(text);
        return Luhn.isDigits(digits, 9) && Luhn.isValid(digits);
    }

    /**
     * Returns the nine digits.
     *
     * @return the digits, without spaces
     */
    public String digits() {
        return digits;
    }

    /**
     * Returns the number modulo 97, from which the French VAT key is computed.
     *
     * @return {@code SIREN mod 97}
     */
    int mod97() {
        return (int) (Long.parseLong(digits) % 97);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Siren other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns the nine digits.
     *
     * @return the digits
     */
    @Override
    public String toString() {
        return digits;
    }
}
