package org.recouvrement.interest;

import java.util.List;
import org.immutables.value.Value;

/**
 * What the caller knows about how a payment over several debts should be imputed (C. civ. art. 1342-10): the
 * debtor's designation, and which debts the debtor had the most interest in paying.
 *
 * <pre>{@code
 * ImputationInstructions instructions = ImputationInstructions.builder()
 *     .addDesignatedDebt("INV-7")                 // the debtor said "this pays invoice 7"
 *     .addPreferredDebt("LOAN-1", "INV-3")        // the caller judged where the debtor's interest lay
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ImputationInstructions {

    ImputationInstructions() {
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
     * Returns instructions without designation or ranking: the legal order applies with its defaults.
     *
     * @return the empty instructions
     */
    public static ImputationInstructions none() {
        return Empty.INSTRUCTIONS;
    }

    /**
     * Builds {@link ImputationInstructions}; every attribute is optional.
     */
    public static final class Builder extends ImmutableImputationInstructions.Builder {
        Builder() {
        }
    }

    /**
     * Returns the debts the debtor designated when paying (C. civ. art. 1342-10 al. 1), paid first, in this order.
     *
     * @return the identifiers of the designated debts, possibly none
     */
    public abstract List<String> designatedDebts();

    /**
     * Returns the debts the debtor had the most interest in paying, most interest first, as the caller judges it
     * (C. civ. art. 1342-10 al. 2). Debts not listed come after, ordered by the default: the highest rate first.
     *
     * @return the identifiers, possibly none
     */
    public abstract List<String> preferredDebts();

    private static final class Empty {
        static final ImputationInstructions INSTRUCTIONS = builder().build();
    }
}
