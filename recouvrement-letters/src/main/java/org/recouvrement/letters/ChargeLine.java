package org.recouvrement.letters;

import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;

/**
 * An amount claimed besides principal and interest: the fixed recovery compensation, a penalty clause, other
 * accessories. See {@link ChargeKind}.
 */
@Value.Immutable
public abstract class ChargeLine {

    ChargeLine() {
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
     * Builds a {@link ChargeLine}; the kind and the amount are required.
     */
    public static final class Builder extends ImmutableChargeLine.Builder {
        Builder() {
        }
    }

    /**
     * Returns the fixed recovery compensation of C. com. art. L441-10 II and D441-5 for one invoice.
     *
     * @param invoiceReference the invoice it is owed for
     * @param amount the amount, 40 € since 1 January 2013
     * @return the line
     */
    public static ChargeLine fixedRecoveryCompensation(String invoiceReference, Amount amount) {
        return builder().kind(ChargeKind.FIXED_RECOVERY_COMPENSATION).claimReference(invoiceReference).amount(amount)
                .basis(LegalReferences.FR_FIXED_COMPENSATION).build();
    }

    /**
     * Returns the kind of charge.
     *
     * @return the kind
     */
    public abstract ChargeKind kind();

    /**
     * Returns the reference of the claim the charge relates to.
     *
     * @return the claim's reference, if given
     */
    public abstract Optional<String> claimReference();

    /**
     * Returns a description in the letter's language, printed after the kind's label.
     *
     * @return the description, if given
     */
    public abstract Optional<String> description();

    /**
     * Returns the rule the charge rests on.
     *
     * @return the legal basis, if any
     */
    public abstract Optional<LegalReference> basis();

    /**
     * Returns the amount.
     *
     * @return the amount, positive
     */
    public abstract Amount amount();

    @Value.Check
    void check() {
        if (!amount().isPositive()) {
            throw new InvalidLetterException("charge.amount", amount(), "must be positive");
        }
        if (description().isPresent() && description().get().isBlank()) {
            throw new InvalidLetterException("charge.description", "''", "must not be blank when given");
        }
    }
}
