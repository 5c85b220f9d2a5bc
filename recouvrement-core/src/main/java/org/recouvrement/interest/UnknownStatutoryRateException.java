package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.Objects;
import org.recouvrement.RecouvrementException;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.spi.StatutoryRateSeries;

/**
 * No statutory rate is known for a date: the rate has not been published yet (the French legal rate of the second
 * semester of 2026, for instance), or it lies before the tables the library ships.
 *
 * <p>The library never reuses an older rate silently. Supply the missing period with a
 * {@link org.recouvrement.spi.StatutoryRateSource}, or opt into {@link UnknownRatePolicy#USE_LATEST_KNOWN_RATE}, in
 * which case the statement reports every line computed with an assumed rate. {@link #period()} names the publication
 * period that is missing, so an application can tell the user which arrêté or notice to look for.
 */
public final class UnknownStatutoryRateException extends RecouvrementException {

    private static final long serialVersionUID = 1L;

    /** The series without a rate. */
    private final StatutoryRateSeries series;
    /** The date a rate was needed for. */
    private final LocalDate date;
    /** The first day of the missing publication period. */
    private final LocalDate periodStart;
    /** The first day after the missing publication period. */
    private final LocalDate periodEnd;

    /**
     * Creates the exception.
     *
     * @param series the series without a rate
     * @param date the date a rate was needed for
     * @param period the publication period that is missing, containing the date
     * @param detail a sentence saying what the rate was needed for, or an empty string
     */
    public UnknownStatutoryRateException(StatutoryRateSeries series, LocalDate date, EffectivePeriod period,
            String detail) {
        super("no " + series + " rate is known for " + describe(period) + " (needed for " + date + ")"
                + (detail.isEmpty() ? "" : "; " + detail)
                + "; supply it with a StatutoryRateSource or opt into the latest known rate");
        this.series = Objects.requireNonNull(series, "series");
        this.date = Objects.requireNonNull(date, "date");
        this.periodStart = period.startInclusive();
        this.periodEnd = period.endExclusive().orElse(null);
    }

    /**
     * Returns the series without a rate.
     *
     * @return the series
     */
    public StatutoryRateSeries series() {
        return series;
    }

    /**
     * Returns the date a rate was needed for.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the publication period whose rate is missing: a semester, a year, or for the ECB rate the day asked.
     *
     * @return the missing period, half-open
     */
    public EffectivePeriod period() {
        return periodEnd == null ? EffectivePeriod.from(periodStart) : EffectivePeriod.ofHalfOpen(periodStart, periodEnd);
    }

    private static String describe(EffectivePeriod period) {
        return period.toString();
    }
}
