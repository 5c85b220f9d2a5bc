package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;

/**
 * A courteous reminder (<i>relance amiable</i>), sent shortly after the due date: "unless we are mistaken, the
 * following invoice remains unpaid". It is practice, not law: it has no legal effect, does not start moratory interest
 * (a formal notice does, C. civ. art. 1344-1) and does not interrupt limitation. Mandatory here: the amount with its
 * breakdown and the due dates.
 *
 * <pre>{@code
 * CourteousReminder reminder = CourteousReminder.builder()
 *     .date(LocalDate.of(2026, 2, 20))
 *     .creditor(creditor).debtor(debtor)
 *     .statement(statement)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class CourteousReminder implements Letter {

    CourteousReminder() {
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
     * Builds a {@link CourteousReminder}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutableCourteousReminder.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#COURTEOUS_REMINDER}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.COURTEOUS_REMINDER;
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
     * Returns no article: a reminder rests on practice; where the claim is B2B, C. com. art. L441-10 (penalties owed without reminder).
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
