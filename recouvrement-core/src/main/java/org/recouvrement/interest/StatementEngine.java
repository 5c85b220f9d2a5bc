package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.spi.StatutoryRateSeries;

/**
 * Computes a statement from a request: walks the days from the first day of interest, one line per period of
 * constant rate and base, imputing payments as they come. Works on whole minor units; allocates little more than the
 * lines themselves.
 */
final class StatementEngine {

    static final LegalReference LEGAL_RATE = LegalCode.CIVIL_CODE.article("1231-6");
    static final LegalReference JUDGMENT_INCREASE = LegalCode.MONETARY_AND_FINANCIAL_CODE.article("L313-3");
    static final LegalReference COMMERCIAL_RATE = LegalCode.COMMERCIAL_CODE.article("L441-10");
    static final LegalReference IMPUTATION = LegalCode.CIVIL_CODE.article("1343-1");
    static final LegalReference CONTRACTUAL_RATE_FRANCE = LegalCode.CIVIL_CODE.article("1343-1");
    static final LegalReference CONTRACT_FRANCE = LegalReference.ofInstrument(Jurisdiction.FRANCE,
            "contractual clause on late-payment interest");
    static final LegalReference CONTRACT_BELGIUM = LegalReference.ofInstrument(Jurisdiction.BELGIUM,
            "contractual clause on late-payment interest");
    static final LegalReference BELGIAN_COMMERCIAL_RATE = InterestRegime.BELGIAN_COMMERCIAL_RATE.references().get(0);
    static final LegalReference BELGIAN_LEGAL_RATE = InterestRegime.BELGIAN_LEGAL_RATE.references().get(0);

    private static final Reason ROUNDING = Reason.of("Each line is rounded to the cent half-up; the total interest is "
            + "the sum of the rounded lines");
    private static final Reason ACTUAL_365 = Reason.of("Day count: actual days / 365");
    private static final Reason ACTUAL_366 = Reason.of("Day count: actual days / 366 for days of a leap year, / 365 "
            + "otherwise (practice varies; the caller chose this convention)");
    private static final Reason IMPUTED = Reason.of("Each payment is imputed first to the interest due, then to the "
            + "costs, then to the principal", IMPUTATION);
    private static final long NEVER = Long.MAX_VALUE;
    private static final long COMMERCIAL_RULES_START = StatutoryRates.FRENCH_COMMERCIAL_RULES_START.toEpochDay();

    // The running figures of one computation, in minor units (cents), kept in one array.
    private static final int PRINCIPAL = 0;
    private static final int CAPITALISED = 1;
    private static final int ACCRUED = 2;
    private static final int COSTS = 3;
    private static final int TOTAL_INTEREST = 4;
    private static final int CAPITALISED_TOTAL = 5;
    private static final int INTEREST_PAID = 6;
    private static final int COSTS_PAID = 7;
    private static final int PRINCIPAL_PAID = 8;
    private static final int CREDIT_NOTES = 9;
    private static final int UNAPPLIED = 10;
    private static final int CREDIT_NOTES_EXCESS = 11;
    private static final int NEXT_EVENT = 12;
    private static final int CAPITALISATION_YEARS = 13;
    private static final int NEXT_CAPITALISATION = 14;
    private static final int FIGURES = 15;

    private final StatutoryRates rates;

    StatementEngine(StatutoryRates rates) {
        this.rates = rates;
    }

    /**
     * Computes the statement of a request.
     *
     * @param request the request
     * @param context reasons to put first in the explanation (regime choice, start, stop), possibly empty
     * @param interestRuns false when interest has not started on the date of the statement: the payments are
     *     imputed but no line is computed
     * @return the statement
     */
    InterestStatement compute(InterestRequest request, Explanation context, boolean interestRuns) {
        Run run = new Run(request, interestRuns);
        run.walk();
        return run.statement(context);
    }

    /** No split date: shared, as the walk only reads it. */
    private static final long[] NO_DAYS = new long[0];

    /**
     * The distinct days of some dates as epoch days, in order; a loop rather than a stream, which allocated a
     * pipeline on every statement although almost every request has no split date.
     */
    private static long[] epochDays(List<LocalDate> dates) {
        if (dates.isEmpty()) {
            return NO_DAYS;
        }
        long[] days = new long[dates.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = dates.get(i).toEpochDay();
        }
        Arrays.sort(days);
        int distinct = 0;
        for (long day : days) {
            if (distinct == 0 || day != days[distinct - 1]) {
                days[distinct++] = day;
            }
        }
        return distinct == days.length ? days : Arrays.copyOf(days, distinct);
    }

