package org.recouvrement.limitation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.recouvrement.money.Amount;

/**
 * The limitation of one part of a claim: the whole claim, or one instalment of a debt payable in instalments, whose
 * period runs from its own due date (C. civ. art. 2224, 2233; Cass. 1re civ., 11 Feb 2016, n° 14-22.938), the
 * remaining capital from the acceleration.
 *
 * <p>Immutable and thread-safe.
 */
public final class LimitationPart {

    private final LocalDate dueDate;
    private final Amount amount;
    private final long start;
    private final long expiry;
    private final LimitationStatus status;
    private final long remainingDays;

    private LimitationPart(LocalDate dueDate, Amount amount, long start, long expiry, LimitationStatus status,
            long remainingDays) {
        this.dueDate = dueDate;
        this.amount = amount;
        this.start = start;
        this.expiry = expiry;
        this.status = status;
        this.remainingDays = remainingDays;
    }

    static LimitationPart of(LocalDate dueDate, Amount amount, Replay.Outcome outcome) {
        return new LimitationPart(dueDate, amount, outcome.periodStart(), outcome.expiry(), outcome.status(),
                outcome.remainingDays());
    }

    /**
     * Returns the due date of the part: the instalment's, or the claim's.
     *
     * @return the due date
     */
    public LocalDate dueDate() {
        return dueDate;
    }

    /**
     * Returns the amount of the part: the instalment, or the principal of the claim.
     *
     * @return the amount
     */
    public Amount amount() {
        return amount;
    }

    /**
     * Returns the day the part's current period runs from.
     *
     * @return the start
     */
    public LocalDate start() {
        return LocalDate.ofEpochDay(start);
    }

    /**
     * Returns the last day of the part's period.
     *
     * @return the last day, or empty while the clock is stopped
     */
    public Optional<LocalDate> expiry() {
        return expiry == Replay.NO_DAY ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(expiry));
    }

    /**
     * Returns the status of the part on the date asked about.
     *
     * @return the status
     */
    public LimitationStatus status() {
        return status;
    }

    /**
     * Returns the days left, as {@link LimitationAssessment#remainingDays()} defines them.
     *
     * @return the days left, zero once expired
     */
    public long remainingDays() {
        return remainingDays;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LimitationPart other
                && dueDate.equals(other.dueDate) && amount.equals(other.amount) && start == other.start
                && expiry == other.expiry && status == other.status && remainingDays == other.remainingDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(dueDate, amount, start(), expiry().orElse(null), status, remainingDays);
    }

    /**
     * Returns a summary such as {@code "EUR 250.00 due 2024-01-31: RUNNING until 2029-01-31"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return amount + " due " + dueDate + ": " + status
                + (expiry == Replay.NO_DAY ? "" : " until " + LocalDate.ofEpochDay(expiry));
    }
}
