package org.recouvrement.law;

import java.util.Objects;
import org.recouvrement.internal.Checks;

/**
 * One version of a rule: the value the law set, the period it was in force and the text that set it. For example
 * the ceiling of the simplified small-claims procedure: 5,000 € from 1 January 2020 (décret 2019-1333).
 *
 * @param <T> the type of the value (an amount, a duration, a court name)
 */
public final class Provision<T> {

    private final T value;
    private final EffectivePeriod period;
    private final LegalReference reference;

    private Provision(T value, EffectivePeriod period, LegalReference reference) {
        this.value = value;
        this.period = period;
        this.reference = reference;
    }

    /**
     * Returns a provision.
     *
     * @param <T> the type of the value
     * @param value the value the law set
     * @param period when it was in force
     * @param reference the text that set it
     * @return the provision
     */
    public static <T> Provision<T> of(T value, EffectivePeriod period, LegalReference reference) {
        return new Provision<>(Checks.present(value, "value"), Checks.present(period, "period"),
                Checks.present(reference, "reference"));
    }

    /**
     * Returns the value the law set.
     *
     * @return the value
     */
    public T value() {
        return value;
    }

    /**
     * Returns when the value was in force.
     *
     * @return the period
     */
    public EffectivePeriod period() {
        return period;
    }

    /**
     * Returns the text that set the value.
     *
     * @return the reference
     */
    public LegalReference reference() {
        return reference;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Provision<?> other
                && value.equals(other.value) && period.equals(other.period) && reference.equals(other.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, period, reference);
    }

    @Override
    public String toString() {
        return value + " " + period + " (" + reference.display() + ")";
    }
}
