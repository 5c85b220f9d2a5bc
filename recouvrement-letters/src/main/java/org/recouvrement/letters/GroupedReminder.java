package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;

/**
 * A letter listing several unpaid claims of one debtor (<i>relevé de compte</i>), each with its reference, date, due
 * date and amount, with interest and charges where owed, and a date to pay the balance by. Mandatory here: the amount
 * with its breakdown and the due dates. A statement given to it holds at least two claims.
 */
@Value.Immutable
public abstract non-sealed class GroupedReminder implements Letter {

    GroupedReminder() {
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
     * Builds a {@link GroupedReminder}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutableGroupedReminder.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#GROUPED_REMINDER}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.GROUPED_REMINDER;
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
     * Returns C. com. art. L441-10 where the claims are B2B, otherwise none.
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
        if (statement().isPresent() && statement().get().claims().size() < 2) {
            throw new InvalidLetterException("statement.claims", statement().get().claims().size(),
                    "is fewer than the two claims a grouped letter lists; send a reminder instead");
        }
    }
}
