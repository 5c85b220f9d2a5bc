package org.recouvrement.claim;

import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.money.Amount;

/**
 * A security attached to a claim: its kind, the amount covered and who provides it.
 */
@Value.Immutable
public abstract class Guarantee {

    Guarantee() {
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
     * Builds a {@link Guarantee}; the kind is required.
     */
    public static final class Builder extends ImmutableGuarantee.Builder {
        Builder() {
        }
    }

    /**
     * Returns the kind of guarantee.
     *
     * @return the kind
     */
    public abstract GuaranteeKind kind();

    /**
     * Returns the amount covered.
     *
     * @return the amount, if limited
     */
    public abstract Optional<Amount> amount();

    /**
     * Returns who provides it: the bank, the surety, the insurer.
     *
     * @return the provider's name, if any
     */
    @Value.Redacted
    public abstract Optional<String> provider();

    @Value.Check
    void check() {
        if (amount().isPresent() && !amount().get().isPositive()) {
            throw new InvalidClaimException("guarantee.amount", amount().get(), "must be positive");
        }
    }
}
