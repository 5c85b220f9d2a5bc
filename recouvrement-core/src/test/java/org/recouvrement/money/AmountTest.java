package org.recouvrement.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recouvrement.InvalidValueException;
import org.recouvrement.MissingValueException;

class AmountTest {

    @Test
    void holdsExactlyTheCurrencysMinorDigits() {
        assertEquals(new BigDecimal("1250.00"), Amount.euros("1250").value());
        assertEquals(new BigDecimal("12.50"), Amount.euros("12.5").value());
        assertEquals(new BigDecimal("12.50"), Amount.euros("12.5000").value());
        assertEquals(Amount.euros("12.5"), Amount.euros("12.50"));
        assertEquals(new BigDecimal("100"), Amount.of(new BigDecimal("100"), Currency.getInstance("JPY")).value());
    }

    @Test
    void refusesToRoundSilently() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> Amount.euros("10.005"));
        assertEquals("value", e.field());
        assertTrue(e.getMessage().contains("10.005"), e.getMessage());
        assertTrue(e.getMessage().contains("more than 2 decimal places for EUR"), e.getMessage());
        assertEquals(Amount.euros("10.01"), Amount.of(new BigDecimal("10.005"), Amount.EUR, RoundingMode.HALF_UP));
    }

    @Test
    void arithmeticIsExact() {
        assertEquals(Amount.euros("0.30"), Amount.euros("0.10").plus(Amount.euros("0.20")));
        assertEquals(Amount.euros("-0.10"), Amount.euros("0.10").minus(Amount.euros("0.20")));
        assertEquals(Amount.euros("120.00"), Amount.euros("40").multipliedBy(3));
        assertEquals(Amount.euros("256.25"), Amount.euros("10000").multipliedBy(new BigDecimal("0.025625"), RoundingMode.HALF_UP));
        assertEquals(Amount.euros("33.33"), Amount.euros("100").dividedBy(3, RoundingMode.HALF_UP));
        assertEquals(Amount.euros("5"), Amount.euros("-5").abs());
        assertEquals(Amount.euros("-5"), Amount.euros("5").negated());
    }

    @Test
    void splitsEvenlyWithTheRemainderOnTheLastPart() {
        List<Amount> parts = Amount.euros("100.00").splitEvenly(3);
        assertEquals(List.of(Amount.euros("33.33"), Amount.euros("33.33"), Amount.euros("33.34")), parts);
        assertEquals(List.of(Amount.euros("100")), Amount.euros("100").splitEvenly(1));
        assertThrows(InvalidValueException.class, () -> Amount.euros("100").splitEvenly(0));
    }

    @Test
    void refusesToMixCurrencies() {
        Amount usd = Amount.of(BigDecimal.TEN, Currency.getInstance("USD"));
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> Amount.euros(10).plus(usd));
        assertEquals(Amount.EUR, e.expected());
        assertEquals(Currency.getInstance("USD"), e.actual());
        assertThrows(CurrencyMismatchException.class, () -> Amount.euros(10).compareTo(usd));
        assertNotEquals(Amount.euros(10), usd);
    }

    @Test
    void comparesByValue() {
        assertTrue(Amount.euros("5000.01").isGreaterThan(Amount.euros("5000")));
        assertFalse(Amount.euros("5000.00").isGreaterThan(Amount.euros("5000")));
        assertTrue(Amount.euros("-1").isNegative());
        assertTrue(Amount.zero(Amount.EUR).isZero());
        assertEquals(Amount.euros(3), Amount.euros(3).min(Amount.euros(4)));
        assertEquals(Amount.euros(4), Amount.euros(3).max(Amount.euros(4)));
    }

    @Test
    void parsesItsOwnTextForm() {
        assertEquals("EUR 1250.00", Amount.euros("1250").toString());
        assertEquals(Amount.euros("1250"), Amount.parse("EUR 1250.00"));
        assertEquals(Amount.euros("-0.01"), Amount.parse("EUR -0.01"));
        assertThrows(InvalidValueException.class, () -> Amount.parse("1250 EUR"));
        assertThrows(InvalidValueException.class, () -> Amount.parse("XYZ 12.00"));
        assertThrows(InvalidValueException.class, () -> Amount.parse("EUR twelve"));
        assertThrows(InvalidValueException.class, () -> Amount.euros("1 250"));
    }

    @Test
    void namesAMissingArgument() {
        MissingValueException e = assertThrows(MissingValueException.class, () -> Amount.of(null, Amount.EUR));
        assertEquals("value", e.field());
        assertThrows(MissingValueException.class, () -> Amount.euros(1).plus(null));
    }
}
