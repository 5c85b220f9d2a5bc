package org.recouvrement.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.Language;

/**
 * Dates and amounts written as a letter in a given language writes them, whatever the machine's default locale.
 *
 * <p>French follows the typography of the <i>Imprimerie nationale</i>: {@code "1er février 2026"},
 * {@code "14 février 2026"}, and {@code "1 250,00 €"} with a narrow no-break space (U+202F) between thousands and a
 * no-break space (U+00A0) before the euro sign, so that an amount never breaks across lines. Dutch (Belgium) writes
 * {@code "14 februari 2026"} and {@code "€ 1.250,00"}; English {@code "14 February 2026"} and
 * {@code "€1,250.00"}. The rules are written out here rather than taken from the JDK's locale data, whose
 * spaces and symbols vary between Java versions: the same letter must give the same bytes on every machine.
 */
public final class LetterFormatting {

    /** Narrow no-break space, the French thousands separator. */
    static final char NARROW_NO_BREAK_SPACE = '\u202f';
    /** No-break space, before the French currency sign. */
    static final char NO_BREAK_SPACE = '\u00a0';

    private static final Map<Language, String[]> MONTHS = Map.of(
            Language.FRENCH, new String[] {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"},
            Language.DUTCH, new String[] {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december"},
            Language.ENGLISH, new String[] {"January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"},
            Language.GERMAN, new String[] {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                "September", "Oktober", "November", "Dezember"});

    private LetterFormatting() {
    }

    /**
     * Writes a date in full, as in the body of a letter.
     *
     * @param date the date
     * @param language the letter's language
     * @return for example {@code "14 février 2026"}, {@code "1er mars 2026"}, {@code "14 February 2026"}
     */
    public static String date(LocalDate date, Language language) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(language, "language");
        String month = MONTHS.get(language)[date.getMonthValue() - 1];
        int day = date.getDayOfMonth();
        String dayText = language == Language.FRENCH && day == 1 ? "1er"
                : language == Language.GERMAN ? day + "." : Integer.toString(day);
        return dayText + " " + month + " " + date.getYear();
    }

    /**
     * Writes an amount with its currency, as in the body of a letter.
     *
     * @param amount the amount
     * @param language the letter's language
     * @return for example {@code "1 250,00 €"} (French), {@code "€ 1.250,00"} (Dutch), {@code "€1,250.00"} (English)
     */
    public static String amount(Amount amount, Language language) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(language, "language");
        String code = amount.currency().getCurrencyCode();
        String symbol = code.equals("EUR") ? "€" : code;
        BigDecimal value = amount.value();
        String sign = value.signum() < 0 ? "-" : "";
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        switch (language) {
            case FRENCH:
                return sign + group(whole, NARROW_NO_BREAK_SPACE) + decimals(',', fraction) + NO_BREAK_SPACE + symbol;
            case DUTCH:
                return symbol + NO_BREAK_SPACE + sign + group(whole, '.') + decimals(',', fraction);
            case GERMAN:
                return sign + group(whole, '.') + decimals(',', fraction) + NO_BREAK_SPACE + symbol;
            default:
                return sign + (symbol.equals("€") ? symbol : symbol + NO_BREAK_SPACE) + group(whole, ',')
                        + decimals('.', fraction);
        }
    }

    /**
     * Writes an annual rate as a percentage, as in the body of a letter.
     *
     * @param rate the rate
     * @param language the letter's language
     * @return for example {@code "12,15 %"} (French, with a narrow no-break space before the sign), {@code "12,15%"}
     *     (Dutch), {@code "12.15%"} (English)
     */
    public static String rate(Rate rate, Language language) {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(language, "language");
        BigDecimal percent = rate.percent();
        String plain = (percent.scale() < 2 ? percent.setScale(2) : percent).toPlainString();
        switch (language) {
            case FRENCH:
                return plain.replace('.', ',') + NARROW_NO_BREAK_SPACE + "%";
            case DUTCH:
                return plain.replace('.', ',') + "%";
            case GERMAN:
                return plain.replace('.', ',') + NO_BREAK_SPACE + "%";
            default:
                return plain + "%";
        }
    }

    private static String decimals(char separator, String fraction) {
        return fraction.isEmpty() ? "" : separator + fraction;
    }

    private static String group(String digits, char separator) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
