/**
 * Money and rates: {@link org.recouvrement.money.Amount} (a sum in one currency, exact to the cent) and
 * {@link org.recouvrement.money.Rate} (an annual percentage).
 *
 * <p>The library's one rounding rule: a computed amount that needs rounding (an interest line, a penalty) is rounded
 * to the cent {@link java.math.RoundingMode#HALF_UP half-up}, line by line; totals are exact sums of rounded lines.
 * Nothing else rounds, and nothing converts currencies.
 */
package org.recouvrement.money;
