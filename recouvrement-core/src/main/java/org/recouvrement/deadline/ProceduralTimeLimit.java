package org.recouvrement.deadline;

import java.time.Period;
import org.immutables.value.Value;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;

/**
 * A procedural time limit (<i>délai de procédure</i>), CPC art. 640: a duration in days, months, years or months and
 * days, the direction it is counted in, what it is for (which decides the distance extensions of CPC art. 643-644),
 * the legal order whose counting rules apply, and the text that sets it.
 *
 * <pre>{@code
 * ProceduralTimeLimit opposition = ProceduralTimeLimit.builder()
 *     .name("Opposition to an order for payment")
 *     .period(Period.ofMonths(1))
 *     .kind(TimeLimitKind.OPPOSITION)
 *     .jurisdiction(Jurisdiction.FRANCE)
 *     .reference(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1416"))
 *     .build();
 * }</pre>
 *
 * <p>{@link TimeLimits} holds the time limits recovery uses. A limitation period (<i>prescription</i>) is not a
 * procedural time limit: it is not moved off a non-working day (C. civ. art. 2228-2229); count it with
 * {@link TimeLimitArithmetic}.
 */
@Value.Immutable
public abstract class ProceduralTimeLimit {

    ProceduralTimeLimit() {
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
     * Builds a {@link ProceduralTimeLimit}. Required: name, period, jurisdiction, reference. By default the time
     * limit is counted {@link Direction#FORWARD forwards} and is of kind {@link TimeLimitKind#OTHER}.
     */
    public static final class Builder extends ImmutableProceduralTimeLimit.Builder {
        Builder() {
        }
    }

    /**
     * Returns the English name of the time limit.
     *
     * @return the name, such as {@code "Opposition to an order for payment"}
     */
    public abstract String name();

    /**
     * Returns the duration: days ({@code P15D}), months ({@code P1M}), years, or months and days ({@code P1M15D}).
     * Months are counted before days (CPC art. 641 al. 3).
     *
     * @return the duration, positive in every unit
     */
    public abstract Period period();

    /**
     * Returns the direction the time limit is counted in.
     *
     * @return the direction; {@link Direction#FORWARD} by default
     */
    @Value.Default
    public Direction direction() {
        return Direction.FORWARD;
    }

    /**
     * Returns what the time limit is for, which decides the distance extensions.
     *
     * @return the kind; {@link TimeLimitKind#OTHER} by default
     */
    @Value.Default
    public TimeLimitKind kind() {
        return TimeLimitKind.OTHER;
    }

    /**
     * Returns the legal order whose counting rules apply: CPC art. 640-644 for France, C. jud. art. 52-54 for
     * Belgium, Regulation (EEC, Euratom) No 1182/71 for a time limit set by EU law.
     *
     * @return the jurisdiction
     */
    public abstract Jurisdiction jurisdiction();

    /**
     * Returns the text that sets the time limit.
     *
     * @return the reference, such as {@code CPC art. 1416}
     */
    public abstract LegalReference reference();

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new InvalidTimeLimitException("name", "''", "must not be blank");
        }
        if (period().isNegative()) {
            throw new InvalidTimeLimitException("period", period(), "must not be negative");
        }
        if (period().isZero()) {
            throw new InvalidTimeLimitException("period", period(), "must not be zero");
        }
    }

    /**
     * Returns the name, the period and the reference, such as
     * {@code "Opposition to an order for payment (P1M, CPC art. 1416)"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return name() + " (" + period() + (direction() == Direction.BACKWARD ? " before" : "") + ", "
                + reference().display() + ")";
    }
}
