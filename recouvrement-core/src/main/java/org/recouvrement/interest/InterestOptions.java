package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;

/**
 * The choices a caller may make when asking for the interest of a case: an explicit regime, the governing law, the
 * day-count convention, what to do without a published rate, and facts the case file does not hold (a judgment
 * ordering capitalisation, proven recovery costs, a waiver of the judgment increase).
 *
 * <pre>{@code
 * InterestOptions options = InterestOptions.builder()
 *     .dayCount(DayCount.ACTUAL_366_IN_LEAP_YEARS)
 *     .unknownRatePolicy(UnknownRatePolicy.USE_LATEST_KNOWN_RATE)
 *     .justifiedRecoveryCosts(Amount.euros("180.00"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class InterestOptions {

    InterestOptions() {
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
     * Returns the default options: regime chosen from the claim, law of the creditor's territory, actual days / 365,
     * fail without a published rate.
     *
     * @return the defaults
     */
    public static InterestOptions defaults() {
        return Defaults.OPTIONS;
    }

    private static final class Defaults {
        static final InterestOptions OPTIONS = builder().build();
    }

    /**
     * Builds {@link InterestOptions}; every attribute is optional.
     */
    public static final class Builder extends ImmutableInterestOptions.Builder {
        Builder() {
        }
    }

    /**
     * Returns the regime to apply instead of the one chosen from the claim.
     *
     * @return the regime, if overridden
     */
    public abstract Optional<InterestRegime> regime();

    /**
     * Returns the law governing the claim; by default that of the creditor's territory (France, including overseas,
     * or Belgium).
     *
     * @return the governing law, if given
     */
    public abstract Optional<Jurisdiction> governingLaw();

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
     * Returns the first day of interest to use instead of the one read from the case (the day after the due date or
     * after the formal notice), for example the date a judgment sets.
     *
     * @return the first day of interest, if overridden
     */
    public abstract Optional<LocalDate> interestFrom();

    /**
     * Returns the contractual rate to use instead of the claim's.
     *
     * @return the rate, if overridden
     */
    public abstract Optional<Rate> contractualRate();

    /**
     * Returns the date from which a judgment orders the capitalisation of interest (C. civ. art. 1343-2). A
     * capitalisation clause of the contract is read from the claim.
     *
     * @return the date, if a judgment ordered capitalisation
     */
    public abstract Optional<LocalDate> judicialCapitalisationFrom();

    /**
     * Returns the recovery costs the creditor can prove; between professionals under French law the part beyond the
     * fixed 40 € is owed as further compensation (C. com. art. L441-10 II).
     *
     * @return the proven costs, if any
     */
    public abstract Optional<Amount> justifiedRecoveryCosts();

    /**
     * Tells whether the enforcement judge waived or removed the five-point increase of the legal rate (CMF
     * art. L313-3 al. 2).
     *
     * @return true if waived; false by default
     */
    @Value.Default
    public boolean judgmentIncreaseWaived() {
        return false;
    }

    /**
     * Tells whether interest keeps running despite the opening of French insolvency proceedings, because the claim
     * is one of the exceptions of C. com. art. L622-28 (a loan of one year or more, a contract with payment deferred
     * by one year or more), which the case file cannot show.
     *
     * @return true for an excepted claim; false by default
     */
    @Value.Default
    public boolean insolvencyStopWaived() {
        return false;
    }

    /**
     * Returns further days on which to start a new line of the statement, such as month starts.
     *
     * @return the dates, in any order
     */
    public abstract List<LocalDate> splitDates();

    @Value.Check
    void check() {
        justifiedRecoveryCosts().filter(Amount::isNegative).ifPresent(costs -> {
            throw new InvalidInterestRequestException("justifiedRecoveryCosts", costs, "must not be negative");
        });
        contractualRate().filter(Rate::isNegative).ifPresent(rate -> {
            throw new InvalidInterestRequestException("contractualRate", rate, "must not be negative");
        });
        governingLaw().filter(law -> law == Jurisdiction.EUROPEAN_UNION).ifPresent(law -> {
            throw new InvalidInterestRequestException("governingLaw", law,
                    "is not a national law; give the law of France or Belgium");
        });
    }
}