    /** The rate of one line: its value, the rule, the source of the value, notes, and the first day it may change. */
    private static final class Slot {
        private final Rate rate;
        private final long units;
        private final LegalReference reference;
        private final LegalReference source;
        private final long until;
        private final int notes;

        Slot(Rate rate, long units, LegalReference reference, LegalReference source, long until, int notes) {
            this.rate = rate;
            this.units = units;
            this.reference = reference;
            this.source = source;
            this.until = until;
            this.notes = notes;
        }
    }

    /** One computation: the request, the events in order, and the running figures. */
    private final class Run {
        private final InterestRequest request;
        private final boolean runs;
        private final Currency currency;
        private final InterestRegime regime;
        private final DayCount dayCount;
        private final boolean latestKnown;
        private final Rate contractual;
        private final long contractualUnits;
        private final LegalReference contractSource;
        private final StatutoryRateSeries legalSeries;
        private final long judgmentIncrease;
        private final long firstDay;
        private final long lastInterestDay;
        private final long asOf;
        private final long costsDueFrom;
        private final long capitalisationFrom;
        private final long[] splits;
        private final long[] eventDays;
        private final long[] eventAmounts;
        private final boolean[] eventIsPayment;
        private final LocalDate[] eventDates;
        private final long[] figures = new long[FIGURES];
        private final List<InterestLine> lines = new ArrayList<>();
        private final List<ImputedPayment> payments;
        private final List<CapitalisedInterest> capitalisations = new ArrayList<>(0);
        private final Set<Reason> reasons = new LinkedHashSet<>();

        Run(InterestRequest request, boolean runs) {
            this.request = request;
            this.runs = runs;
            this.currency = request.principal().currency();
            this.regime = request.regime();
            this.dayCount = request.dayCount();
            this.latestKnown = request.unknownRatePolicy() == UnknownRatePolicy.USE_LATEST_KNOWN_RATE;
            this.contractual = request.contractualRate().orElse(null);
            this.contractualUnits = contractual == null ? 0L : InterestMath.units(contractual);
            this.contractSource = request.governingLaw() == Jurisdiction.BELGIUM ? CONTRACT_BELGIUM : CONTRACT_FRANCE;
            this.legalSeries = request.privateCreditor() ? StatutoryRateSeries.FRENCH_LEGAL_RATE_PRIVATE_CREDITOR
                    : StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES;
            this.judgmentIncrease = request.judgmentIncreaseFrom().map(LocalDate::toEpochDay).orElse(NEVER);
            this.firstDay = request.interestFrom().toEpochDay();
            this.asOf = request.asOf().toEpochDay();
            this.lastInterestDay = !runs ? firstDay - 1L
                    : request.interestStopsOn().map(d -> Math.min(d.toEpochDay() - 1L, asOf)).orElse(asOf);
            figures[PRINCIPAL] = InterestMath.minor(request.principal(), "principal");
            FixedRecoveryCompensation compensation = request.compensation().orElse(null);
            figures[COSTS] = compensation == null ? 0L : InterestMath.minor(compensation.total(), "compensation");
            this.costsDueFrom = compensation == null ? NEVER
                    : compensation.dueFrom().map(LocalDate::toEpochDay).orElse(NEVER);
            this.splits = epochDays(request.splitDates());

            int n = request.payments().size() + request.creditNotes().size();
            eventDays = new long[n];
            eventAmounts = new long[n];
            eventIsPayment = new boolean[n];
            eventDates = new LocalDate[n];
            int i = 0;
            for (CaseEvent.CreditNoteIssued credit : request.creditNotes()) {
                add(i++, credit.date(), InterestMath.minor(credit.amount(), "creditNotes"), false);
            }
            for (CaseEvent.PaymentReceived payment : request.payments()) {
                add(i++, payment.date(), InterestMath.minor(payment.amount(), "payments"), true);
            }
            sortEvents();
            payments = new ArrayList<>(request.payments().size());
            figures[NEXT_CAPITALISATION] = NEVER;
            this.capitalisationFrom = request.capitalisation()
                    .map(c -> c.orderedFrom().map(LocalDate::toEpochDay).orElse(firstDay)).orElse(NEVER);
            if (capitalisationFrom != NEVER) {
                advanceCapitalisation();
            }
        }

        private void add(int i, LocalDate date, long amount, boolean payment) {
            eventDays[i] = date.toEpochDay();
            eventAmounts[i] = amount;
            eventIsPayment[i] = payment;
            eventDates[i] = date;
        }

