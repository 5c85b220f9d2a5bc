package org.recouvrement.limitation;

import java.time.Period;
import java.util.Objects;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.law.LegalReference;

/**
 * One version of a limitation rule: its length, its kind and the text that sets it, with the dates that version was
 * in force. For example the commercial limitation period: ten years before 19 June 2008 (former C. com.
 * art. L110-4), five years since (C. com. art. L110-4, loi 2008-561).
 *
 * <p>Obtained from {@link LimitationRule#periodInForceOn(java.time.LocalDate)} or {@link LimitationRule#timeline()}.
 * Immutable and thread-safe.
 */
public final class LimitationPeriod {

    private final LimitationRule rule;
    private final Period length;
    private final LegalReference reference;
    private final EffectivePeriod inForce;

    private LimitationPeriod(LimitationRule rule, Period length, LegalReference reference, EffectivePeriod inForce) {
        this.rule = rule;
        this.length = length;
        this.reference = reference;
        this.inForce = inForce;
    }

    static LimitationPeriod of(LimitationRule rule, Period length, LegalReference reference, EffectivePeriod inForce) {
        return new LimitationPeriod(rule, length, reference, inForce);
    }

    /**
     * Returns the rule this is a version of.
     *
     * @return the rule
     */
    public LimitationRule rule() {
        return rule;
    }

    /**
     * Returns the length of the period, in years.
     *
     * @return the length, such as {@code P5Y}
     */
    public Period length() {
        return length;
    }

    /**
     * Returns whether the period is a limitation period or a preclusive period.
     *
     * @return the kind
     */
    public PeriodKind kind() {
        return rule.kind();
    }

    /**
     * Returns the text that sets this version of the period.
     *
     * @return the reference, such as {@code C. com. art. L110-4}
     */
    public LegalReference reference() {
        return reference;
    }

    /**
     * Returns the dates this version was in force, judged by the day the period starts.
     *
     * @return the period of application
     */
    public EffectivePeriod inForce() {
        return inForce;
    }

    /**
     * Returns the length in words, such as {@code "5 years"}.
     *
     * @return the length
     */
    public String lengthInWords() {
        int years = length.getYears();
        return years == 1 ? "1 year" : years + " years";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LimitationPeriod other
                && rule == other.rule && length.equals(other.length) && reference.equals(other.reference)
                && inForce.equals(other.inForce);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, length, reference, inForce);
    }

    /**
     * Returns the length and the reference, such as {@code "5 years (C. com. art. L110-4)"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return lengthInWords() + " (" + reference.display() + ")";
    }
}
