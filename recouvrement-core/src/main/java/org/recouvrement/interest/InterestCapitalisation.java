package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;

/**
 * Capitalisation of interest (<i>capitalisation des intérêts</i>, <i>anatocisme</i>), C. civ. art. 1343-2: "les
 * intérêts échus, dus au moins pour une année entière, produisent intérêt si le contrat l'a prévu ou si une décision
 * de justice le précise".
 *
 * <p>The library capitalises on each anniversary of the first day of interest: at the end of every whole year of
 * interest, the interest accrued and not paid is added to the base. With a contract clause every anniversary counts;
 * with a judgment, the anniversaries on or after the date the judgment sets. Immutable.
 */
public final class InterestCapitalisation {

    /** The rule. */
    public static final LegalReference REFERENCE = LegalCode.CIVIL_CODE.article("1343-2");

    private final LocalDate orderedFrom;

    private InterestCapitalisation(LocalDate orderedFrom) {
        this.orderedFrom = orderedFrom;
    }

    /**
     * Returns capitalisation stipulated by the contract.
     *
     * @return the capitalisation
     */
    public static InterestCapitalisation stipulatedByContract() {
        return new InterestCapitalisation(null);
    }

    /**
     * Returns capitalisation ordered by a judgment from a date (often the date of the request).
     *
     * @param from the first date on which interest may be capitalised
     * @return the capitalisation
     */
    public static InterestCapitalisation orderedByJudgment(LocalDate from) {
        return new InterestCapitalisation(Checks.present(from, "from"));
    }

    /**
     * Returns the date from which a judgment allows capitalisation.
     *
     * @return the date, or empty when the contract provides for it
     */
    public Optional<LocalDate> orderedFrom() {
        return Optional.ofNullable(orderedFrom);
    }

    /**
     * Tells whether the contract provides for capitalisation.
     *
     * @return true for a contract clause, false for a judgment
     */
    public boolean isContractual() {
        return orderedFrom == null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof InterestCapitalisation other && Objects.equals(orderedFrom, other.orderedFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(orderedFrom);
    }

    @Override
    public String toString() {
        return orderedFrom == null ? "capitalisation by contract" : "capitalisation by judgment from " + orderedFrom;
    }
}
