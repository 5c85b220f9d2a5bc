package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.party.Party;

/**
 * The letter a collection agency (or a judicial officer acting amicably) sends the debtor on the creditor's behalf,
 * with the mentions of CPCE art. R124-4: 1° the agency's name, address and the statement that it carries out amicable
 * recovery; 2° the creditor's name and address; 3° the basis and the amount of the sum claimed, distinguishing
 * principal, interest and other accessories, excluding the costs that remain with the creditor; 4° the demand to pay
 * and how to pay; 5° the reproduction of CPCE art. L111-8 al. 2 and 3 (written by the template).
 *
 * <p>Recovery costs without an enforceable title remain with the creditor (CPCE art. L111-8 al. 2): a statement
 * holding a {@link ChargeKind#RECOVERY_COSTS} line is refused. The fixed compensation of C. com. art. L441-10, owed by
 * law by a professional debtor, may be claimed.
 */
@Value.Immutable
public abstract non-sealed class CollectionAgencyLetter implements Letter {

    CollectionAgencyLetter() {
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
     * Builds a {@link CollectionAgencyLetter}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutableCollectionAgencyLetter.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#COLLECTION_AGENCY_LETTER}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.COLLECTION_AGENCY_LETTER;
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
     * Returns CPCE art. R124-4 and L111-8, and between professionals C. com. art. L441-10.
     *
     * @return the legal bases
     */
    @Override
    public List<LegalReference> legalBases() {
        return businessToBusiness()
                ? List.of(LegalReferences.FR_COLLECTOR_LETTER, LegalReferences.FR_RECOVERY_COSTS,
                        LegalReferences.FR_LATE_PAYMENT_B2B)
                : List.of(LegalReferences.FR_COLLECTOR_LETTER, LegalReferences.FR_RECOVERY_COSTS);
    }

    /**
     * Returns the collection agency that writes (CPCE art. R124-4 1°).
     *
     * @return the agency, if given
     */
    public abstract Optional<Party> collector();

    /**
     * Returns how to pay, in the letter's language: bank account, reference to quote, address (CPCE art. R124-4 4°).
     *
     * @return the instructions, if given
     */
    public abstract Optional<String> paymentInstructions();

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
        if (statement().isPresent() && statement().get().hasCharge(ChargeKind.RECOVERY_COSTS)) {
            throw new InvalidLetterException("statement.charges", ChargeKind.RECOVERY_COSTS,
                    "may not be claimed by a collection agency: without an enforceable title recovery costs remain with"
                            + " the creditor (CPCE art. L111-8 al. 2; R124-4 3°)");
        }
        if (paymentInstructions().isPresent() && paymentInstructions().get().isBlank()) {
            throw new InvalidLetterException("paymentInstructions", "''", "must not be blank when given");
        }
    }
}
