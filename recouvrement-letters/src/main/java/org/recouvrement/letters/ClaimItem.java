package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.money.Amount;

/**
 * One claim as a letter lists it (<i>créance</i>): its reference, what it is for, its dates and its principal.
 *
 * <p>The due date and the description are optional here so that a letter built from incomplete data can still be
 * checked: {@link MandatoryMentions} reports them missing where a kind of letter requires them (the date the claim
 * fell due in a formal notice; the description of the product in a Belgian consumer reminder, CDE art. XIX.2).
 *
 * <pre>{@code
 * ClaimItem item = ClaimItem.from(claim).withDescription("Fourniture de luminaires, bon de commande BC-118");
 * }</pre>
 */
@Value.Immutable
public abstract class ClaimItem {

    ClaimItem() {
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
     * Builds a {@link ClaimItem}; the reference and the principal are required.
     */
    public static final class Builder extends ImmutableClaimItem.Builder {
        Builder() {
        }
    }

    /**
     * Returns the item for a claim of the core model: its reference, issue date, due date and principal. The
     * description, which the claim does not hold, is left empty.
     *
     * @param claim the claim
     * @return the item
     */
    public static ClaimItem from(Claim claim) {
        Objects.requireNonNull(claim, "claim");
        return builder().reference(claim.reference()).origin(claim.origin()).issueDate(claim.issueDate()).dueDate(claim.dueDate())
                .principal(claim.principal()).build();
    }

    /**
     * Returns the creditor's reference: invoice number, contract or file number.
     *
     * @return the reference, not blank
     */
    public abstract String reference();

    /**
     * Returns where the claim comes from, which names it in the letter ("invoice No.", "contract No."...).
     *
     * @return the origin; an invoice by default
     */
    @Value.Default
    public ClaimOrigin origin() {
        return ClaimOrigin.INVOICE;
    }

    /**
     * Returns what the claim is for, in the letter's language: the goods or services, the contract.
     *
     * @return the description, if given
     */
    public abstract Optional<String> description();

    /**
     * Returns the date of the invoice or contract.
     *
     * @return the issue date, if given
     */
    public abstract Optional<LocalDate> issueDate();

    /**
     * Returns the date the claim fell due (<i>date d'échéance</i>).
     *
     * @return the due date, if given
     */
    public abstract Optional<LocalDate> dueDate();

    /**
     * Returns the principal claimed: for an invoice, the amount including VAT.
     *
     * @return the principal, positive
     */
    public abstract Amount principal();

    /**
     * Returns this item with a description.
     *
     * @param description what the claim is for
     * @return a copy with the description
     */
    public ClaimItem withDescription(String description) {
        return builder().reference(reference()).origin(origin()).description(description).issueDate(issueDate())
                .dueDate(dueDate()).principal(principal()).build();
    }

    @Value.Check
    void check() {
        if (reference().isBlank()) {
            throw new InvalidLetterException("claim.reference", "''", "must not be blank");
        }
        if (!principal().isPositive()) {
            throw new InvalidLetterException("claim.principal", principal(), "must be positive");
        }
        if (description().isPresent() && description().get().isBlank()) {
            throw new InvalidLetterException("claim.description", "''", "must not be blank when given");
        }
        if (issueDate().isPresent() && dueDate().isPresent() && dueDate().get().isBefore(issueDate().get())) {
            throw new InvalidLetterException("claim.dueDate", dueDate().get(), "is before issueDate " + issueDate().get());
        }
    }
}