        /** Stable insertion sort by day, credit notes before payments on the same day (the case file's order). */
        private void sortEvents() {
            for (int i = 1; i < eventDays.length; i++) {
                for (int j = i; j > 0 && after(j - 1, j); j--) {
                    swap(j - 1, j);
                }
            }
        }

        private boolean after(int a, int b) {
            return eventDays[a] > eventDays[b]
                    || (eventDays[a] == eventDays[b] && eventIsPayment[a] && !eventIsPayment[b]);
        }

        private void swap(int a, int b) {
            long day = eventDays[a];
            eventDays[a] = eventDays[b];
            eventDays[b] = day;
            long amount = eventAmounts[a];
            eventAmounts[a] = eventAmounts[b];
            eventAmounts[b] = amount;
            boolean payment = eventIsPayment[a];
            eventIsPayment[a] = eventIsPayment[b];
            eventIsPayment[b] = payment;
            LocalDate date = eventDates[a];
            eventDates[a] = eventDates[b];
            eventDates[b] = date;
        }

        /** Moves to the next anniversary of the first day of interest on or after the capitalisation start. */
        private void advanceCapitalisation() {
            LocalDate start = request.interestFrom();
            do {
                figures[CAPITALISATION_YEARS]++;
                figures[NEXT_CAPITALISATION] = start.plusYears(figures[CAPITALISATION_YEARS]).toEpochDay();
            } while (figures[NEXT_CAPITALISATION] < capitalisationFrom);
        }

        void walk() {
            long cursor = firstDay;
            applyEventsBefore(cursor);
            int split = 0;
            while (cursor <= lastInterestDay) {
                LocalDate from = LocalDate.ofEpochDay(cursor);
                Slot slot = resolve(cursor, from);
                long end = Math.min(slot.until, lastInterestDay + 1L);
                if (judgmentIncrease > cursor) {
                    end = Math.min(end, judgmentIncrease);
                }
                int next = (int) figures[NEXT_EVENT];
                if (next < eventDays.length) {
                    end = Math.min(end, eventDays[next] + 1L);
                }
                end = Math.min(end, figures[NEXT_CAPITALISATION]);
                while (split < splits.length && splits[split] <= cursor) {
                    split++;
                }
                if (split < splits.length) {
                    end = Math.min(end, splits[split]);
                }
                if (dayCount == DayCount.ACTUAL_366_IN_LEAP_YEARS) {
                    end = Math.min(end, LocalDate.of(from.getYear() + 1, 1, 1).toEpochDay());
                }
                int yearLength = dayCount.yearLength(from.getYear());
                int days = (int) (end - cursor);
                long base = figures[PRINCIPAL] + figures[CAPITALISED];
                long interest = InterestMath.interest(base, slot.units, slot.rate, days, yearLength);
                lines.add(new InterestLine(from, LocalDate.ofEpochDay(end - 1L), days, yearLength,
                        InterestMath.amount(base, currency), slot.rate, slot.reference, slot.source,
                        InterestMath.amount(interest, currency), slot.notes));
                figures[ACCRUED] += interest;
                figures[TOTAL_INTEREST] += interest;
                cursor = end;
                applyEventsBefore(cursor);
                if (cursor == figures[NEXT_CAPITALISATION] && cursor <= lastInterestDay) {
                    capitalise(cursor);
                }
            }
            applyEventsBefore(asOf + 1L);
        }

        private void applyEventsBefore(long limit) {
            while (figures[NEXT_EVENT] < eventDays.length && eventDays[(int) figures[NEXT_EVENT]] < limit) {
                int i = (int) figures[NEXT_EVENT]++;
                if (eventIsPayment[i]) {
                    impute(eventDates[i], eventAmounts[i]);
                } else {
                    long applied = Math.min(eventAmounts[i], figures[PRINCIPAL]);
                    figures[PRINCIPAL] -= applied;
                    figures[CREDIT_NOTES] += applied;
                    figures[CREDIT_NOTES_EXCESS] += eventAmounts[i] - applied;
                }
            }
        }

