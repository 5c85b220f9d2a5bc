package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.recovery.CaseEvent;

/**
 * Everything an interest statement is computed from, when the caller has already decided the regime and the dates:
 * the principal, the first day of interest, the date of the statement, the payments and credit notes, and the
 * options of the regime.
 *
 * <p>{@link InterestCalculator#statement(org.recouvrement.recovery.RecoveryCase, LocalDate, InterestOptions)} builds
 * one from a case file, choosing the regime and reading the dates from its events; build one yourself to compute
 * without a case file.
 *
 * <pre>{@code
 * InterestRequest request = InterestRequest.builder()
 *     .regime(InterestRegime.FRENCH_COMMERCIAL_RATE)
 *     .principal(Amount.euros("10000.00"))
 *     .interestFrom(LocalDate.of(2024, 1, 1))      // the day after the due date
 *     .asOf(LocalDate.of(2024, 12, 31))
 *     .addPayment(new CaseEvent.PaymentReceived(LocalDate.of(2024, 5, 15), Amount.euros("4000.00")))
 *     .build();
 * }</pre>
 *
 * <p>Building refuses, with {@link InvalidInterestRequestException}: a date of the statement before the first day of
 * interest, a negative principal, amounts in several currencies, a currency other than the euro for a statutory
 * regime, a payment after the date of the statement, a contractual regime without a rate, a negative rate, a judgment
 * increase outside the French legal rate.
 */
@Value.Immutable
public abstract class InterestRequest {

