package org.recouvrement.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.InvalidValueException;
import org.recouvrement.testing.RecouvrementArbitraries;

class RateTest {

    @Test
    @DisplayName("ECB rate 0.25 % + 10 points = 10.25 % (C. com. L441-10; LEGAL-REFERENCE WE-19)")
    void ecbPlusTenPoints() {
        assertEquals(Rate.ofPercent("10.25"), Rate.ofPercent("0.25").plus(Rate.ofPercent("10")));
    }

    @Test
    @DisplayName("Floor: 3 × 2.62 % = 7.86 % (S1 2026; LEGAL-REFERENCE WE-20)")
    void threeTimesTheLegalRate() {
        assertEquals(Rate.ofPercent("7.86"), Rate.ofPercent("2.62").multipliedBy(3));
        assertTrue(Rate.ofPercent("7.86").isLessThan(Rate.ofPercent("12.15")));
    }

    @Test
    void equalityIgnoresTrailingZeros() {
        assertEquals(Rate.ofPercent("10.5"), Rate.ofPercent("10.50"));
        assertEquals(Rate.ofPercent("10.5").hashCode(), Rate.ofPercent("10.500").hashCode());
        assertEquals(Rate.ZERO, Rate.ofPercent("0.000"));
        assertEquals(new BigDecimal("0.1025"), Rate.ofPercent("10.25").fraction());
    }

    @Test
    void textForm() {
        assertEquals("12.50%", Rate.ofPercent("12.5").toString());
        assertEquals("10.25%", Rate.ofPercent("10.25").toString());
        assertEquals("0.125%", Rate.ofPercent("0.125").toString());
        assertEquals("10.00%", Rate.ofPercent("10").toString());
        assertEquals(Rate.ofPercent("12.5"), Rate.parse("12.50%"));
        assertThrows(InvalidValueException.class, () -> Rate.parse("12.5"));
        assertThrows(InvalidValueException.class, () -> Rate.ofPercent("twelve"));
    }

    @Provide
    Arbitrary<Rate> rates() {
        return RecouvrementArbitraries.rates();
    }

    @Property(tries = 300)
    void textFormRoundTrips(@ForAll("rates") Rate rate) {
        assertEquals(rate, Rate.parse(rate.toString()));
    }

    @Property(tries = 300)
    void additionIsExact(@ForAll("rates") Rate a, @ForAll("rates") Rate b) {
        assertEquals(0, a.plus(b).percent().compareTo(a.percent().add(b.percent())));
        assertEquals(a, a.plus(b).minus(b));
    }
}
