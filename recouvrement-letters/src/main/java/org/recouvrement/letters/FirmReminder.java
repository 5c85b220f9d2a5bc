package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;

/**
 * A firm reminder (<i>relance ferme</i>): the debt is recalled, a date to pay by is set, and a formal notice is
 * announced if it is not met. Practice, not law. Mandatory here: the amount with its breakdown, the due dates and the
 * date to pay by.
 */
@Value.Immutable
public abstract non-sealed class FirmReminder implements Letter {

    FirmReminder() {
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
     * Builds a {@link FirmReminder}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutableFirmReminder.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#FIRM_REMINDER}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.FIRM_REMINDER;
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
     * Returns C. com. art. L441-10 where the claim is B2B, otherwise none.
     *
     * @return the legal bases
     */
    @Override
    public List<LegalReference> legalBases() {
        return businessToBusiness() ? List.of(LegalReferences.FR_LATE_PAYMENT_B2B) : List.of();
    }

    /**
     * Returns the date by which the debtor is asked to pay, computed by the caller (with the deadline calculator
     * where the law or the dunning policy fixes a delay): the letter prints this date, never "within eight days".
     *
     * @return the date, if given
     */
    public abstract Optional<LocalDate> paymentDeadline();

    @Value.Check
    void check() {
        if (paymentDeadline().isPresent() && !paymentDeadline().get().isAfter(date())) {
            throw new InvalidLetterException("paymentDeadline", paymentDeadline().get(), "is not after the letter's date " + date());
        }
    }
}
