package org.recouvrement.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
import org.recouvrement.interest.DayCount;
import org.recouvrement.interest.InterestCapitalisation;
import org.recouvrement.interest.InterestRegime;
import org.recouvrement.interest.InterestRequest;
import org.recouvrement.interest.OutstandingDebt;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.recovery.CaseEvent;

/**
 * Generators for interest computations: amounts, dates within the periods the shipped rate tables cover, interest
 * requests of every regime with payments, and debts to impute a payment over.
 *
 * <p>Use the static factories directly, or register the class as a domain ({@code @Domain(InterestArbitraries.class)})
 * to get its {@code @Provide} methods by type. Requests only reach dates with published rates, so that they never
 * raise {@code UnknownStatutoryRateException}.
 */
public class InterestArbitraries extends DomainContextBase {

    /** The last day of the French tables shipped (2026-S1). */
    public static final LocalDate FRENCH_RATES_END = LocalDate.of(2026, 6, 30);
    /** The last day of the Belgian legal rate table shipped (2026). */
    public static final LocalDate BELGIAN_LEGAL_RATES_END = LocalDate.of(2026, 12, 31);
    private static final int MAX_DAYS = 2200;

    /** Creates the domain. */
    public InterestArbitraries() {
    }

    /**
     * Returns amounts in euros between two bounds in cents.
     *
     * @param minCents the smallest amount, in cents
     * @param maxCents the largest amount, in cents
     * @return the amounts
     */
    public static Arbitrary<Amount> euros(long minCents, long maxCents) {
        return Arbitraries.longs().between(minCents, maxCents)
                .map(cents -> Amount.euros(BigDecimal.valueOf(cents, 2)));
    }

    /**
     * Returns dates between two days, both included.
     *
     * @param from the first day
     * @param to the last day
     * @return the dates
     */
    public static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Returns annual rates between 0 and 25 %, with two decimals.
     *
     * @return the rates
     */
    public static Arbitrary<Rate> rates() {
        return Arbitraries.integers().between(0, 2500).map(hundredths -> Rate.ofPercent(BigDecimal.valueOf(hundredths, 2)));
    }

    /**
     * Returns the first day the shipped tables know a rate for a regime.
     *
     * @param regime the regime
     * @return the first day
     */
    public static LocalDate firstKnownDay(InterestRegime regime) {
        switch (regime) {
            case FRENCH_COMMERCIAL_RATE:
                return LocalDate.of(2009, 1, 1);
            case FRENCH_LEGAL_RATE:
                return LocalDate.of(2005, 1, 1);
            case BELGIAN_COMMERCIAL_RATE:
                return LocalDate.of(2013, 1, 1);
            case BELGIAN_LEGAL_RATE:
                return LocalDate.of(2007, 1, 1);
            default:
                return LocalDate.of(2000, 1, 1);
        }
    }

    /**
     * Returns the last day the shipped tables know a rate for a regime.
     *
     * @param regime the regime
     * @return the last day
     */
    public static LocalDate lastKnownDay(InterestRegime regime) {
        switch (regime) {
            case BELGIAN_LEGAL_RATE:
                return BELGIAN_LEGAL_RATES_END;
            case CONTRACTUAL_RATE:
                return LocalDate.of(2035, 12, 31);
            default:
                return FRENCH_RATES_END;
        }
    }

    /**
     * Returns requests of every regime, with up to two payments and, for some, a contractual rate, a judgment
     * increase, a capitalisation or the 366-day convention.
     *
     * @return the requests
     */
    public static Arbitrary<InterestRequest> requests() {
        return requests(true);
    }

    /**
     * Returns requests of every regime without payments or credit notes.
     *
     * @return the requests
     */
    public static Arbitrary<InterestRequest> requestsWithoutPayments() {
        return requests(false);
    }

    private static Arbitrary<InterestRequest> requests(boolean withPayments) {
        // Edge cases are kept for the regime and the principal only: combined over every attribute they would
        // outnumber the tries of a property.
        return Arbitraries.of(InterestRegime.class).flatMap(regime -> {
            LocalDate first = firstKnownDay(regime);
            LocalDate last = lastKnownDay(regime);
            return dates(first, last).withoutEdgeCases().flatMap(from -> {
                LocalDate latest = from.plusDays(MAX_DAYS).isBefore(last) ? from.plusDays(MAX_DAYS) : last;
                return dates(from, latest).withoutEdgeCases()
                        .flatMap(asOf -> request(regime, from, asOf, withPayments));
            });
        });
    }

