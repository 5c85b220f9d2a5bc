package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Reason;

/**
 * A pause of the dunning of one claim: why, since when, until when if known, with the reason to show.
 *
 * <p>Immutable and thread-safe.
 */
public final class Pause {

    private final PauseReason reason;
    private final LocalDate since;
    private final LocalDate until;
    private final Reason explanation;

    private Pause(PauseReason reason, LocalDate since, LocalDate until, Reason explanation) {
        this.reason = reason;
        this.since = since;
        this.until = until;
        this.explanation = explanation;
    }

    /**
     * Returns a pause.
     *
     * @param reason why dunning is paused
     * @param since the first day of the pause
     * @param until the last day of the pause, if known in advance (the promised date, the next instalment)
     * @param explanation the sentence and references to show
     * @return the pause
     */
    public static Pause of(PauseReason reason, LocalDate since, Optional<LocalDate> until, Reason explanation) {
        Checks.present(reason, "reason");
        Checks.present(since, "since");
        Checks.present(until, "until");
        Checks.present(explanation, "explanation");
        return new Pause(reason, since, until.orElse(null), explanation);
    }

    /**
     * Returns why dunning is paused.
     *
     * @return the reason
     */
    public PauseReason reason() {
        return reason;
    }

    /**
     * Returns the first day of the pause.
     *
     * @return the date the pausing event was recorded
     */
    public LocalDate since() {
        return since;
    }

    /**
     * Returns the last day of the pause, when known in advance.
     *
     * @return the last day, or empty until an event ends the pause
     */
    public Optional<LocalDate> until() {
        return Optional.ofNullable(until);
    }

    /**
     * Returns the explanation of the pause.
     *
     * @return the reason to show, with its references
     */
    public Reason explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Pause other && reason == other.reason && since.equals(other.since)
                && Objects.equals(until, other.until) && explanation.equals(other.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, since, until, explanation);
    }

    /**
     * Returns a description such as {@code "DISPUTE since 2026-03-01: ..."}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return reason + " since " + since + (until == null ? "" : " until " + until) + ": " + explanation;
    }
}
