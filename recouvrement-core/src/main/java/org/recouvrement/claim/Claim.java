package org.recouvrement.claim;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.MissingValueException;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.Party;

/**
 * A claim (<i>créance</i>): a sum of money one party owes another, with everything the law asks about it.
 *
 * <p>A claim is built once and never changes; what happens to it afterwards (payments, reminders, court actions)
 * is recorded as events of a {@code RecoveryCase}. Building refuses, with an {@link InvalidClaimException} naming
 * the attribute, any claim that contradicts itself: a due date before the issue date, a principal that is not
 * positive, amounts in several currencies, instalments that do not add up to the principal, a nature the parties
 * cannot have. A missing required attribute raises {@link MissingValueException}.
 *
 * <pre>{@code
 * Claim claim = Claim.builder()
 *     .reference("INV-2026-0042")
 *     .creditor(creditor)
 *     .debtor(debtor)
 *     .origin(ClaimOrigin.INVOICE)
 *     .principal(Amount.euros("1250.00"))
 *     .issueDate(LocalDate.of(2026, 1, 15))
 *     .paymentTerms(PaymentTerms.daysFromInvoice(30))   // due date 2026-02-14, or set dueDate(..) directly
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Claim {

    Claim() {
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
     * Builds a {@link Claim}. Required: reference, creditor, debtor, origin, principal, issue date, and either the
     * due date or the payment terms that give it.
     */
    public static final class Builder extends ImmutableClaim.Builder {
        Builder() {
        }
    }

    /**
     * Returns the creditor's reference of the claim: invoice number, contract or file number.
     *
     * @return the reference, not blank
     */
    public abstract String reference();

    /**
     * Returns the party owed the money (<i>créancier</i>).
     *
     * @return the creditor
     */
    public abstract Party creditor();

    /**
     * Returns the party that owes it (<i>débiteur</i>).
     *
     * @return the debtor
     */
    public abstract Party debtor();

    /**
     * Returns where the claim comes from.
     *
     * @return the origin
     */
    public abstract ClaimOrigin origin();

    /**
     * Returns the nature of the claim; by default derived from the parties with
     * {@link ClaimNature#between(Party, Party)}. An explicit nature must be possible between the parties.
     *
     * @return the nature
     */
    @Value.Default
    public ClaimNature nature() {
        return ClaimNature.between(creditor(), debtor());
    }

    /**
     * Returns the principal claimed (<i>principal</i>): for an invoice, the amount including VAT, on which B2B
     * penalties are computed.
     *
     * @return the principal, positive
     */
    public abstract Amount principal();

    /**
     * Returns the amount including VAT, where known.
     *
     * @return the amount including VAT
     */
    public abstract Optional<Amount> amountIncludingVat();

    /**
     * Returns the amount excluding VAT, where known.
     *
     * @return the amount excluding VAT
     */
    public abstract Optional<Amount> amountExcludingVat();

    /**
     * Returns the date the claim was issued: the invoice date, or the date of the contract or judgment.
     *
     * @return the issue date
     */
    public abstract LocalDate issueDate();

    /**
     * Returns the date of delivery of the goods, completion of the works or performance of the service. For a
     * professional's claim against a consumer, the two-year limitation runs from it (C. conso. art. L218-2).
     *
     * @return the performance date, if known
     */
    public abstract Optional<LocalDate> performanceDate();

    /**
     * Returns the agreed payment terms.
     *
     * @return the terms, if stated
     */
    public abstract Optional<PaymentTerms> paymentTerms();

    /**
     * Returns the date the claim falls due (<i>date d'échéance</i>). If not set explicitly, the date the
     * {@link #paymentTerms()} give.
     *
     * @return the due date, not before the issue date
     * @throws MissingValueException if neither the due date nor the payment terms were given
     */
    @Value.Default
    public LocalDate dueDate() {
        return paymentTerms()
                .map(terms -> terms.dueDate(issueDate(), performanceDate()))
                .orElseThrow(() -> new MissingValueException("dueDate"));
    }

    /**
     * Returns the instalments of a debt payable in parts, in due-date order; empty for a single payment. When
     * present they add up to the principal.
     *
     * @return the instalments
     */
    public abstract List<Instalment> instalments();

    /**
     * Returns the late-interest rate the contract stipulates, if any. Between professionals it may not be below
     * three times the legal rate (C. com. art. L441-10 II).
     *
     * @return the contractual annual rate
     */
    public abstract Optional<Rate> contractualInterestRate();

    /**
     * Returns the amount of a penalty clause (<i>clause pénale</i>, C. civ. art. 1231-5), if the contract has one.
     *
     * @return the penalty amount
     */
    public abstract Optional<Amount> penaltyClause();

    /**
     * Tells whether the contract provides for the capitalisation of interest (<i>anatocisme</i>, C. civ.
     * art. 1343-2).
     *
     * @return true if it does; false by default
     */
    @Value.Default
    public boolean capitalisationClause() {
        return false;
    }

    /**
     * Returns the documents that prove the claim.
     *
     * @return the evidence
     */
    public abstract List<Evidence> evidence();

    /**
     * Returns the securities the creditor holds.
     *
     * @return the guarantees
     */
    public abstract List<Guarantee> guarantees();

    /**
     * Returns the currency of the claim: that of its principal.
     *
     * @return the currency
     */
    public Currency currency() {
        return principal().currency();
    }

    @Value.Check
    void check() {
        if (reference().isBlank()) {
            throw new InvalidClaimException("reference", "''", "must not be blank");
        }
        if (!principal().isPositive()) {
            throw new InvalidClaimException("principal", principal(), "must be positive");
        }
        if (dueDate().isBefore(issueDate())) {
            throw new InvalidClaimException("dueDate", dueDate(), "is before issueDate " + issueDate());
        }
        if (!nature().isPossibleBetween(creditor(), debtor())) {
            throw new InvalidClaimException("nature", nature(), "is impossible between a " + creditor().kind()
                    + (creditor().merchant() ? " merchant" : "") + " creditor and a " + debtor().kind()
                    + (debtor().merchant() ? " merchant" : "") + " debtor");
        }
        Currency currency = currency();
        checkCurrency("amountIncludingVat", amountIncludingVat(), currency);
        checkCurrency("amountExcludingVat", amountExcludingVat(), currency);
        checkCurrency("penaltyClause", penaltyClause(), currency);
        for (Guarantee guarantee : guarantees()) {
            checkCurrency("guarantee.amount", guarantee.amount(), currency);
        }
        if (amountIncludingVat().isPresent() && amountExcludingVat().isPresent()
                && amountExcludingVat().get().isGreaterThan(amountIncludingVat().get())) {
            throw new InvalidClaimException("amountExcludingVat", amountExcludingVat().get(),
                    "is greater than amountIncludingVat " + amountIncludingVat().get());
        }
        amountExcludingVat().filter(a -> !a.isPositive()).ifPresent(a -> {
            throw new InvalidClaimException("amountExcludingVat", a, "must be positive");
        });
        amountIncludingVat().filter(a -> !a.isPositive()).ifPresent(a -> {
            throw new InvalidClaimException("amountIncludingVat", a, "must be positive");
        });
        penaltyClause().filter(a -> !a.isPositive()).ifPresent(a -> {
            throw new InvalidClaimException("penaltyClause", a, "must be positive");
        });
        contractualInterestRate().filter(r -> r.isNegative()).ifPresent(r -> {
            throw new InvalidClaimException("contractualInterestRate", r, "must not be negative");
        });
        checkInstalments(currency);
    }

    private void checkInstalments(Currency currency) {
        if (instalments().isEmpty()) {
            return;
        }
        Amount total = Amount.zero(currency);
        LocalDate previous = null;
        for (Instalment instalment : instalments()) {
            checkCurrency("instalment.amount", Optional.of(instalment.amount()), currency);
            if (instalment.dueDate().isBefore(issueDate())) {
                throw new InvalidClaimException("instalment.dueDate", instalment.dueDate(),
                        "is before issueDate " + issueDate());
            }
            if (previous != null && instalment.dueDate().isBefore(previous)) {
                throw new InvalidClaimException("instalment.dueDate", instalment.dueDate(),
                        "is before the previous instalment's " + previous + "; list instalments in due-date order");
            }
            previous = instalment.dueDate();
            total = total.plus(instalment.amount());
        }
        if (!total.equals(principal())) {
            throw new InvalidClaimException("instalments", "total " + total, "does not equal principal " + principal());
        }
    }

    private static void checkCurrency(String field, Optional<Amount> amount, Currency currency) {
        if (amount.isPresent() && !amount.get().currency().equals(currency)) {
            throw new InvalidClaimException(field, amount.get(),
                    "is not in the claim's currency " + currency.getCurrencyCode());
        }
    }
}
