package org.recouvrement.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;

/**
 * A sum of money in one currency, exact to the currency's minor unit (the cent for the euro).
 *
 * <p>An {@code Amount} always holds exactly as many decimal places as its currency has minor digits: two for the
 * euro. Nothing rounds silently: {@link #of(BigDecimal, Currency)} refuses a value with more decimals than the
 * currency allows, and every operation that may produce such digits ({@link #multipliedBy(BigDecimal, RoundingMode)},
 * {@link #dividedBy(long, RoundingMode)}) takes an explicit {@link RoundingMode}. Addition and subtraction are exact.
 *
 * <p><b>Rounding rule of the library.</b> Where the law or a statement needs a rounded amount (an interest line, a
 * penalty), the library rounds each computed line to the cent with {@link #ROUNDING} ({@link RoundingMode#HALF_UP})
 * and totals are sums of rounded lines, so that a printed statement adds up.
 *
 * <p>Amounts of different currencies are never combined: doing so throws {@link CurrencyMismatchException}.
 * {@link #equals(Object)} is consistent with {@link #compareTo(Amount)}. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Amount invoice = Amount.euros("1250.00");
 * Amount paid = Amount.euros("250");
 * Amount due = invoice.minus(paid);          // EUR 1000.00
 * Amount parsed = Amount.parse("EUR 1000.00"); // equal to due
 * }</pre>
 */
public final class Amount implements Comparable<Amount> {

    /** The euro, the currency of every statutory regime the library knows. */
    public static final Currency EUR = Currency.getInstance("EUR");