        /** Imputes a payment: interest, then costs once due, then capitalised interest, then principal. */
        private void impute(LocalDate date, long amount) {
            long toInterest = take(ACCRUED, amount);
            long toCosts = date.toEpochDay() >= costsDueFrom ? take(COSTS, amount - toInterest) : 0L;
            long toCapitalised = take(CAPITALISED, amount - toInterest - toCosts);
            long toPrincipal = take(PRINCIPAL, amount - toInterest - toCosts - toCapitalised);
            long left = amount - toInterest - toCosts - toCapitalised - toPrincipal;
            figures[INTEREST_PAID] += toInterest + toCapitalised;
            figures[COSTS_PAID] += toCosts;
            figures[PRINCIPAL_PAID] += toPrincipal;
            figures[UNAPPLIED] += left;
            payments.add(new ImputedPayment(date, InterestMath.amount(amount, currency),
                    InterestMath.amount(toInterest, currency), InterestMath.amount(toCosts, currency),
                    InterestMath.amount(toCapitalised, currency), InterestMath.amount(toPrincipal, currency),
                    InterestMath.amount(left, currency)));
        }

        /** Takes up to an amount from a figure owed, and returns what was taken. */
        private long take(int figure, long available) {
            long taken = Math.min(available, figures[figure]);
            figures[figure] -= taken;
            return taken;
        }

        private void capitalise(long day) {
            long accrued = figures[ACCRUED];
            if (accrued > 0L) {
                LocalDate date = LocalDate.ofEpochDay(day);
                Amount amount = InterestMath.amount(accrued, currency);
                capitalisations.add(new CapitalisedInterest(date, amount));
                reasons.add(Reason.of("Interest of " + amount + " due for a whole year is capitalised and bears "
                        + "interest from " + date + (request.capitalisation().orElseThrow().isContractual()
                                ? ", as the contract provides" : ", as the judgment orders"),
                        InterestCapitalisation.REFERENCE));
                figures[CAPITALISED] += accrued;
                figures[CAPITALISED_TOTAL] += accrued;
                figures[ACCRUED] = 0L;
            }
            advanceCapitalisation();
        }

        /** Returns the rate of the line starting on a day. */
        private Slot resolve(long day, LocalDate date) {
            switch (regime) {
                case FRENCH_LEGAL_RATE:
                    return legal(day, date);
                case FRENCH_COMMERCIAL_RATE:
                    return commercial(day, date);
                case BELGIAN_COMMERCIAL_RATE:
                    return table(StatutoryRateSeries.BELGIAN_COMMERCIAL_RATE, BELGIAN_COMMERCIAL_RATE, day, date);
                case BELGIAN_LEGAL_RATE:
                    return table(StatutoryRateSeries.BELGIAN_LEGAL_RATE, BELGIAN_LEGAL_RATE, day, date);
                default:
                    return new Slot(contractual, contractualUnits, request.governingLaw() == Jurisdiction.FRANCE
                            ? CONTRACTUAL_RATE_FRANCE : CONTRACT_BELGIUM, contractSource, NEVER, 0);
            }
        }

        private Slot legal(long day, LocalDate date) {
            Found found = find(legalSeries, day, date, "");
            RateTable.Row row = found.row;
            if (day >= judgmentIncrease) {
                return new Slot(row.plusFive(), row.plusFiveUnits(), JUDGMENT_INCREASE, row.source(), found.until,
                        found.notes | InterestLine.bit(LineNote.JUDGMENT_INCREASE));
            }
            return new Slot(row.rate(), row.units(), LEGAL_RATE, row.source(), found.until, found.notes);
        }

        private Slot table(StatutoryRateSeries series, LegalReference reference, long day, LocalDate date) {
            Found found = find(series, day, date, "");
            return new Slot(found.row.rate(), found.row.units(), reference, found.row.source(), found.until,
                    found.notes);
        }

        private Slot commercial(long day, LocalDate date) {
            EffectivePeriod semester = StatutoryRateSeries.semesterOf(date);
            if (day < COMMERCIAL_RULES_START) {
                throw StatutoryRates.unknownEcb(date, semester);
            }
            long semesterEnd = semester.endExclusive().orElseThrow().toEpochDay();
            if (contractual == null) {
                RateTable ecb = rates.indexed(StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE);
                long referenceDay = semester.startInclusive().toEpochDay();
                RateTable.Row row = ecb.at(referenceDay);
                int notes = 0;
                if (row == null) {
                    if (!latestKnown || !ecb.isAfterEnd(referenceDay)) {
                        throw StatutoryRates.unknownEcb(date, semester);
                    }
                    row = ecb.last();
                    notes = assumed(StatutoryRateSeries.ECB_MAIN_REFINANCING_RATE, semester, row);
                }
                return new Slot(row.plusTen(), row.plusTenUnits(), COMMERCIAL_RATE, row.source(), semesterEnd, notes);
            }
            Found floor = find(StatutoryRateSeries.FRENCH_LEGAL_RATE_OTHER_CASES, day, date,
                    "the floor of C. com. art. L441-10 is three times this rate");
            long until = Math.min(floor.until, semesterEnd);
            RateTable.Row row = floor.row;
            if (contractual.isLessThan(row.timesThree())) {
                reasons.add(Reason.of("The contractual rate " + contractual + " is below three times the legal rate "
                        + "(3 × " + row.rate() + " = " + row.timesThree() + ") for the semester " + semester
                        + ": the floor applies", COMMERCIAL_RATE));
                return new Slot(row.timesThree(), row.timesThreeUnits(), COMMERCIAL_RATE, row.source(), until,
                        floor.notes | InterestLine.bit(LineNote.FLOOR_APPLIED));
            }
            return new Slot(contractual, contractualUnits, COMMERCIAL_RATE, contractSource, until, floor.notes);
        }

