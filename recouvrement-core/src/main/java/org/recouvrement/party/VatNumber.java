package org.recouvrement.party;

import java.util.Optional;
import org.recouvrement.internal.Checks;

/**
 * An EU VAT identification number: a two-letter country prefix and the national number.
 *
 * <p>French and Belgian numbers are verified completely: a French number is {@code FR}, a two-digit key equal to
 * {@code (12 + 3 × (SIREN mod 97)) mod 97}, and a valid SIREN; a Belgian number is {@code BE} and a valid
 * enterprise number. The few French numbers with an alphanumeric key are refused rather than accepted unchecked.
 * Numbers of other member states are checked for form only (prefix and 2 to 12 characters), which
 * {@link #isChecksumVerified()} reports.
 */
public final class VatNumber {

    private final String country;
    private final String number;
    private final boolean checksumVerified;

    private VatNumber(String country, String number, boolean checksumVerified) {
        this.country = country;
        this.number = number;
        this.checksumVerified = checksumVerified;
    }

    /**
     * Parses a VAT number, spaces and dots allowed.
     *
     * @param text the number, such as {@code "FR40303265045"} or {@code "BE 0417.497.106"}
     * @return the VAT number
     * @throws InvalidIdentifierException if the form or the check fails
     */
    public static VatNumber parse(CharSequence text) {
        Checks.present(text, "text");
        String compact = Luhn.compact(text).replace(".", "");
        if (compact.length() < 4 || !Character.isUpperCase(compact.charAt(0)) || !Character.isUpperCase(compact.charAt(1))
                || compact.charAt(0) > 'Z' || compact.charAt(1) > 'Z') {
            throw new InvalidIdentifierException("VAT number", text.toString(), "does not start with a country prefix");
        }
        String country = compact.substring(0, 2);
        String number = compact.substring(2);
        switch (country) {
            case "FR":
                return french(text.toString(), number);
            case "BE":
                if (!BelgianEnterpriseNumber.isValid(number)) {
                    throw new InvalidIdentifierException("VAT number", text.toString(),
                            "is not BE followed by a valid Belgian enterprise number");
                }
                return new VatNumber(country, number, true);
            default:
                if (!number.matches("[0-9A-Z+*]{2,12}")) {
                    throw new InvalidIdentifierException("VAT number", text.toString(),
                            "is not a country prefix followed by 2 to 12 letters or digits");
                }
                return new VatNumber(country, number, false);
        }
    }

    private static VatNumber french(String text, String number) {
        if (!Luhn.isDigits(number, 11)) {
            throw new InvalidIdentifierException("VAT number", text,
                    "is not FR followed by a two-digit key and a nine-digit SIREN");
        }
        if (!Siren.isValid(number.substring(2))) {
            throw new InvalidIdentifierException("VAT number", text, "does not contain a valid SIREN");
        }
        int key = Integer.parseInt(number.substring(0, 2));
        if (key != frenchKey(Siren.parse(number.substring(2)))) {
            throw new InvalidIdentifierException("VAT number", text, "has a key that is not (12 + 3 × (SIREN mod 97)) mod 97");
        }
        return new VatNumber("FR", number, true);
    }

    /**
     * Returns the French VAT number of a SIREN.
     *
     * @param siren the SIREN
     * @return the VAT number {@code FR} + key + SIREN
     */
    public static VatNumber ofFrench(Siren siren) {
        Checks.present(siren, "siren");
        int key = frenchKey(siren);
        return new VatNumber("FR", (key < 10 ? "0" : "") + key + siren.digits(), true);
    }

    /**
     * Returns the Belgian VAT number of an enterprise number.
     *
     * @param number the enterprise number
     * @return the VAT number {@code BE} + the ten digits
     */
    public static VatNumber ofBelgian(BelgianEnterpriseNumber number) {
        Checks.present(number, "number");
        return new VatNumber("BE", number.digits(), true);
    }

    private static int frenchKey(Siren siren) {
        return (12 + 3 * siren.mod97()) % 97;
    }

    /**
     * Returns the country prefix.
     *
     * @return the prefix, such as {@code "FR"} (Greece uses {@code "EL"})
     */
    public String countryPrefix() {
        return country;
    }

    /**
     * Returns the national part, after the prefix.
     *
     * @return the national number
     */
    public String nationalNumber() {
        return number;
    }

    /**
     * Tells whether the check digits were verified (French and Belgian numbers) or only the form.
     *
     * @return true if the number's checksum was verified
     */
    public boolean isChecksumVerified() {
        return checksumVerified;
    }

    /**
     * Returns the SIREN inside a French VAT number.
     *
     * @return the SIREN, or empty for another country
     */
    public Optional<Siren> siren() {
        return country.equals("FR") ? Optional.of(Siren.parse(number.substring(2))) : Optional.empty();
    }

    /**
     * Returns the enterprise number inside a Belgian VAT number.
     *
     * @return the enterprise number, or empty for another country
     */
    public Optional<BelgianEnterpriseNumber> belgianEnterpriseNumber() {
        return country.equals("BE") ? Optional.of(BelgianEnterpriseNumber.parse(number)) : Optional.empty();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof VatNumber other && country.equals(other.country) && number.equals(other.number);
    }

    @Override
    public int hashCode() {
        return 31 * country.hashCode() + number.hashCode();
    }

    /**
     * Returns the prefix and the national number without spaces, {@code "FR40303265045"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return country + number;
    }
}
