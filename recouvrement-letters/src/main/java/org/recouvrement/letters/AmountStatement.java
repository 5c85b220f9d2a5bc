package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;

/**
 * What the debtor owes on a date, broken down as a letter must show it (<i>décompte</i>): the principal of each claim,
 * the interest line by line, the charges (fixed recovery compensation, penalty clause), the payments and credit notes
 * received, and the balance.
 *
 * <p>This is the letter's input shape for the figures core computes: an adapter from core's interest statement fills
 * {@link #interest()} line for line, and {@link #from(RecoveryCase, LocalDate)} already takes the claim, the payments
 * and the credit notes of a case. Totals are sums of the lines, so a printed statement adds up. All amounts share one
 * currency.
 *
 * <pre>{@code
 * AmountStatement statement = AmountStatement.builder()
 *     .asOf(LocalDate.of(2026, 3, 31))
 *     .addClaim(ClaimItem.from(claim))
 *     .addInterest(line)
 *     .addCharge(ChargeLine.fixedRecoveryCompensation(claim.reference(), Amount.euros(40)))
 *     .addPayment(PaymentLine.builder().date(LocalDate.of(2026, 3, 2)).amount(Amount.euros(250)).build())
 *     .build();
 * statement.balance();
 * }</pre>
 */
@Value.Immutable
public abstract class AmountStatement {

