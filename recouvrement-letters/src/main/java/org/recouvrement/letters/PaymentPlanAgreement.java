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
 * A payment plan agreement (<i>protocole d'accord sur un échéancier</i>), signed by both parties: the debtor
 * acknowledges the debt (which interrupts limitation, C. civ. art. 2240), undertakes to pay the instalments, and, where
 * {@link #accelerationOnDefault()} holds, agrees that an unpaid instalment makes the whole balance due after a formal
 * notice left without effect (<i>déchéance du terme</i>). Mandatory here: the amount with its breakdown, the
 * instalments, and the creditor's signatory.
 */
@Value.Immutable
public abstract non-sealed class PaymentPlanAgreement implements Letter {

    PaymentPlanAgreement() {
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
     * Builds a {@link PaymentPlanAgreement}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutablePaymentPlanAgreement.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#PAYMENT_PLAN_AGREEMENT}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.PAYMENT_PLAN_AGREEMENT;
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
     * Tells whether an unpaid instalment makes the whole balance due, after a formal notice left without effect for
     * the number of days of {@link #noticeDaysBeforeAcceleration()}.
     *
     * @return true by default
     */
    @Value.Default
    public boolean accelerationOnDefault() {
        return true;
    }

    /**
     * Returns the number of days a formal notice gives the debtor to pay a missed instalment before the whole
     * balance falls due.
     *
     * @return the days; 15 by default
     */
    @Value.Default
    public int noticeDaysBeforeAcceleration() {
        return 15;
    }

    @Value.Check
    void check() {
        if (noticeDaysBeforeAcceleration() < 1) {
            throw new InvalidLetterException("noticeDaysBeforeAcceleration", noticeDaysBeforeAcceleration(),
                    "must be at least one day");
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
