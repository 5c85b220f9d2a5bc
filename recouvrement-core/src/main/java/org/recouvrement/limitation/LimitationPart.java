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
    // What the assessment needs besides, when this part is the one it reports on.
    private final LimitationRule rule;
    private final long longStop;
    private final boolean expiredByLongStop;
    private final boolean titleAfterExpiry;

    private LimitationPart(LocalDate dueDate, Amount amount, long start, long expiry, LimitationStatus status,
            long remainingDays, LimitationRule rule, long longStop, boolean expiredByLongStop,
            boolean titleAfterExpiry) {
        this.dueDate = dueDate;
        this.amount = amount;
        this.start = start;
        this.expiry = expiry;
        this.status = status;
        this.remainingDays = remainingDays;
        this.rule = rule;
        this.longStop = longStop;
        this.expiredByLongStop = expiredByLongStop;
        this.titleAfterExpiry = titleAfterExpiry;
    }

    /**
     * Makes the outcome of a replay.
     *
     * @param dueDate the due date of the part
     * @param amount the amount of the part
     * @param start the day the current period runs from, as an epoch day
     * @param expiry the last day, or {@link Replay#NO_DAY} while the clock is stopped
     * @param status the status on the date asked about
     * @param remainingDays the days left
     * @param rule the rule of the current period (the title's, once a decision was served)
     * @param longStop the long-stop still capping the period, or {@link Replay#NO_DAY}
     * @param expiredByLongStop whether the period ran out at the long-stop
     * @param titleAfterExpiry whether a decision was served after the claim had become time-barred
     * @return the part
     */
    static LimitationPart of(LocalDate dueDate, Amount amount, long start, long expiry, LimitationStatus status,
            long remainingDays, LimitationRule rule, long longStop, boolean expiredByLongStop,
            boolean titleAfterExpiry) {
        return new LimitationPart(dueDate, amount, start, expiry, status, remainingDays, rule, longStop,
                expiredByLongStop, titleAfterExpiry);
    }

    long startDay() {
        return start;
    }

    long expiryDay() {
        return expiry;
    }

    LimitationRule rule() {
        return rule;
    }

    long longStopDay() {
        return longStop;
    }

    boolean expiredByLongStop() {
        return expiredByLongStop;
    }

    boolean titleAfterExpiry() {
        return titleAfterExpiry;
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
