package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.law.Provision;
import org.recouvrement.money.Rate;
import org.recouvrement.spi.StatutoryRateSeries;
import org.recouvrement.spi.StatutoryRateSource;

/**
 * The statutory rate tables (<i>taux réglementaires</i>) the library computes with: every
 * {@link StatutoryRateSeries series}, each row with its period and the text that published it, indexed for fast
 * lookup by date.
 *
 * <p>The built-in tables ({@link #builtIn()}) hold the rates published up to the library's release: the French legal
 * rate since 2005 (yearly until 2014, then per semester for both creditor categories, CMF art. L313-2), the ECB main
 * refinancing rate with every change since July 2008, the Belgian commercial late-payment rate per semester since
 * 2013 and the Belgian legal rate per year since 2007. They are read once from the library's resources, lazily and
 * thread-safely. An integrator adds later periods with a {@link StatutoryRateSource}: for a date, the rate of the
 * first source that covers it wins, in this order: the explicit source given to {@link #with(StatutoryRateSource)},
 * the sources registered for {@link ServiceLoader}, the built-in tables.
 *
 * <p>A date without a known rate raises {@link UnknownStatutoryRateException}: the library never reuses an older
 * rate silently. Instances are immutable and thread-safe; build one and share it.
 *
 * <pre>{@code
 * StatutoryRates rates = StatutoryRates.standard();
 * rates.rateOn(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES, LocalDate.of(2026, 3, 1)).value(); // 2.62%
 * rates.frenchCommercialDefaultRate(LocalDate.of(2024, 3, 1));                                       // 14.50%
 * }</pre>
 */
public final class StatutoryRates {

    /** The first day the library applies the rules of C. com. art. L441-10 in their present form (loi 2008-776). */
    static final LocalDate FRENCH_COMMERCIAL_RULES_START = LocalDate.of(2009, 1, 1);

    private final Map<StatutoryRateSeries, RateTable> tables;

    private StatutoryRates(Map<StatutoryRateSeries, RateTable> tables) {
        this.tables = tables;
    }

    /**
     * Returns the tables shipped with the library, without any {@link StatutoryRateSource}.
     *
     * @return the built-in tables
     * @throws InvalidRateTableException if a shipped table is damaged
     */
    public static StatutoryRates builtIn() {
        return BuiltIn.RATES;
    }

    /**
     * Returns the sources registered for {@link ServiceLoader} (looked up once, with the library's class loader) in
     * front of the built-in tables.
     *
     * @return the standard tables
     */
    public static StatutoryRates standard() {
        return Standard.RATES;
    }

    /**
     * Returns the given source in front of the standard tables: the source first, then the sources registered for
     * {@link ServiceLoader}, then the built-in tables.
     *
     * @param source the source to consult first
     * @return the tables
     * @throws InvalidRateTableException if the source returns overlapping or open-ended periods
     */
    public static StatutoryRates with(StatutoryRateSource source) {
        Checks.present(source, "source");
        List<StatutoryRateSource> sources = new ArrayList<>();
        sources.add(source);
        sources.addAll(Standard.LOADED);
        return resolve(sources);
    }

    /**
     * Returns the given sources, in order, in front of the built-in tables, without consulting the service loader.
     *
     * @param sources the sources, the first consulted first
     * @return the tables
     */
    static StatutoryRates resolve(List<StatutoryRateSource> sources) {
        Map<StatutoryRateSeries, RateTable> tables = new EnumMap<>(StatutoryRateSeries.class);
        for (StatutoryRateSeries series : StatutoryRateSeries.values()) {
            List<List<Provision<Rate>>> layers = new ArrayList<>();
            for (StatutoryRateSource source : sources) {
                List<Provision<Rate>> rates = source.rates(series);
                Checks.present(rates, "rates(" + series + ")");
                layers.add(rates);
            }
            layers.add(BuiltIn.RATES.table(series));
            tables.put(series, new RateTable(merge(series, layers)));
        }
        return new StatutoryRates(tables);
    }

    /**
     * Returns the rate of a series in force on a date.
     *
     * @param series the series
     * @param date the date
     * @return the rate with its period and the text that published it
     * @throws UnknownStatutoryRateException if no rate is known for the date
     */
    public Provision<Rate> rateOn(StatutoryRateSeries series, LocalDate date) {
        return find(series, date).orElseThrow(() -> new UnknownStatutoryRateException(series, date,
                series.publicationPeriodOf(date), ""));
    }