    /** The one rounding mode the library applies when the law requires a rounded amount. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private final BigDecimal value;
    private final Currency currency;

    private Amount(BigDecimal value, Currency currency) {
        this.value = value;
        this.currency = currency;
    }

    /**
     * Returns an amount, refusing a value more precise than the currency's minor unit.
     *
     * @param value the value, for example {@code 1250.5}; trailing zeros beyond the minor unit are accepted
     * @param currency the currency, which must have a minor unit (not a pseudo-currency such as XAU)
     * @return the amount, scaled to the currency's minor unit
     * @throws InvalidValueException if the value has more significant decimals than the currency allows
     */
    public static Amount of(BigDecimal value, Currency currency) {
        requirePresent(value, "value");
        int digits = minorDigits(currency);
        BigDecimal scaled;
        try {
            scaled = value.setScale(digits, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidValueException("value", value.toPlainString(),
                    "has more than " + digits + " decimal places for " + currency.getCurrencyCode()
                            + "; round it explicitly with Amount.of(value, currency, roundingMode)");
        }
        return new Amount(scaled, currency);
    }

    /**
     * Returns an amount rounded to the currency's minor unit with the given rounding mode.
     *
     * @param value the value
     * @param currency the currency
     * @param rounding how to round digits beyond the minor unit
     * @return the rounded amount
     */
    public static Amount of(BigDecimal value, Currency currency, RoundingMode rounding) {
        requirePresent(value, "value");
        requirePresent(rounding, "rounding");
        return new Amount(value.setScale(minorDigits(currency), rounding), currency);
    }

    /**
     * Returns an amount in euros.
     *
     * @param value the value in euros, at most two decimals
     * @return the amount
     * @throws InvalidValueException if the value has more than two significant decimals
     */
    public static Amount euros(BigDecimal value) {
        return of(value, EUR);
    }

    /**
     * Returns an amount in euros from its decimal text, such as {@code "1250.00"} or {@code "-12.5"}.
     *
     * @param value the value in euros, with a dot as decimal separator and no grouping
     * @return the amount
     * @throws InvalidValueException if the text is not a decimal number or has more than two decimals
     */
    public static Amount euros(String value) {
        return of(decimal("value", value), EUR);
    }

    /**
     * Returns a whole number of euros.
     *
     * @param value the number of euros
     * @return the amount
     */
    public static Amount euros(long value) {
        return of(BigDecimal.valueOf(value), EUR);
    }

    /**
     * Returns zero in the given currency.
     *
     * @param currency the currency
     * @return a zero amount
     */
    public static Amount zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /**
     * Parses the form produced by {@link #toString()}: the ISO 4217 code, one space, the plain decimal value
     * ({@code "EUR 1250.00"}).
     *
     * @param text the text to parse
     * @return the amount
     * @throws InvalidValueException if the text does not have that form
     */
    public static Amount parse(CharSequence text) {
        requirePresent(text, "text");
        String s = text.toString();
        int space = s.indexOf(' ');
        if (space != 3 || s.length() < 5) {
            throw new InvalidValueException("text", "'" + s + "'", "is not of the form 'EUR 1250.00'");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(s.substring(0, 3));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("text", "'" + s + "'", "does not start with an ISO 4217 currency code");
        }
        return of(decimal("text", s.substring(4)), currency);
    }

    /**
     * Returns the value, with exactly the currency's number of minor digits.
     *
     * @return the value
     */
    public BigDecimal value() {
        return value;
    }

    /**
     * Returns the currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the sum of this amount and another, exactly.
     *
     * @param other the amount to add, in the same currency
     * @return the sum
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Amount plus(Amount other) {
        checkSameCurrency(other);
        return new Amount(value.add(other.value), currency);
    }

    /**
     * Returns this amount minus another, exactly.
     *
     * @param other the amount to subtract, in the same currency
     * @return the difference, possibly negative
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Amount minus(Amount other) {
        checkSameCurrency(other);
        return new Amount(value.subtract(other.value), currency);
    }

    /**
     * Returns this amount multiplied by a whole number, exactly.
     *
     * @param factor the factor
     * @return the product
     */
    public Amount multipliedBy(long factor) {
        return new Amount(value.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /**
     * Returns this amount multiplied by a decimal factor, rounded to the minor unit.
     *
     * @param factor the factor
     * @param rounding how to round the product
     * @return the rounded product
     */
    public Amount multipliedBy(BigDecimal factor, RoundingMode rounding) {
        requirePresent(factor, "factor");
        return of(value.multiply(factor), currency, rounding);
    }

    /**
     * Returns this amount divided by a whole number, rounded to the minor unit.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round the quotient
     * @return the rounded quotient
     * @throws InvalidValueException if the divisor is zero
     */
    public Amount dividedBy(long divisor, RoundingMode rounding) {
        if (divisor == 0) {
            throw new InvalidValueException("divisor", 0, "must not be zero");
        }
        requirePresent(rounding, "rounding");
        return new Amount(value.divide(BigDecimal.valueOf(divisor), value.scale(), rounding), currency);
    }

    /**
     * Splits this amount into equal parts to the minor unit, the remainder going to the last part, so that the parts
     * add up exactly to this amount (as a payment plan's instalments must).
     *
     * @param parts the number of parts, at least one
     * @return the parts, in order; all equal except possibly the last
     * @throws InvalidValueException if {@code parts} is less than one
     */
    public List<Amount> splitEvenly(int parts) {
        if (parts < 1) {
            throw new InvalidValueException("parts", parts, "must be at least 1");
        }
        Amount share = dividedBy(parts, RoundingMode.DOWN);
        List<Amount> result = new ArrayList<>(Collections.nCopies(parts - 1, share));
        result.add(minus(share.multipliedBy(parts - 1L)));
        return List.copyOf(result);
    }

    /**
     * Returns the opposite amount.
     *
     * @return the negated amount
     */
    public Amount negated() {
        return new Amount(value.negate(), currency);
    }

    /**
     * Returns the absolute amount.
     *
     * @return this amount if positive or zero, else its negation
     */
    public Amount abs() {
        return isNegative() ? negated() : this;
    }

    /**
     * Tells whether this amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return value.signum() == 0;
    }

    /**
     * Tells whether this amount is strictly positive.
     *
     * @return true if greater than zero
     */
    public boolean isPositive() {
        return value.signum() > 0;
    }

    /**
     * Tells whether this amount is strictly negative.
     *
     * @return true if less than zero
     */
    public boolean isNegative() {
        return value.signum() < 0;
    }

    /**
     * Tells whether this amount is greater than another.
     *
     * @param other the amount to compare with, in the same currency
     * @return true if strictly greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Amount other) {
        return compareTo(other) > 0;
    }

    /**
     * Tells whether this amount is less than another.
     *
     * @param other the amount to compare with, in the same currency
     * @return true if strictly less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Amount other) {
        return compareTo(other) < 0;
    }

    /**
     * Returns the smaller of this amount and another.
     *
     * @param other the other amount, in the same currency
     * @return the smaller amount (this one if equal)
     */
    public Amount min(Amount other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Returns the greater of this amount and another.
     *
     * @param other the other amount, in the same currency
     * @return the greater amount (this one if equal)
     */
    public Amount max(Amount other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Compares two amounts of the same currency by value.
     *
     * @param other the amount to compare with
     * @return a negative number, zero or a positive number
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Amount other) {
        checkSameCurrency(other);
        return value.compareTo(other.value);
    }

    /**
     * Tells whether another object is an amount of the same currency and value.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Amount other && currency.equals(other.currency) && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + value.hashCode();
    }

    /**
     * Returns the currency code, a space and the plain value: {@code "EUR 1250.00"}. {@link #parse(CharSequence)}
     * reads it back. This is a technical form; letters format amounts for their locale.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + value.toPlainString();
    }

    private void checkSameCurrency(Amount other) {
        requirePresent(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    private static int minorDigits(Currency currency) {
        requirePresent(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new InvalidValueException("currency", currency.getCurrencyCode(), "has no minor unit");
        }
        return digits;
    }

    private static BigDecimal decimal(String field, String text) {
        requirePresent(text, field);
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "'" + text + "'", "is not a decimal number");
        }
    }

    private static void requirePresent(Object value, String name) {
        Checks.present(value, name);
    }
}
