package org.recouvrement.money;

import java.math.BigDecimal;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;

/**
 * An annual interest rate, held exactly as a percentage: {@code Rate.ofPercent("10.25")} is 10.25 % a year.
 *
 * <p>Statutory rates are published as percentages with at most two decimals (French legal rate 2,62 %, ECB main
 * refinancing rate 2,15 %), and the law combines them by addition (ECB rate + 10 points, C. com. art. L441-10) or
 * multiplication by a whole number (three times the legal rate). Those operations are exact here. Two rates are
 * equal when their percentages are numerically equal ({@code 10.5 %} equals {@code 10.50 %}), consistently with
 * {@link #compareTo(Rate)}. Immutable and thread-safe.
 */
public final class Rate implements Comparable<Rate> {

    /** Zero percent. */
    public static final Rate ZERO = new Rate(BigDecimal.ZERO);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final BigDecimal percent;

    private Rate(BigDecimal percent) {
        this.percent = percent;
    }

    /**
     * Returns the rate of the given percentage.
     *
     * @param percent the annual percentage, for example {@code 10.25} for 10.25 %
     * @return the rate
     */
    public static Rate ofPercent(BigDecimal percent) {
        Checks.present(percent, "percent");
        BigDecimal normalised = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
        if (normalised.scale() < 0) {
            normalised = normalised.setScale(0);
        }
        return new Rate(normalised);
    }

    /**
     * Returns the rate of the given percentage, written with a dot as decimal separator.
     *
     * @param percent the annual percentage as text, for example {@code "10.25"}
     * @return the rate
     * @throws InvalidValueException if the text is not a decimal number
     */
    public static Rate ofPercent(String percent) {
        Checks.present(percent, "percent");
        try {
            return ofPercent(new BigDecimal(percent));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("percent", "'" + percent + "'", "is not a decimal number");
        }
    }

    /**
     * Parses the form produced by {@link #toString()}, such as {@code "10.25%"}.
     *
     * @param text the text to parse
     * @return the rate
     * @throws InvalidValueException if the text does not have that form
     */
    public static Rate parse(CharSequence text) {
        Checks.present(text, "text");
        String s = text.toString();
        if (!s.endsWith("%")) {
            throw new InvalidValueException("text", "'" + s + "'", "is not of the form '10.25%'");
        }
        return ofPercent(s.substring(0, s.length() - 1));
    }

    /**
     * Returns the percentage: {@code 10.25} for 10.25 %.
     *
     * @return the percentage, without trailing zeros
     */
    public BigDecimal percent() {
        return percent;
    }

    /**
     * Returns the rate as a fraction: {@code 0.1025} for 10.25 %.
     *
     * @return the fraction, exact
     */
    public BigDecimal fraction() {
        return percent.divide(HUNDRED);
    }

    /**
     * Returns this rate plus a number of percentage points, as in "ECB rate + 10 points".
     *
     * @param other the rate to add
     * @return the sum
     */
    public Rate plus(Rate other) {
        Checks.present(other, "other");
        return ofPercent(percent.add(other.percent));
    }

    /**
     * Returns this rate minus another.
     *
     * @param other the rate to subtract
     * @return the difference, possibly negative
     */
    public Rate minus(Rate other) {
        Checks.present(other, "other");
        return ofPercent(percent.subtract(other.percent));
    }

    /**
     * Returns this rate multiplied by a whole number, as in "three times the legal rate".
     *
     * @param factor the factor
     * @return the product
     */
    public Rate multipliedBy(int factor) {
        return ofPercent(percent.multiply(BigDecimal.valueOf(factor)));
    }

    /**
     * Tells whether this rate is strictly below another.
     *
     * @param other the rate to compare with
     * @return true if lower
     */
    public boolean isLessThan(Rate other) {
        return compareTo(other) < 0;
    }

    /**
     * Tells whether this rate is strictly above another.
     *
     * @param other the rate to compare with
     * @return true if higher
     */
    public boolean isGreaterThan(Rate other) {
        return compareTo(other) > 0;
    }

    /**
     * Returns the higher of this rate and another.
     *
     * @param other the other rate
     * @return the higher rate (this one if equal)
     */
    public Rate max(Rate other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Tells whether this rate is negative.
     *
     * @return true if below zero
     */
    public boolean isNegative() {
        return percent.signum() < 0;
    }

    @Override
    public int compareTo(Rate other) {
        Checks.present(other, "other");
        return percent.compareTo(other.percent);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rate other && percent.equals(other.percent);
    }

    @Override
    public int hashCode() {
        return percent.hashCode();
    }

    /**
     * Returns the percentage with at least two decimals and a percent sign: {@code "10.25%"}, {@code "12.50%"}.
     * {@link #parse(CharSequence)} reads it back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        BigDecimal shown = percent.scale() < 2 ? percent.setScale(2) : percent;
        return shown.toPlainString() + "%";
    }
}
