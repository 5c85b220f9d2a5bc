package org.recouvrement.claim;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document supporting a claim, as listed in the schedule of documents of a request for an order for payment
 * (<i>bordereau des pièces</i>, CPC art. 1407).
 */
@Value.Immutable
public abstract class Evidence {

    Evidence() {
    }

    /**
     * Returns evidence of the given kind with its description.
     *
     * @param kind the kind of document
     * @param description a short description, such as {@code "Purchase order PO-2025-114"}
     * @return the evidence
     */
    public static Evidence of(EvidenceKind kind, String description) {
        return ImmutableEvidence.builder().kind(kind).description(description).build();
    }

    /**
     * Returns evidence of the given kind with its description and date.
     *
     * @param kind the kind of document
     * @param description a short description
     * @param date the date of the document
     * @return the evidence
     */
    public static Evidence of(EvidenceKind kind, String description, LocalDate date) {
        return ImmutableEvidence.builder().kind(kind).description(description).date(date).build();
    }

    /**
     * Returns the kind of document.
     *
     * @return the kind
     */
    public abstract EvidenceKind kind();

    /**
     * Returns the description.
     *
     * @return the description, not blank
     */
    public abstract String description();

    /**
     * Returns the date of the document.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> date();

    /**
     * Tells whether the document emanates from the debtor (signed, ordered, accepted or written by them).
     *
     * @return true for a signed contract, purchase order, accepted quote, signed delivery note, acknowledgement,
     *     accepted bill of exchange or completion report
     */
    public boolean emanatesFromDebtor() {
        switch (kind()) {
            case SIGNED_CONTRACT:
            case PURCHASE_ORDER:
            case ACCEPTED_QUOTE:
            case DELIVERY_NOTE:
            case ACKNOWLEDGEMENT_OF_DEBT:
            case BILL_OF_EXCHANGE:
            case COMPLETION_REPORT:
                return true;
            default:
                return false;
        }
    }

    @Value.Check
    void check() {
        if (description().isBlank()) {
            throw new InvalidClaimException("evidence.description", "''", "must not be blank");
        }
    }
}