    /**
     * Returns the rate of a series in force on a date, if known.
     *
     * @param series the series
     * @param date the date
     * @return the rate with its period and source, or empty
     */
    public Optional<Provision<Rate>> find(StatutoryRateSeries series, LocalDate date) {
        Checks.present(series, "series");
        Checks.present(date, "date");
        RateTable.Row row = tables.get(series).at(date.toEpochDay());
        return row == null ? Optional.empty() : Optional.of(row.provision());
    }

    /**
     * Returns the whole table of a series.
     *
     * @param series the series
     * @return its rates in date order
     */
    public List<Provision<Rate>> table(StatutoryRateSeries series) {
        Checks.present(series, "series");
        return tables.get(series).provisions();
    }

    /**
     * Returns the last day for which a series has a known rate.
     *
     * @param series the series
     * @return the last day covered, or empty for an empty series
     */
    public Optional<LocalDate> lastKnownDay(StatutoryRateSeries series) {
        Checks.present(series, "series");
        RateTable.Row last = tables.get(series).last();
        return last == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(last.end() - 1L));
    }

    /**
     * Returns the default rate of French B2B late-payment penalties for the semester of a date (C. com.
     * art. L441-10 II): the ECB main refinancing rate in force on 1 January (first semester) or 1 July (second
     * semester), plus ten points. Example: first semester of 2024, 4.50 % + 10 = 14.50 %.
     *
     * @param date a date of the semester
     * @return the default penalty rate
     * @throws UnknownStatutoryRateException if the ECB rate on the semester's first day is not known, or the date is
     *     before 2009, whose rules the library does not hold
     */
    public Rate frenchCommercialDefaultRate(LocalDate date) {
        Checks.present(date, "date");
        EffectivePeriod semester = StatutoryRateSeries.semesterOf(date);
        RateTable.Row row = ecbRowForSemester(date, semester);
        if (row == null) {
            throw unknownEcb(date, semester);
        }
        return row.plusTen();
    }

    /**
     * Returns the floor of a contractual B2B penalty rate on a date (C. com. art. L441-10 II): three times the French
     * legal rate "in all other cases". Example: first semester of 2026, 3 × 2.62 % = 7.86 %. The floor limits a
     * contractual rate only; it does not raise the default rate.
     *
     * @param date the date
     * @return the floor
     * @throws UnknownStatutoryRateException if the legal rate of the date is not known, or the date is before 2009
     */
    public Rate frenchCommercialRateFloor(LocalDate date) {
        Checks.present(date, "date");
        if (date.isBefore(FRENCH_COMMERCIAL_RULES_START)) {
            throw unknownEcb(date, StatutoryRateSeries.semesterOf(date));
        }
        RateTable.Row row = table(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES, date);
        if (row == null) {
            throw new UnknownStatutoryRateException(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES, date,
                    StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES.publicationPeriodOf(date),
                    "the floor of C. com. art. L441-10 is three times this rate");
        }
        return row.timesThree();
    }

    /**
     * Returns the indexed table of a series, for the statement engine.
     *
     * @param series the series
     * @return the table
     */
    RateTable indexed(StatutoryRateSeries series) {
        return tables.get(series);
    }

    private RateTable.Row table(StatutoryRateSeries series, LocalDate date) {
        return tables.get(series).at(date.toEpochDay());
    }

    private RateTable.Row ecbRowForSemester(LocalDate date, EffectivePeriod semester) {
        if (date.isBefore(FRENCH_COMMERCIAL_RULES_START)) {
            return null;
        }
        return table(StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE, semester.startInclusive());
    }

    static UnknownStatutoryRateException unknownEcb(LocalDate date, EffectivePeriod semester) {
        String detail = date.isBefore(FRENCH_COMMERCIAL_RULES_START)
                ? "the library applies C. com. art. L441-10 (ECB rate + 10 points, floor of three times the legal "
                        + "rate) from 2009-01-01 only"
                : "the B2B penalty rate of the semester is the ECB rate in force on " + semester.startInclusive()
                        + " + 10 points (C. com. art. L441-10)";
        return new UnknownStatutoryRateException(StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE, date, semester,
                detail);
    }

    /**
     * Merges layers of rates, the first layer winning where periods overlap, and checks each layer.
     */
    private static List<Provision<Rate>> merge(StatutoryRateSeries series, List<List<Provision<Rate>>> layers) {
        List<Provision<Rate>> merged = new ArrayList<>();
        for (List<Provision<Rate>> layer : layers) {
            List<Provision<Rate>> sorted = checked(series, layer);
            if (merged.isEmpty()) {
                merged.addAll(sorted);
                continue;
            }
            List<Provision<Rate>> covered = List.copyOf(merged);
            for (Provision<Rate> provision : sorted) {
                merged.addAll(uncovered(provision, covered));
            }
            merged.sort(BY_START);
        }
        return merged;
    }

    private static List<Provision<Rate>> checked(StatutoryRateSeries series, List<Provision<Rate>> layer) {
        List<Provision<Rate>> sorted = new ArrayList<>(layer.size());
        for (Provision<Rate> provision : layer) {
            Checks.present(provision, "rates(" + series + ") element");
            if (provision.period().endExclusive().isEmpty()) {
                throw new InvalidRateTableException(series + " period", provision.period(),
                        "has no end; a statutory rate is known only until its next publication");
            }
            sorted.add(provision);
        }
        sorted.sort(BY_START);
        for (int i = 1; i < sorted.size(); i++) {
            LocalDate previousEnd = sorted.get(i - 1).period().endExclusive().orElseThrow();
            if (previousEnd.isAfter(sorted.get(i).period().startInclusive())) {
                throw new InvalidRateTableException(series + " periods",
                        sorted.get(i - 1).period() + " and " + sorted.get(i).period(),
                        "overlap; the rate in force on a date must be unique");
            }
        }
        return sorted;
    }

    /** Returns the parts of a provision's period not covered by any of the given provisions. */
    private static List<Provision<Rate>> uncovered(Provision<Rate> provision, List<Provision<Rate>> covered) {
        List<Provision<Rate>> parts = new ArrayList<>();
        LocalDate start = provision.period().startInclusive();
        LocalDate end = provision.period().endExclusive().orElseThrow();
        for (Provision<Rate> other : covered) {
            LocalDate otherStart = other.period().startInclusive();
            LocalDate otherEnd = other.period().endExclusive().orElseThrow();
            if (!otherEnd.isAfter(start) || !otherStart.isBefore(end)) {
                continue;
            }
            if (otherStart.isAfter(start)) {
                parts.add(Provision.of(provision.value(), EffectivePeriod.ofHalfOpen(start, otherStart),
                        provision.reference()));
            }
            start = otherEnd.isAfter(start) ? otherEnd : start;
            if (!start.isBefore(end)) {
                return parts;
            }
        }
        if (start.equals(provision.period().startInclusive())) {
            parts.add(provision);
        } else {
            parts.add(Provision.of(provision.value(), EffectivePeriod.ofHalfOpen(start, end), provision.reference()));
        }
        return parts;
    }

    private static final Comparator<Provision<Rate>> BY_START =
            Comparator.comparing(provision -> provision.period().startInclusive());

    /** The shipped tables, read on first use. */
    private static final class BuiltIn {
        static final StatutoryRates RATES = load();

        private static StatutoryRates load() {
            Map<StatutoryRateSeries, RateTable> tables = new EnumMap<>(StatutoryRateSeries.class);
            for (Map.Entry<StatutoryRateSeries, List<Provision<Rate>>> entry : RateTableFiles.load().entrySet()) {
                tables.put(entry.getKey(), new RateTable(checked(entry.getKey(), entry.getValue())));
            }
            return new StatutoryRates(tables);
        }
    }

    /** The sources registered for the service loader, looked up on first use, in front of the shipped tables. */
    private static final class Standard {
        static final List<StatutoryRateSource> LOADED = serviceLoaded(StatutoryRateSource.class.getClassLoader());
        static final StatutoryRates RATES = LOADED.isEmpty() ? BuiltIn.RATES : resolve(LOADED);
    }

    /**
     * Returns the sources a class loader registers for {@link ServiceLoader}, in the loader's order.
     *
     * @param loader the class loader to search
     * @return the sources
     */
    static List<StatutoryRateSource> serviceLoaded(ClassLoader loader) {
        List<StatutoryRateSource> sources = new ArrayList<>();
        for (StatutoryRateSource source : ServiceLoader.load(StatutoryRateSource.class, loader)) {
            sources.add(source);
        }
        return List.copyOf(sources);
    }
}
