package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.recovery.ContactChannel;

/**
 * A formal notice (<i>mise en demeure</i>, C. civ. art. 1344): a sufficient demand that puts the debtor in default.
 * It makes moratory interest at the legal rate run (C. civ. art. 1231-6, 1344-1); between professionals the
 * late-payment penalties and the 40 € fixed compensation of C. com. art. L441-10 are owed without it, and it serves as
 * evidence before going to court. It does not interrupt limitation.
 *
 * <p>Mandatory here (LEGAL-REFERENCE section 5.1): both parties' names and addresses (always present, since a
 * {@link org.recouvrement.party.Party} has them), the amount with its breakdown, the date each claim fell due, the date
 * to pay by, and dispatch by registered letter with acknowledgement of receipt or by a judicial officer. The template
 * writes the words "mise en demeure", the consequences of not paying and the legal bases.
 *
 * <pre>{@code
 * FormalNotice notice = FormalNotice.builder()
 *     .date(LocalDate.of(2026, 3, 31))
 *     .creditor(creditor).debtor(debtor)
 *     .statement(statement)
 *     .paymentDeadline(LocalDate.of(2026, 4, 10))
 *     .dispatch(ContactChannel.REGISTERED_LETTER)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class FormalNotice implements Letter {

    FormalNotice() {
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
     * Builds a {@link FormalNotice}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutableFormalNotice.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#FORMAL_NOTICE}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.FORMAL_NOTICE;
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
     * Returns C. civ. art. 1344, 1231-6 and 1344-1, and between professionals C. com. art. L441-10 and D441-5.
     *
     * @return the legal bases
     */
    @Override
    public List<LegalReference> legalBases() {
        return businessToBusiness()
                ? List.of(LegalReferences.FR_FORMAL_NOTICE, LegalReferences.FR_MORATORY_INTEREST,
                        LegalReferences.FR_INTEREST_FROM_NOTICE, LegalReferences.FR_LATE_PAYMENT_B2B,
                        LegalReferences.FR_FIXED_COMPENSATION)
                : List.of(LegalReferences.FR_FORMAL_NOTICE, LegalReferences.FR_MORATORY_INTEREST,
                        LegalReferences.FR_INTEREST_FROM_NOTICE);
    }

    /**
     * Returns the date by which the debtor is asked to pay, computed by the caller (with the deadline calculator
     * where the law or the dunning policy fixes a delay): the letter prints this date, never "within eight days".
     *
     * @return the date, if given
     */
    public abstract Optional<LocalDate> paymentDeadline();

    /**
     * Returns how the notice is sent. Only a registered letter with acknowledgement of receipt
     * ({@link ContactChannel#REGISTERED_LETTER}) or service by a judicial officer
     * ({@link ContactChannel#JUDICIAL_OFFICER}) gives the proof a formal notice needs.
     *
     * @return the channel, if given
     */
    public abstract Optional<ContactChannel> dispatch();

    /**
     * Tells whether the dispatch gives proof of receipt.
     *
     * @return true for a registered letter or a judicial officer's service
     */
    public boolean sentWithProofOfReceipt() {
        return dispatch().filter(c -> c == ContactChannel.REGISTERED_LETTER || c == ContactChannel.JUDICIAL_OFFICER)
                .isPresent();
    }

    @Value.Check
    void check() {
        if (paymentDeadline().isPresent() && !paymentDeadline().get().isAfter(date())) {
            throw new InvalidLetterException("paymentDeadline", paymentDeadline().get(), "is not after the letter's date " + date());
        }
    }
}
