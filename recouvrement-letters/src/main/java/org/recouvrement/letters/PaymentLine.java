package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;

/**
 * A payment received, or a credit note issued, that reduces what the debtor owes.
 */
@Value.Immutable
public abstract class PaymentLine {

    PaymentLine() {
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
     * Builds a {@link PaymentLine}; the date and the amount are required.
     */
    public static final class Builder extends ImmutablePaymentLine.Builder {
        Builder() {
        }
    }

    /**
     * Returns the line for a payment recorded in a recovery case.
     *
     * @param payment the event
     * @return the line
     */
    public static PaymentLine from(CaseEvent.PaymentReceived payment) {
        Objects.requireNonNull(payment, "payment");
        return builder().date(payment.date()).amount(payment.amount()).build();
    }

    /**
     * Returns the line for a credit note recorded in a recovery case.
     *
     * @param credit the event
     * @return the line
     */
    public static PaymentLine from(CaseEvent.CreditNoteIssued credit) {
        Objects.requireNonNull(credit, "credit");
        return builder().date(credit.date()).amount(credit.amount()).creditNote(true).build();
    }

    /**
     * Returns the date the payment was received or the credit note issued.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * Returns the amount.
     *
     * @return the amount, positive
     */
    public abstract Amount amount();

    /**
     * Tells whether the line is a credit note rather than a payment.
     *
     * @return true for a credit note; false by default
     */
    @Value.Default
    public boolean creditNote() {
        return false;
    }

    /**
     * Returns the reference of the payment or credit note.
     *
     * @return the reference, if given
     */
    public abstract Optional<String> reference();

    @Value.Check
    void check() {
        if (!amount().isPositive()) {
            throw new InvalidLetterException("payment.amount", amount(), "must be positive");
        }
    }
}