    InterestRequest() {
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
     * Builds an {@link InterestRequest}. Required: regime, principal, interestFrom and asOf.
     */
    public static final class Builder extends ImmutableInterestRequest.Builder {
        Builder() {
        }
    }

    /**
     * Returns the regime that sets the rate.
     *
     * @return the regime
     */
    public abstract InterestRegime regime();

    /**
     * Returns the principal owed on the first day of interest, before the payments listed.
     *
     * @return the principal, zero or more
     */
    public abstract Amount principal();

    /**
     * Returns the first day of interest: for B2B penalties the day after the due date, for the legal rate the day
     * after the formal notice was delivered.
     *
     * @return the first day, inclusive
     */
    public abstract LocalDate interestFrom();

    /**
     * Returns the date of the statement: interest is computed up to and including it.
     *
     * @return the last day, inclusive, not before {@link #interestFrom()}
     */
    public abstract LocalDate asOf();

    /**
     * Returns the first day on which interest no longer runs, such as the date of the judgment opening insolvency
     * proceedings (C. com. art. L622-28). Payments after it are still imputed.
     *
     * @return the first day without interest, if interest stops
     */
    public abstract Optional<LocalDate> interestStopsOn();

    /**
     * Returns the payments received, in any order. A payment received on a day counts that day at the former base
     * and reduces the base from the next day.
     *
     * @return the payments, none after {@link #asOf()}
     */
    public abstract List<CaseEvent.PaymentReceived> payments();

    /**
     * Returns the credit notes issued, in any order; each reduces the principal from the day after it.
     *
     * @return the credit notes, none after {@link #asOf()}
     */
    public abstract List<CaseEvent.CreditNoteIssued> creditNotes();

    /**
     * Tells whether the creditor is a natural person not acting for professional needs, whose French legal rate is
     * the higher one (CMF art. L313-2). Used by {@link InterestRegime#FRENCH_LEGAL_RATE} only.
     *
     * @return true for a private creditor; false ("all other cases") by default
     */
    @Value.Default
    public boolean privateCreditor() {
        return false;
    }

    /**
     * Returns the contractual rate: required by {@link InterestRegime#CONTRACTUAL_RATE}; for
     * {@link InterestRegime#FRENCH_COMMERCIAL_RATE} it replaces the default rate, within the floor; ignored by the
     * other regimes.
     *
     * @return the annual contractual rate, if any
     */
    public abstract Optional<Rate> contractualRate();

    /**
     * Returns the first day of the five-point increase of the legal rate after a judgment (CMF art. L313-3). Only for
     * {@link InterestRegime#FRENCH_LEGAL_RATE}.
     *
     * @return the first day at the increased rate, if any
     */
    public abstract Optional<LocalDate> judgmentIncreaseFrom();

    /**
     * Returns the capitalisation of interest provided by the contract or a judgment (C. civ. art. 1343-2).
     *
     * @return the capitalisation, if any
     */
    public abstract Optional<InterestCapitalisation> capitalisation();

    /**
     * Returns the compensation for recovery costs owed with the claim; payments go to it after interest.
     *
     * @return the compensation, if any
     */
    public abstract Optional<FixedRecoveryCompensation> compensation();

    /**
     * Returns the day-count convention.
     *
     * @return the convention; {@link DayCount#ACTUAL_365} by default
     */
    @Value.Default
    public DayCount dayCount() {
        return DayCount.ACTUAL_365;
    }

    /**
     * Returns what to do for a period without a published rate.
     *
     * @return the policy; {@link UnknownRatePolicy#FAIL} by default
     */
    @Value.Default
    public UnknownRatePolicy unknownRatePolicy() {
        return UnknownRatePolicy.FAIL;
    }

    /**
     * Returns further days on which to start a new line, for example month starts for a monthly report. Splitting
     * changes the total by at most one cent per added line, through rounding.
     *
     * @return the dates, in any order
     */
    public abstract List<LocalDate> splitDates();

    /**
     * Returns the law governing the claim; for the statutory regimes, that of the regime.
     *
     * @return the jurisdiction; by default the regime's, or France for the contractual rate
     */
    @Value.Default
    public Jurisdiction governingLaw() {
        return regime().jurisdiction().orElse(Jurisdiction.FRANCE);
    }

    @Value.Check
    void check() {
        if (asOf().isBefore(interestFrom())) {
            throw new InvalidInterestRequestException("asOf", asOf(), "is before interestFrom " + interestFrom());
        }
        if (principal().isNegative()) {
            throw new InvalidInterestRequestException("principal", principal(), "must not be negative");
        }
        if (regime().isStatutory() && !principal().currency().equals(Amount.EUR)) {
            throw new InvalidInterestRequestException("currency", principal().currency().getCurrencyCode(),
                    "is not EUR; the statutory rates of " + regime() + " apply to sums in euros only");
        }
        if (regime().jurisdiction().isPresent() && regime().jurisdiction().get() != governingLaw()) {
            throw new InvalidInterestRequestException("governingLaw", governingLaw(),
                    "contradicts the regime " + regime() + " of " + regime().jurisdiction().get() + " law");
        }
        if (governingLaw() == Jurisdiction.EUROPEAN_UNION) {
            throw new InvalidInterestRequestException("governingLaw", governingLaw(),
                    "is not a national law; give the law of France or Belgium");
        }
        if (regime() == InterestRegime.CONTRACTUAL_RATE && contractualRate().isEmpty()) {
            throw new InvalidInterestRequestException("contractualRate", "(none)",
                    "is required by the CONTRACTUAL_RATE regime");
        }
        contractualRate().filter(Rate::isNegative).ifPresent(rate -> {
            throw new InvalidInterestRequestException("contractualRate", rate, "must not be negative");
        });
        if (judgmentIncreaseFrom().isPresent() && regime() != InterestRegime.FRENCH_LEGAL_RATE) {
            throw new InvalidInterestRequestException("judgmentIncreaseFrom", judgmentIncreaseFrom().get(),
                    "applies only to the French legal rate (CMF art. L313-3), not to " + regime());
        }
        for (CaseEvent.PaymentReceived payment : payments()) {
            checkEvent("payments", payment.date(), payment.amount());
        }
        for (CaseEvent.CreditNoteIssued credit : creditNotes()) {
            checkEvent("creditNotes", credit.date(), credit.amount());
        }
        compensation().ifPresent(c -> {
            if (!c.total().currency().equals(principal().currency())) {
                throw new InvalidInterestRequestException("compensation", c.total(),
                        "is not in the principal's currency " + principal().currency().getCurrencyCode());
            }
        });
    }

    private void checkEvent(String field, LocalDate date, Amount amount) {
        if (!amount.currency().equals(principal().currency())) {
            throw new InvalidInterestRequestException(field, amount,
                    "is not in the principal's currency " + principal().currency().getCurrencyCode());
        }
        if (date.isAfter(asOf())) {
            throw new InvalidInterestRequestException(field, date, "is after asOf " + asOf());
        }
    }
}