    AmountStatement() {
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
     * Builds an {@link AmountStatement}; the date and at least one claim are required.
     */
    public static final class Builder extends ImmutableAmountStatement.Builder {
        Builder() {
        }
    }

    /**
     * Returns the statement of a recovery case on a date: its claim, and the payments and credit notes recorded on
     * or before that date. Interest and charges, which core's interest package computes, are not included: add them
     * with {@link #withInterestAndCharges(List, List)}.
     *
     * @param recoveryCase the case
     * @param asOf the date of the statement
     * @return the statement
     */
    public static AmountStatement from(RecoveryCase recoveryCase, LocalDate asOf) {
        Objects.requireNonNull(recoveryCase, "recoveryCase");
        Objects.requireNonNull(asOf, "asOf");
        Builder builder = builder();
        builder.asOf(asOf).addClaim(ClaimItem.from(recoveryCase.claim()));
        for (CaseEvent event : recoveryCase.eventsUntil(asOf)) {
            if (event instanceof CaseEvent.PaymentReceived payment) {
                builder.addPayment(PaymentLine.from(payment));
            } else if (event instanceof CaseEvent.CreditNoteIssued credit) {
                builder.addPayment(PaymentLine.from(credit));
            }
        }
        return builder.build();
    }

    /**
     * Returns the statement of a recovery case with the interest and compensation computed by core's interest
     * package: the claim, each interest line of the statement, the fixed recovery compensation where it is owed
     * (C. com. art. L441-10, D441-5), and the payments and credit notes on or before the statement's date.
     *
     * @param recoveryCase the case
     * @param statement its interest statement, from {@code InterestCalculator.statement(recoveryCase, asOf)}
     * @return the statement, dated as the interest statement
     */
    public static AmountStatement from(RecoveryCase recoveryCase, org.recouvrement.interest.InterestStatement statement) {
        Objects.requireNonNull(recoveryCase, "recoveryCase");
        Objects.requireNonNull(statement, "statement");
        String reference = recoveryCase.claim().reference();
        List<InterestLine> interest = new ArrayList<>();
        for (org.recouvrement.interest.InterestLine line : statement.lines()) {
            if (line.interest().isPositive()) {
                interest.add(InterestLine.from(line, reference));
            }
        }
        List<ChargeLine> charges = new ArrayList<>();
        if (statement.compensation().isOwed()) {
            charges.add(ChargeLine.fixedRecoveryCompensation(reference, statement.compensation().fixedAmount()));
        }
        return from(recoveryCase, statement.asOf()).withInterestAndCharges(interest, charges);
    }

    /**
     * Returns this statement with interest and charge lines added after the existing ones.
     *
     * @param interest the interest lines
     * @param charges the charge lines
     * @return a new statement
     */
    public AmountStatement withInterestAndCharges(List<InterestLine> interest, List<ChargeLine> charges) {
        return builder().asOf(asOf()).addAllClaims(claims()).addAllInterest(interest()).addAllInterest(interest)
                .addAllCharges(charges()).addAllCharges(charges).addAllPayments(payments()).build();
    }

    /**
     * Returns the date the statement is drawn up for: interest runs up to it at most.
     *
     * @return the date
     */
    public abstract LocalDate asOf();

    /**
     * Returns the claims, at least one.
     *
     * @return the claims, in the order to print them
     */
    public abstract List<ClaimItem> claims();

    /**
     * Returns the interest lines.
     *
     * @return the lines, in the order to print them
     */
    public abstract List<InterestLine> interest();

    /**
     * Returns the charges besides interest.
     *
     * @return the lines, in the order to print them
     */
    public abstract List<ChargeLine> charges();

    /**
     * Returns the payments received and the credit notes issued.
     *
     * @return the lines, in the order to print them
     */
    public abstract List<PaymentLine> payments();

    /**
     * Returns the currency of every amount of the statement.
     *
     * @return the currency
     */
    public Currency currency() {
        return claims().get(0).principal().currency();
    }

    /**
     * Returns the total principal of the claims.
     *
     * @return the sum of the principals
     */
    @Value.Derived
    public Amount principalTotal() {
        return sum(claims().stream().map(ClaimItem::principal).toList());
    }

    /**
     * Returns the total interest.
     *
     * @return the sum of the interest lines
     */
    @Value.Derived
    public Amount interestTotal() {
        return sum(interest().stream().map(InterestLine::amount).toList());
    }

    /**
     * Returns the total of the charges.
     *
     * @return the sum of the charge lines
     */
    @Value.Derived
    public Amount chargesTotal() {
        return sum(charges().stream().map(ChargeLine::amount).toList());
    }

    /**
     * Returns the total of the payments and credit notes.
     *
     * @return the sum of the payment lines
     */
    @Value.Derived
    public Amount paymentsTotal() {
        return sum(payments().stream().map(PaymentLine::amount).toList());
    }

    /**
     * Returns the balance owed: principal, interest and charges, less payments and credit notes.
     *
     * @return the balance; negative if the debtor overpaid
     */
    @Value.Derived
    public Amount balance() {
        return principalTotal().plus(interestTotal()).plus(chargesTotal()).minus(paymentsTotal());
    }

    /**
     * Tells whether every claim states the date it fell due.
     *
     * @return true if no due date is missing
     */
    public boolean everyClaimHasDueDate() {
        return claims().stream().allMatch(c -> c.dueDate().isPresent());
    }

    /**
     * Tells whether every claim states what it is for.
     *
     * @return true if no description is missing
     */
    public boolean everyClaimHasDescription() {
        return claims().stream().allMatch(c -> c.description().isPresent());
    }

    /**
     * Tells whether the statement has a charge of the given kind.
     *
     * @param kind the kind
     * @return true if one line is of that kind
     */
    public boolean hasCharge(ChargeKind kind) {
        return charges().stream().anyMatch(c -> c.kind() == kind);
    }

    private Amount sum(List<Amount> amounts) {
        Amount total = Amount.zero(currency());
        for (Amount amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    @Value.Check
    void check() {
        if (claims().isEmpty()) {
            throw new InvalidLetterException("claims", "(none)", "must hold at least one claim");
        }
        Currency currency = currency();
        List<String> references = new ArrayList<>();
        for (ClaimItem claim : claims()) {
            checkCurrency("claim.principal", claim.principal(), currency);
            if (references.contains(claim.reference())) {
                throw new InvalidLetterException("claim.reference", "'" + claim.reference() + "'",
                        "appears twice in the statement");
            }
            references.add(claim.reference());
        }
        for (InterestLine line : interest()) {
            checkCurrency("interest.amount", line.amount(), currency);
            if (line.to().isAfter(asOf())) {
                throw new InvalidLetterException("interest.to", line.to(), "is after the statement date " + asOf());
            }
            checkReference("interest.claimReference", line.claimReference().orElse(null), references);
        }
        for (ChargeLine line : charges()) {
            checkCurrency("charge.amount", line.amount(), currency);
            checkReference("charge.claimReference", line.claimReference().orElse(null), references);
        }
        for (PaymentLine line : payments()) {
            checkCurrency("payment.amount", line.amount(), currency);
            if (line.date().isAfter(asOf())) {
                throw new InvalidLetterException("payment.date", line.date(), "is after the statement date " + asOf());
            }
        }
    }

    private static void checkReference(String field, String reference, List<String> references) {
        if (reference != null && !references.contains(reference)) {
            throw new InvalidLetterException(field, "'" + reference + "'", "is not the reference of a claim of the statement");
        }
    }

    private static void checkCurrency(String field, Amount amount, Currency currency) {
        if (!amount.currency().equals(currency)) {
            throw new InvalidLetterException(field, amount, "is not in the statement's currency " + currency.getCurrencyCode());
        }
    }
}
