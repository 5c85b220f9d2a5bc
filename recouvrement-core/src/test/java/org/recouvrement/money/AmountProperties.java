package org.recouvrement.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.recouvrement.testing.RecouvrementArbitraries;

class AmountProperties {

    @Provide
    Arbitrary<Amount> euros() {
        return RecouvrementArbitraries.euros();
    }

    @Property(tries = 500)
    void additionIsAssociativeAndCommutative(@ForAll("euros") Amount a, @ForAll("euros") Amount b,
            @ForAll("euros") Amount c) {
        assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)));
        assertEquals(a.plus(b), b.plus(a));
    }

    @Property(tries = 500)
    void additionIsExact(@ForAll("euros") Amount a, @ForAll("euros") Amount b) {
        assertEquals(a.value().add(b.value()), a.plus(b).value());
        assertEquals(a, a.plus(b).minus(b));
    }

    @Property(tries = 500)
    void textFormRoundTrips(@ForAll("euros") Amount a) {
        assertEquals(a, Amount.parse(a.toString()));
    }

    @Property(tries = 300)
    void splittingConservesMoney(@ForAll("euros") Amount a, @ForAll @IntRange(min = 1, max = 60) int parts) {
        List<Amount> split = a.splitEvenly(parts);
        assertEquals(parts, split.size());
        Amount sum = Amount.zero(Amount.EUR);
        for (Amount part : split) {
            sum = sum.plus(part);
        }
        assertEquals(a, sum);
    }

    @Property(tries = 300)
    void equalsIsConsistentWithCompareTo(@ForAll("euros") Amount a, @ForAll("euros") Amount b) {
        assertEquals(a.compareTo(b) == 0, a.equals(b));
        assertEquals(Integer.signum(a.value().compareTo(b.value())), Integer.signum(a.compareTo(b)));
    }

    @Property(tries = 300)
    void wholeMultiplicationIsRepeatedAddition(@ForAll("euros") Amount a, @ForAll @IntRange(min = 0, max = 12) int n) {
        Amount sum = Amount.zero(Amount.EUR);
        for (int i = 0; i < n; i++) {
            sum = sum.plus(a);
        }
        assertEquals(sum, a.multipliedBy(n));
        assertEquals(a.value().multiply(BigDecimal.valueOf(n)), a.multipliedBy(n).value());
    }
}
