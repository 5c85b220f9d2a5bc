package org.recouvrement.dunning;

import java.util.Objects;
import org.recouvrement.internal.Checks;

/**
 * When a dunning step falls due: a number of calendar or working days counted from the claim's due date or from the
 * day the previous step was passed.
 *
 * <p>An offset from the due date may be negative (a reminder before the due date). An offset from the previous step
 * must be at least one day: a step never falls due on the day the previous one was passed, so that a decision rerun
 * the same day after its actions were recorded proposes nothing new.
 *
 * <pre>{@code
 * StepTrigger.daysAfterDueDate(7);          // seven calendar days after the due date
 * StepTrigger.daysBeforeDueDate(5);         // five calendar days before it
 * StepTrigger.daysAfterPreviousStep(14);    // fourteen days after the previous step
 * StepTrigger.of(Anchor.PREVIOUS_STEP, 3, OffsetUnit.WORKING_DAYS);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StepTrigger {

    private final Anchor anchor;
    private final int offset;
    private final OffsetUnit unit;

    private StepTrigger(Anchor anchor, int offset, OffsetUnit unit) {
        this.anchor = anchor;
        this.offset = offset;
        this.unit = unit;
    }

    /**
     * Returns a trigger.
     *
     * @param anchor the date counted from
     * @param offset the number of days; at least 1 from the previous step; between -3650 and 3650
     * @param unit calendar or working days
     * @return the trigger
     * @throws InvalidPolicyException if the offset is out of range, or below 1 from the previous step
     */
    public static StepTrigger of(Anchor anchor, int offset, OffsetUnit unit) {
        Checks.present(anchor, "anchor");
        Checks.present(unit, "unit");
        if (offset < -3650 || offset > 3650) {
            throw new InvalidPolicyException("offset", offset, "must be between -3650 and 3650 days");
        }
        if (anchor == Anchor.PREVIOUS_STEP && offset < 1) {
            throw new InvalidPolicyException("offset", offset, "must be at least 1 after the previous step: a step "
                    + "falling due on the day the previous one was passed would be proposed again when the decision "
                    + "is rerun that day");
        }
        return new StepTrigger(anchor, offset, unit);
    }

    /**
     * Returns a trigger a number of calendar days after the due date.
     *
     * @param days the days, zero for the due date itself
     * @return the trigger
     */
    public static StepTrigger daysAfterDueDate(int days) {
        return of(Anchor.DUE_DATE, days, OffsetUnit.CALENDAR_DAYS);
    }

    /**
     * Returns a trigger a number of calendar days before the due date, for a pre-due reminder.
     *
     * @param days the days, positive
     * @return the trigger
     */
    public static StepTrigger daysBeforeDueDate(int days) {
        if (days < 1) {
            throw new InvalidPolicyException("days", days, "must be at least 1 before the due date");
        }
        return of(Anchor.DUE_DATE, -days, OffsetUnit.CALENDAR_DAYS);
    }

    /**
     * Returns a trigger a number of calendar days after the previous step.
     *
     * @param days the days, at least 1
     * @return the trigger
     */
    public static StepTrigger daysAfterPreviousStep(int days) {
        return of(Anchor.PREVIOUS_STEP, days, OffsetUnit.CALENDAR_DAYS);
    }

    /**
     * Returns a trigger a number of working days after the previous step.
     *
     * @param days the working days, at least 1
     * @return the trigger
     */
    public static StepTrigger workingDaysAfterPreviousStep(int days) {
        return of(Anchor.PREVIOUS_STEP, days, OffsetUnit.WORKING_DAYS);
    }

    /**
     * Returns the date the offset is counted from.
     *
     * @return the anchor
     */
    public Anchor anchor() {
        return anchor;
    }

    /**
     * Returns the offset in days; negative before the due date.
     *
     * @return the offset
     */
    public int offset() {
        return offset;
    }

    /**
     * Returns the unit of the offset.
     *
     * @return calendar or working days
     */
    public OffsetUnit unit() {
        return unit;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof StepTrigger other
                && anchor == other.anchor && offset == other.offset && unit == other.unit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(anchor, offset, unit);
    }

    /**
     * Returns a description such as {@code "7 calendar days after the due date"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        int days = Math.abs(offset);
        String unitText = unit == OffsetUnit.CALENDAR_DAYS ? " calendar day" : " working day";
        String plural = days == 1 ? "" : "s";
        if (anchor == Anchor.PREVIOUS_STEP) {
            return days + unitText + plural + " after the previous step";
        }
        if (offset == 0) {
            return "on the due date";
        }
        return days + unitText + plural + (offset < 0 ? " before" : " after") + " the due date";
    }
}
