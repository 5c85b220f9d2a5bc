package org.recouvrement.limitation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;
import org.recouvrement.recovery.CaseEvent;

/**
 * One event of the case as the limitation assessment read it: what it did to the period, why, and the last day of
 * the period right after it. Reminders and formal notices appear here too, with {@link EventEffect#NO_EFFECT} and the
 * rule that says so.
 *
 * <p>Immutable and thread-safe.
 */
public final class AppliedEvent {

    private final CaseEvent event;
    private final EventEffect effect;
    private final Cause cause;
    private final LocalDate expiryAfter;

    private AppliedEvent(CaseEvent event, EventEffect effect, Cause cause, LocalDate expiryAfter) {
        this.event = event;
        this.effect = effect;
        this.cause = cause;
        this.expiryAfter = expiryAfter;
    }

    static AppliedEvent of(CaseEvent event, EventEffect effect, Cause cause, LocalDate expiryAfter) {
        return new AppliedEvent(event, effect, cause, expiryAfter);
    }

    /**
     * Returns the event.
     *
     * @return the event of the case's timeline
     */
    public CaseEvent event() {
        return event;
    }

    /**
     * Returns the date of the event.
     *
     * @return the date
     */
    public LocalDate date() {
        return event.date();
    }

    /**
     * Returns what the event did to the period.
     *
     * @return the effect
     */
    public EventEffect effect() {
        return effect;
    }

    /**
     * Returns the rule that gives the event its effect, with its legal references.
     *
     * @return the reason
     */
    public Reason reason() {
        return cause.reason();
    }

    /**
     * Returns the legal references of the rule applied.
     *
     * @return the references, possibly empty for an event the law ignores
     */
    public List<LegalReference> references() {
        return cause.reason().references();
    }

    /**
     * Returns the last day of the period right after the event, if the clock was running then; for an event after
     * expiry, the day the claim became time-barred.
     *
     * @return the last day, or empty while the clock was stopped (suspension, pending proceedings) or not yet started
     */
    public Optional<LocalDate> expiryAfter() {
        return Optional.ofNullable(expiryAfter);
    }

    Cause cause() {
        return cause;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AppliedEvent other
                && event.equals(other.event) && effect == other.effect && cause == other.cause
                && Objects.equals(expiryAfter, other.expiryAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, effect, cause, expiryAfter);
    }

    /**
     * Returns the date, the kind of event, the effect and the reason, such as
     * {@code "2026-03-01 ReminderSent: NO_EFFECT. A reminder does not interrupt limitation... [C. civ. art. 2240]"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return event.date() + " " + event.getClass().getSimpleName() + ": " + effect + ". " + cause.reason();
    }
}
