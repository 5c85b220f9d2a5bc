package org.recouvrement.route;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.interest.InterestLine;
import org.recouvrement.interest.InterestRegime;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;

/**
 * The interest a court document claims, as the interest engine computed it: the regime and the rate basis, the first
 * and last day of interest, every line (period, base, rate, days, interest) and their total.
 *
 * <p>A request for an order for payment states the interest within the breakdown of the amount (CPC art. 1407); an
 * application for a European order for payment states the rate and the period it is claimed for (Reg. (EC)
 * No 1896/2006, art. 7(2)(c)). Both read this value. The total is the sum of the rounded lines, as in
 * {@link org.recouvrement.interest.InterestStatement#totalInterest()}.
 */
@Value.Immutable
public abstract class InterestClaimed {

    InterestClaimed() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link InterestClaimed}. */
    static final class Builder extends ImmutableInterestClaimed.Builder {
        Builder() {
        }
    }

    /**
     * Returns the regime the interest engine applied.
     *
     * @return the regime
     */
    public abstract InterestRegime regime();

    /**
     * Returns the contractual rate applied, where the contract sets one and the regime applies it.
     *
     * @return the annual rate
     */
    public abstract Optional<Rate> contractualRate();

    /**
     * Returns the basis of the rate in English, such as {@code "ECB main refinancing rate of each semester plus 10
     * points"} or {@code "French legal interest rate of each semester (creditor: other cases)"}.
     *
     * @return the rate basis
     */
    public abstract String rateBasis();

    /**
     * Returns the first day of interest.
     *
     * @return the first day, or empty when interest has not started (no formal notice for the legal rate)
     */
    public abstract Optional<LocalDate> from();

    /**
     * Returns the last day of interest, inclusive: the date of the document, or the day before interest stopped (the
     * opening of insolvency proceedings, C. com. art. L622-28).
     *
     * @return the last day, or empty when no line was computed
     */
    public abstract Optional<LocalDate> to();

    /**
     * Returns the lines of the interest statement, in date order.
     *
     * @return the lines
     */
    public abstract List<InterestLine> lines();

    /**
     * Returns the interest of all lines.
     *
     * @return the sum of the rounded lines
     */
    public abstract Amount total();

    /**
     * Returns the texts behind the regime.
     *
     * @return the references
     */
    public abstract List<LegalReference> references();

    /**
     * Tells whether the rate is set by law or by the contract.
     *
     * @return {@link InterestBasis#CONTRACTUAL} where a contractual rate applies, {@link InterestBasis#STATUTORY}
     *     otherwise
     */
    public InterestBasis basis() {
        return contractualRate().isPresent() || regime() == InterestRegime.CONTRACTUAL_RATE
                ? InterestBasis.CONTRACTUAL : InterestBasis.STATUTORY;
    }

    @Value.Check
    void check() {
        Amount sum = Amount.zero(total().currency());
        for (InterestLine line : lines()) {
            sum = sum.plus(line.interest());
        }
        if (!sum.equals(total())) {
            throw new InvalidCourtDocumentException("interest.total", total(), "is not the sum of the lines " + sum);
        }
    }
}