        /** Returns the row of a day, or the latest known row when the caller allows it. */
        private Found find(StatutoryRateSeries series, long day, LocalDate date, String detail) {
            RateTable table = rates.indexed(series);
            RateTable.Row row = table.at(day);
            if (row != null) {
                return new Found(row, row.end(), 0);
            }
            EffectivePeriod period = series.publicationPeriodOf(date);
            if (!latestKnown || !table.isAfterEnd(day)) {
                throw new UnknownStatutoryRateException(series, date, period, detail);
            }
            row = table.last();
            return new Found(row, period.endExclusive().orElseThrow().toEpochDay(), assumed(series, period, row));
        }

        private int assumed(StatutoryRateSeries series, EffectivePeriod period, RateTable.Row row) {
            reasons.add(Reason.of("No " + series + " rate is published for " + period + ": the latest known rate "
                    + row.rate() + " (" + row.source().display() + ") is assumed, as the caller asked",
                    series.reference()));
            return InterestLine.bit(LineNote.LATEST_KNOWN_RATE_ASSUMED);
        }

        private Amount money(int figure) {
            return InterestMath.amount(figures[figure], currency);
        }

        InterestStatement statement(Explanation context) {
            List<Reason> all = new ArrayList<>(context.reasons().size() + reasons.size() + 4);
            all.addAll(context.reasons());
            all.addAll(reasons);
            if (!payments.isEmpty()) {
                all.add(IMPUTED);
            }
            if (figures[CREDIT_NOTES_EXCESS] > 0L) {
                all.add(Reason.of("Credit notes exceed the principal by " + money(CREDIT_NOTES_EXCESS)
                        + "; the excess is not applied"));
            }
            if (figures[UNAPPLIED] > 0L) {
                all.add(Reason.of("Payments exceed everything owed by " + money(UNAPPLIED)));
            }
            all.add(dayCount == DayCount.ACTUAL_365 ? ACTUAL_365 : ACTUAL_366);
            all.add(ROUNDING);
            return ImmutableInterestStatement.builder()
                    .regime(regime)
                    .dayCount(dayCount)
                    .interestFrom(runs ? Optional.of(request.interestFrom()) : Optional.empty())
                    .asOf(request.asOf())
                    .addAllLines(lines)
                    .addAllPayments(payments)
                    .addAllCapitalisations(capitalisations)
                    .principal(request.principal())
                    .creditNotes(money(CREDIT_NOTES))
                    .totalInterest(money(TOTAL_INTEREST))
                    .capitalisedInterest(money(CAPITALISED_TOTAL))
                    .interestPaid(money(INTEREST_PAID))
                    .outstandingInterest(money(ACCRUED))
                    .outstandingCapitalisedInterest(money(CAPITALISED))
                    .compensation(request.compensation().orElseGet(() -> FixedRecoveryCompensation.none(currency,
                            Explanation.empty())))
                    .costsPaid(money(COSTS_PAID))
                    .outstandingCosts(money(COSTS))
                    .principalPaid(money(PRINCIPAL_PAID))
                    .outstandingPrincipal(money(PRINCIPAL))
                    .unappliedPayments(money(UNAPPLIED))
                    .explanation(Explanation.of(all))
                    .build();
        }
    }

    /** A table row found for a day, the first day it may change, and its notes. */
    private static final class Found {
        private final RateTable.Row row;
        private final long until;
        private final int notes;

        Found(RateTable.Row row, long until, int notes) {
            this.row = row;
            this.until = until;
            this.notes = notes;
        }
    }
}
