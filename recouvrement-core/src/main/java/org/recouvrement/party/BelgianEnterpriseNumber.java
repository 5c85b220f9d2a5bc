package org.recouvrement.party;

import org.recouvrement.internal.Checks;

/**
 * A Belgian enterprise number (<i>numéro d'entreprise</i> / <i>ondernemingsnummer</i>) of the Crossroads Bank for
 * Enterprises (BCE/KBO): ten digits starting with 0 or 1, the last two being {@code 97 - (first eight mod 97)}.
 *
 * <p>{@link #parse(CharSequence)} accepts the plain digits, the dotted form {@code 0123.456.749}, spaces, and a
 * leading {@code BE}; {@link #toString()} returns the dotted form. Immutable; equal when the digits are equal.
 */
public final class BelgianEnterpriseNumber {

    private final String digits;

    private BelgianEnterpriseNumber(String digits) {
        this.digits = digits;
    }

    /**
     * Parses an enterprise number.
     *
     * @param text the number, as {@code 0417497106}, {@code 0417.497.106} or {@code BE 0417.497.106}
     * @return the number
     * @throws InvalidIdentifierException if the form or the check digits are wrong
     */
    public static BelgianEnterpriseNumber parse(CharSequence text) {
        Checks.present(text, "text");
        String digits = normalise(text);
        if (!Luhn.isDigits(digits, 10) || digits.charAt(0) > '1') {
            throw new InvalidIdentifierException("Belgian enterprise number", text.toString(),
                    "is not ten digits starting with 0 or 1");
        }
        if (!checks(digits)) {
            throw new InvalidIdentifierException("Belgian enterprise number", text.toString(),
                    "fails the check 97 - (first eight digits mod 97) = last two digits");
        }
        return new BelgianEnterpriseNumber(digits);
    }

    /**
     * Tells whether a text is a valid enterprise number.
     *
     * @param text the text
     * @return true if {@link #parse(CharSequence)} would accept it
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        String digits = normalise(text);
        return Luhn.isDigits(digits, 10) && digits.charAt(0) <= '1' && checks(digits);
    }

    private static String normalise(CharSequence text) {
        String compact = Luhn.compact(text).replace(".", "");
        return compact.startsWith("BE") ? compact.substring(2) : compact;
    }

    private static boolean checks(String digits) {
        long base = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return 97 - (int) (base % 97) == check;
    }

    /**
     * Returns the ten digits.
     *
     * @return the digits
     */
    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BelgianEnterpriseNumber other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns the dotted form, {@code 0417.497.106}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }
}
