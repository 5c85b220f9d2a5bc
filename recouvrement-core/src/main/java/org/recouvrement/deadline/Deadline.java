package org.recouvrement.deadline;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Explanation;
import org.recouvrement.party.Territory;

/**
 * When a procedural time limit expires, and why (<i>date d'expiration d'un délai</i>, CPC art. 640-644, C. jud.
 * art. 52-54): the day that starts it, the raw end the arithmetic gives, each move of that end with its reason and
 * legal reference, the last day on which the act may be done, and the instant the time limit runs out, 24:00 of
 * that day in the time zone of the court's territory (CPC art. 642 al. 1).
 *
 * <p>For a time limit counted {@link Direction#BACKWARD backwards}, the origin is the event (such as the hearing) and
 * the expiry date is the last day on which the act may be done before it. Immutable; built by
 * {@link DeadlineCalculator}.
 */
public final class Deadline {

    private final ProceduralTimeLimit timeLimit;
    private final LocalDate origin;
    private final Territory courtTerritory;
    private final Territory partyTerritory;
    private final LocalDate rawEnd;
    private final List<Adjustment> adjustments;
    private final LocalDate expiryDate;
    private final ZoneId zone;
    private final Explanation explanation;

    Deadline(ProceduralTimeLimit timeLimit, LocalDate origin, Territory courtTerritory, Territory partyTerritory,
            LocalDate rawEnd, List<Adjustment> adjustments, LocalDate expiryDate, ZoneId zone,
            Explanation explanation) {
        this.timeLimit = timeLimit;
        this.origin = origin;
        this.courtTerritory = courtTerritory;
        this.partyTerritory = partyTerritory;
        this.rawEnd = rawEnd;
        this.adjustments = List.copyOf(adjustments);
        this.expiryDate = expiryDate;
        this.zone = zone;
        this.explanation = explanation;
    }

    /**
     * Returns the time limit computed.
     *
     * @return the time limit
     */
    public ProceduralTimeLimit timeLimit() {
        return timeLimit;
    }

    /**
     * Returns the day of the act, event, decision or notification that starts the time limit (CPC art. 640), or for
     * a time limit counted backwards the day of the event it is counted back from.
     *
     * @return the origin
     */
    public LocalDate origin() {
        return origin;
    }

    /**
     * Returns the territory of the court (or of the place where the act must be done) whose holidays apply.
     *
     * @return the territory
     */
    public Territory courtTerritory() {
        return courtTerritory;
    }

    /**
     * Returns where the party the time limit runs against lives, if it was given.
     *
     * @return the territory, or empty
     */
    public Optional<Territory> partyTerritory() {
        return Optional.ofNullable(partyTerritory);
    }

    /**
     * Returns the end the arithmetic gives for the stated duration, before any distance extension or move off a
     * non-working day.
     *
     * @return the raw end
     */
    public LocalDate rawEnd() {
        return rawEnd;
    }

    /**
     * Returns each move of the end, in the order applied: the distance extension first, then the move to a working
     * day.
     *
     * @return the adjustments, possibly empty
     */
    public List<Adjustment> adjustments() {
        return adjustments;
    }

    /**
     * Returns the last day on which the act may be done.
     *
     * @return the expiry date
     */
    public LocalDate expiryDate() {
        return expiryDate;
    }

    /**
     * Returns the instant the time limit runs out: 24:00 of the expiry date, that is the start of the next day, in
     * the time zone of the court's territory.
     *
     * @return the instant, or empty when the territory has no known time zone
     */
    public Optional<ZonedDateTime> expiresAt() {
        return zone == null ? Optional.empty() : Optional.of(expiryDate.plusDays(1).atStartOfDay(zone));
    }

    /**
     * Tells whether the act can still be done on a date.
     *
     * @param asOf the date the question is asked for
     * @return true up to and including the expiry date
     */
    public boolean isOpenOn(LocalDate asOf) {
        Checks.present(asOf, "asOf");
        return !asOf.isAfter(expiryDate);
    }

    /**
     * Returns why the time limit expires when it does, step by step, with the legal references.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Deadline other && timeLimit.equals(other.timeLimit) && origin.equals(other.origin)
                && courtTerritory == other.courtTerritory && partyTerritory == other.partyTerritory
                && rawEnd.equals(other.rawEnd) && adjustments.equals(other.adjustments)
                && expiryDate.equals(other.expiryDate) && Objects.equals(zone, other.zone)
                && explanation.equals(other.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timeLimit, origin, courtTerritory, partyTerritory, rawEnd, adjustments, expiryDate, zone);
    }

    /**
     * Returns a one-line summary such as
     * {@code "Opposition to an order for payment (P1M, CPC art. 1416) from 2026-03-02: expires 2026-04-02"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return timeLimit + " from " + origin + ": expires " + expiryDate;
    }
}