    private static Arbitrary<InterestRequest> request(InterestRegime regime, LocalDate from, LocalDate asOf,
            boolean withPayments) {
        Arbitrary<Amount> principal = euros(0, 100_000_000L);
        Arbitrary<Boolean> coin = Arbitraries.of(true, false).withoutEdgeCases();
        Arbitrary<Rate> rate = rates().withoutEdgeCases();
        Arbitrary<DayCount> dayCount = Arbitraries.of(DayCount.class).withoutEdgeCases();
        Arbitrary<List<CaseEvent.PaymentReceived>> payments = withPayments
                ? Combinators.combine(dates(from.minusDays(30), asOf), euros(1, 5_000_000L))
                        .as(CaseEvent.PaymentReceived::new).list().ofMaxSize(2).withoutEdgeCases()
                : Arbitraries.just(List.of());
        Arbitrary<LocalDate> judgment = dates(from, asOf.plusDays(30)).withoutEdgeCases();
        return Combinators.combine(principal, coin, rate, coin, dayCount, payments, judgment, coin)
                .as((amount, withRate, contractual, capitalise, days, paid, judgmentFrom, privateCreditor) -> {
                    InterestRequest.Builder builder = InterestRequest.builder().regime(regime).principal(amount)
                            .interestFrom(from).asOf(asOf).dayCount(days).addAllPayments(paid);
                    if (regime == InterestRegime.CONTRACTUAL_RATE
                            || (regime == InterestRegime.FRENCH_COMMERCIAL_RATE && withRate)) {
                        builder.contractualRate(contractual);
                    }
                    if (regime == InterestRegime.FRENCH_LEGAL_RATE) {
                        builder.privateCreditor(privateCreditor);
                        if (withRate) {
                            builder.judgmentIncreaseFrom(judgmentFrom);
                        }
                    }
                    if (capitalise && withPayments) {
                        builder.capitalisation(InterestCapitalisation.stipulatedByContract());
                    }
                    return builder.build();
                });
    }

    /**
     * Returns one outstanding debt with the given id.
     *
     * @param id the debt's identifier
     * @return the debts
     */
    public static Arbitrary<OutstandingDebt> debt(String id) {
        // Zeros are drawn often on purpose (nothing owed on a part, a debt already settled); edge cases are left out,
        // as over several debts they would outnumber the tries of a property.
        Arbitrary<LocalDate> due = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(LocalDate.of(2025, 6, 15))),
                Tuple.of(4, dates(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))));
        Arbitrary<Rate> rate = Arbitraries.of("0", "3", "7.86", "12.15", "14.5").map(Rate::ofPercent);
        return Combinators.combine(due, orZero(euros(0, 2_000_000L)), orZero(euros(0, 50_000L)),
                orZero(euros(0, 4_000L)), rate)
                .as((dueDate, principal, interest, costs, r) -> OutstandingDebt.builder().id(id).dueDate(dueDate)
                        .principal(principal).interest(interest).costs(costs).rate(r).build())
                .withoutEdgeCases();
    }

    private static Arbitrary<Amount> orZero(Arbitrary<Amount> amounts) {
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Amount.zero(Amount.EUR))), Tuple.of(4, amounts));
    }

    /**
     * Returns lists of one to six debts with distinct ids, {@code D0}, {@code D1}...
     *
     * @return the lists
     */
    public static Arbitrary<List<OutstandingDebt>> debts() {
        return Arbitraries.integers().between(1, 6).flatMap(n -> {
            List<Arbitrary<OutstandingDebt>> each = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                each.add(debt("D" + i));
            }
            return Combinators.combine(each).as(List::copyOf);
        }).withoutEdgeCases();
    }

    /**
     * Provides requests of every regime.
     *
     * @return the requests
     */
    @Provide
    public Arbitrary<InterestRequest> interestRequests() {
        return requests();
    }

    /**
     * Provides lists of debts with distinct ids.
     *
     * @return the lists
     */
    @Provide
    public Arbitrary<List<OutstandingDebt>> outstandingDebts() {
        return debts();
    }
}
