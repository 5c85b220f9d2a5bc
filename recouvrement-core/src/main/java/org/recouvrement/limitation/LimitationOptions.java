package org.recouvrement.limitation;

import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.InvalidValueException;
import org.recouvrement.law.Jurisdiction;

/**
 * What a caller can tell the assessment that the case does not say: the governing law, the rule to apply, how early
 * to warn.
 *
 * <p>Without a governing law, the library takes the law of the consumer's habitual residence for a consumer debtor
 * (Reg. (EC) No 593/2008 art. 6), otherwise the law of the creditor's (the seller's, service provider's or lender's,
 * art. 4), using the parties' territories as a proxy for their residence; limitation follows the law governing the
 * obligation (art. 12(1)(d)). A choice of law in the contract, or any other connection, is the caller's to state here.
 *
 * <pre>{@code
 * LimitationOptions options = LimitationOptions.builder()
 *     .rule(LimitationRule.FR_PROFESSIONAL_AGAINST_CONSUMER)   // a real-estate loan, not a consumer credit
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LimitationOptions {

    private static final LimitationOptions DEFAULTS = builder().build();

    LimitationOptions() {
    }

    /**
     * Returns the options with nothing stated: law and rule inferred, warnings 90 days ahead.
     *
     * @return the default options
     */
    public static LimitationOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds {@link LimitationOptions}; every attribute is optional.
     */
    public static final class Builder extends ImmutableLimitationOptions.Builder {
        Builder() {
        }
    }

    /**
     * Returns the law that governs the claim, if the caller states it.
     *
     * @return France or Belgium
     */
    public abstract Optional<Jurisdiction> governingLaw();

    /**
     * Returns the rule to apply to the claim, if the caller states it: for example
     * {@link LimitationRule#FR_PROFESSIONAL_AGAINST_CONSUMER} for a real-estate loan to a consumer (by default a loan
     * from a professional to a consumer is taken as a consumer credit, {@link LimitationRule#FR_CONSUMER_CREDIT}), or
     * {@link LimitationRule#BE_PERSONAL_ACTION} for a Belgian merchant's invoice for services. A decision served
     * later still starts the title's period.
     *
     * @return the rule
     */
    public abstract Optional<LimitationRule> rule();

    /**
     * Returns how many days before the last day the assessment warns.
     *
     * @return the days; 90 by default
     */
    @Value.Default
    public int warningDays() {
        return 90;
    }

    @Value.Check
    void check() {
        if (warningDays() < 0) {
            throw new InvalidValueException("warningDays", warningDays(), "must not be negative");
        }
        if (governingLaw().isPresent() && governingLaw().get() == Jurisdiction.EUROPEAN_UNION) {
            throw new InvalidValueException("governingLaw", governingLaw().get(),
                    "is not a national law; limitation is governed by French or Belgian law");
        }
        if (governingLaw().isPresent() && rule().isPresent()
                && rule().get().jurisdiction() != governingLaw().get()) {
            throw new InvalidValueException("rule", rule().get(), "belongs to " + rule().get().jurisdiction()
                    + " law, not to the governing law " + governingLaw().get());
        }
    }
}
