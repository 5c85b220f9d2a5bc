package org.recouvrement.interest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;

/**
 * Exact interest arithmetic on whole minor units (cents), without allocation on the usual path.
 *
 * <p>Interest of one line = base × rate × days / year length, rounded to the minor unit with
 * {@link Amount#ROUNDING}. Rates are held in millionths of a percent; the product is computed in a {@code long} when
 * it fits and with {@link BigDecimal} otherwise, with the same result.
 */
final class InterestMath {

    /** Marks a rate that cannot be held exactly in millionths of a percent. */
    static final long NOT_EXACT = -1L;

    private static final int UNIT_DIGITS = 6;
    private static final long MAX_UNITS = 1_000_000_000_000L;
    private static final long UNITS_PER_FRACTION = 100_000_000L;

    private InterestMath() {
    }

    /**
     * Returns a rate in millionths of a percent (14.5 % is 14,500,000), or {@link #NOT_EXACT}.
     *
     * @param rate the rate
     * @return the units, or {@code NOT_EXACT} for a negative rate, more than six decimals or a huge rate
     */
    static long units(Rate rate) {
        BigDecimal percent = rate.percent();
        if (percent.signum() < 0 || percent.scale() > UNIT_DIGITS) {
            return NOT_EXACT;
        }
        BigDecimal units = percent.movePointRight(UNIT_DIGITS);
        if (units.compareTo(BigDecimal.valueOf(MAX_UNITS)) > 0) {
            return NOT_EXACT;
        }
        return units.longValueExact();
    }

    /**
     * Returns the interest of one line in minor units, rounded half-up.
     *
     * @param base the base in minor units, not negative
     * @param units the rate in millionths of a percent, or {@link #NOT_EXACT}
     * @param rate the rate, used when {@code units} is {@code NOT_EXACT} or the product overflows
     * @param days the number of days, positive
     * @param yearDays the length of the year, 365 or 366
     * @return the interest in minor units
     */
    static long interest(long base, long units, Rate rate, int days, int yearDays) {
        if (base == 0L || units == 0L) {
            return 0L;
        }
        if (units > 0L) {
            long unitDays = units * days;
            if (base <= Long.MAX_VALUE / unitDays) {
                long numerator = base * unitDays;
                long denominator = UNITS_PER_FRACTION * yearDays;
                long quotient = numerator / denominator;
                long remainder = numerator % denominator;
                return remainder * 2 >= denominator ? quotient + 1 : quotient;
            }
        }
        return BigDecimal.valueOf(base).multiply(rate.percent()).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(100L * yearDays), 0, Amount.ROUNDING).longValueExact();
    }

    /**
     * Returns an amount in minor units.
     *
     * @param amount the amount
     * @param field the name to give in an error
     * @return the minor units
     * @throws InvalidInterestRequestException if the amount does not fit in a long
     */
    static long minor(Amount amount, String field) {
        try {
            return amount.value().unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInterestRequestException(field, amount, "is too large for an interest computation");
        }
    }

    /**
     * Returns the amount of a number of minor units.
     *
     * @param minor the minor units
     * @param currency the currency
     * @return the amount
     */
    static Amount amount(long minor, Currency currency) {
        return Amount.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency,
                RoundingMode.UNNECESSARY);
    }
}
