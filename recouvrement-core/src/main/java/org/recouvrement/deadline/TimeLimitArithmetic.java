package org.recouvrement.deadline;

import java.time.LocalDate;
import java.time.Period;
import org.recouvrement.internal.Checks;

/**
 * The date arithmetic of time limits, without any move to a working day: the day that starts the period does not
 * count, days are added one by one, months and years run from quantième to quantième and end on the last day of the
 * month when the month has no such day, and in a period of months and days the months come first.
 *
 * <p>This is the arithmetic of CPC art. 641 for procedural time limits and of C. civ. art. 2228-2229 for limitation
 * periods (<i>prescription</i>): "La prescription se compte par jours et non par heures. Elle est acquise lorsque le
 * dernier jour du terme est accompli." A limitation period is <b>not</b> extended when its last day is a Saturday,
 * a Sunday or a holiday: a prescription whose last day is Saturday 23 April 2016 is acquired that Saturday at
 * midnight, where a procedural time limit would run to Monday 25 April, as reported of Cass. 7 April 2016. Procedural time
 * limits get that move, and their distance extensions, from {@link DeadlineCalculator}; limitation periods use this
 * class directly.
 *
 * <pre>{@code
 * TimeLimitArithmetic.endFrom(LocalDate.of(2011, 4, 23), Period.ofYears(5)); // 2016-04-23, a Saturday, kept
 * TimeLimitArithmetic.endFrom(LocalDate.of(2024, 1, 31), Period.ofMonths(1)); // 2024-02-29
 * }</pre>
 */
public final class TimeLimitArithmetic {

    private TimeLimitArithmetic() {
    }

    /**
     * Returns the last day of a period that runs from an origin: the origin itself does not count.
     *
     * @param origin the day of the act, event or notification that starts the period (<i>dies a quo</i>)
     * @param period the duration, zero or positive in every unit
     * @return the last day of the period, on which it expires at 24:00
     * @throws InvalidTimeLimitException if the period is negative in some unit
     */
    public static LocalDate endFrom(LocalDate origin, Period period) {
        Checks.present(origin, "origin");
        checked(period);
        return origin.plusMonths(period.toTotalMonths()).plusDays(period.getDays());
    }

    /**
     * Returns the last day of a period counted backwards from an event (<i>délai à rebours</i>): the day of the event
     * does not count, months are subtracted before days.
     *
     * @param event the day of the event, such as the hearing
     * @param period the duration, zero or positive in every unit
     * @return the last day on which the act may be done
     * @throws InvalidTimeLimitException if the period is negative in some unit
     */
    public static LocalDate endBefore(LocalDate event, Period period) {
        Checks.present(event, "event");
        checked(period);
        return event.minusMonths(period.toTotalMonths()).minusDays(period.getDays());
    }

    private static Period checked(Period period) {
        Checks.present(period, "period");
        if (period.isNegative()) {
            throw new InvalidTimeLimitException("period", period, "must not be negative");
        }
        return period;
    }
}
