package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.claim.Instalment;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;

/**
 * A proposal of a payment plan (<i>proposition d'échéancier</i>): the balance split into instalments the debtor is
 * invited to accept by signing and returning the letter before a date. The debtor's signed acceptance acknowledges the
 * debt and interrupts limitation (C. civ. art. 2240). Mandatory here: the amount with its breakdown and the
 * instalments, which add up to the balance.
 */
@Value.Immutable
public abstract non-sealed class PaymentPlanProposal implements Letter {

    PaymentPlanProposal() {
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
     * Builds a {@link PaymentPlanProposal}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutablePaymentPlanProposal.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#PAYMENT_PLAN_PROPOSAL}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.PAYMENT_PLAN_PROPOSAL;
    }

    /**
     * Returns {@link Jurisdiction#FRANCE}.
     *
     * @return the jurisdiction
     */
    @Override
    public final Jurisdiction jurisdiction() {
        return Jurisdiction.FRANCE;
    }

    /**
     * Returns C. civ. art. 2240.
     *
     * @return the legal bases
     */
    @Override
    public List<LegalReference> legalBases() {
        return List.of(LegalReferences.FR_ACKNOWLEDGEMENT);
    }

    /**
     * Returns the instalments, in due-date order. Where a statement is given they add up to its balance.
     *
     * @return the instalments
     */
    public abstract List<Instalment> instalments();

    /**
     * Returns the date by which the debtor is asked to accept the proposal.
     *
     * @return the date, if given
     */
    public abstract Optional<LocalDate> acceptBy();

    @Value.Check
    void check() {
        if (acceptBy().isPresent() && !acceptBy().get().isAfter(date())) {
            throw new InvalidLetterException("acceptBy", acceptBy().get(), "is not after the letter's date " + date());
        }
        checkInstalments(date(), instalments(), statement());
    }

    static void checkInstalments(LocalDate date, List<Instalment> instalments, Optional<AmountStatement> statement) {
        LocalDate previous = date;
        for (Instalment instalment : instalments) {
            if (instalment.dueDate().isBefore(previous)) {
                throw new InvalidLetterException("instalments.dueDate", instalment.dueDate(),
                        "is before the letter's date or the previous instalment's; list instalments in due-date order");
            }
            previous = instalment.dueDate();
        }
        if (statement.isPresent() && !instalments.isEmpty()) {
            Amount total = Amount.zero(statement.get().currency());
            for (Instalment instalment : instalments) {
                total = total.plus(instalment.amount());
            }
            if (!total.equals(statement.get().balance())) {
                throw new InvalidLetterException("instalments", "total " + total,
                        "does not equal the statement's balance " + statement.get().balance());
            }
        }
    }
}
