package org.recouvrement.party;

import org.recouvrement.internal.Checks;

/**
 * A SIRET: the fourteen-digit number of one establishment of a French business, its SIREN followed by a five-digit
 * establishment number (NIC), valid by the Luhn check over the fourteen digits.
 *
 * <p>La Poste's establishments (SIREN 356 000 000) are numbered beyond what the Luhn key allows; INSEE validates
 * them by another rule, which this class applies: the sum of the fourteen digits is a multiple of 5. La Poste's head
 * office, {@code 356 000 000 00048}, keeps the ordinary Luhn key (as python-stdnum and the public Sirene directory
 * show). Note that the digit-sum rule, unlike Luhn, does not catch every single-digit error: changing one digit of
 * a La Poste establishment number by five keeps the sum a multiple of five.
 */
public final class Siret {

    private static final String LA_POSTE = "356000000";
    private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private final String digits;

    private Siret(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a SIRET.
     *
     * @param text fourteen digits, spaces allowed
     * @return the SIRET
     * @throws InvalidIdentifierException if the text is not fourteen digits or the check fails
     */
    public static Siret parse(CharSequence text) {
        Checks.present(text, "text");
        String digits = Luhn.compact(text);
        if (!Luhn.isDigits(digits, 14)) {
            throw new InvalidIdentifierException("SIRET", text.toString(), "is not fourteen digits");
        }
        if (!checks(digits)) {
            throw new InvalidIdentifierException("SIRET", text.toString(), digits.startsWith(LA_POSTE)
                    ? "has a digit sum that is not a multiple of 5 (rule for La Poste's SIREN 356000000)"
                    : "fails the Luhn check digit");
        }
        return new Siret(digits);
    }

    /**
     * Tells whether a text is a valid SIRET.
     *
     * @param text the text
     * @return true if {@link #parse(CharSequence)} would accept it
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        String digits = Luhn.compact(text);
        return Luhn.isDigits(digits, 14) && checks(digits);
    }

    private static boolean checks(String digits) {
        if (digits.startsWith(LA_POSTE) && !digits.equals(LA_POSTE_HEAD_OFFICE)) {
            int sum = 0;
            for (int i = 0; i < digits.length(); i++) {
                sum += digits.charAt(i) - '0';
            }
            return sum % 5 == 0;
        }
        return Luhn.isValid(digits);
    }

    /**
     * Returns the SIREN of the business this establishment belongs to.
     *
     * @return the first nine digits as a SIREN
     */
    public Siren siren() {
        return Siren.parse(digits.substring(0, 9));
    }

    /**
     * Returns the establishment number (NIC).
     *
     * @return the last five digits
     */
    public String establishmentNumber() {
        return digits.substring(9);
    }

    /**
     * Returns the fourteen digits.
     *
     * @return the digits, without spaces
     */
    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Siret other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * Returns the fourteen digits.
     *
     * @return the digits
     */
    @Override
    public String toString() {
        return digits;
    }
}
