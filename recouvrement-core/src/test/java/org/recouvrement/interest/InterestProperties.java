package org.recouvrement.interest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recouvrement.money.Amount;
import org.recouvrement.testing.InterestArbitraries;

/**
 * Invariants of interest statements, over requests of every regime drawn from the shipped tables.
 */
class InterestProperties {

    private final InterestCalculator calculator = InterestCalculator.of(StatutoryRates.builtIn());

    @Provide
    Arbitrary<InterestRequest> requests() {
        return InterestArbitraries.requests();
    }

    @Provide
    Arbitrary<InterestRequest> plainRequests() {
        return InterestArbitraries.requestsWithoutPayments();
    }

    /** Returns the same request with another principal, statement date and extra split dates. */
    private static InterestRequest with(InterestRequest r, Amount principal, LocalDate asOf, List<LocalDate> splits) {
        InterestRequest.Builder builder = InterestRequest.builder().regime(r.regime()).principal(principal)
                .interestFrom(r.interestFrom()).asOf(asOf).privateCreditor(r.privateCreditor())
                .dayCount(r.dayCount()).unknownRatePolicy(r.unknownRatePolicy()).governingLaw(r.governingLaw())
                .addAllPayments(r.payments()).addAllCreditNotes(r.creditNotes()).addAllSplitDates(r.splitDates())
                .addAllSplitDates(splits);
        r.contractualRate().ifPresent(builder::contractualRate);
        r.judgmentIncreaseFrom().ifPresent(builder::judgmentIncreaseFrom);
        r.capitalisation().ifPresent(builder::capitalisation);
        r.compensation().ifPresent(builder::compensation);
        r.interestStopsOn().ifPresent(builder::interestStopsOn);
        return builder.build();
    }

    @Property(tries = 300)
    void splittingChangesTheTotalByAtMostOneCentPerAddedLine(@ForAll("plainRequests") InterestRequest request,
            @ForAll("splitFractions") List<Double> fractions) {
        long span = request.asOf().toEpochDay() - request.interestFrom().toEpochDay();
        List<LocalDate> splits = fractions.stream()
                .map(f -> request.interestFrom().plusDays(1 + (long) (f * span))).toList();
        InterestStatement whole = calculator.statement(request);
        InterestStatement split = calculator.statement(with(request, request.principal(), request.asOf(), splits));
        int added = split.lines().size() - whole.lines().size();
        assertTrue(added >= 0);
        BigDecimal difference = whole.totalInterest().minus(split.totalInterest()).abs().value();
        assertTrue(difference.compareTo(BigDecimal.valueOf(added, 2)) <= 0,
                "difference " + difference + " for " + added + " added lines");
    }

    @Provide
    Arbitrary<List<Double>> splitFractions() {
        return Arbitraries.doubles().between(0, 1).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300)
    void interestIsMonotoneInTime(@ForAll("requests") InterestRequest request, @ForAll("extraDays") int extra) {
        LocalDate later = request.asOf().plusDays(extra);
        LocalDate limit = InterestArbitraries.lastKnownDay(request.regime());
        if (later.isAfter(limit)) {
            later = limit;
        }
        InterestStatement earlier = calculator.statement(request);
        InterestStatement afterwards = calculator.statement(with(request, request.principal(), later, List.of()));
        assertFalse(afterwards.totalInterest().isLessThan(earlier.totalInterest()));
    }

    @Provide
    Arbitrary<Integer> extraDays() {
        return Arbitraries.integers().between(0, 800);
    }

    @Property(tries = 300)
    void interestIsMonotoneInPrincipal(@ForAll("requests") InterestRequest request,
            @ForAll("extraCents") long extra) {
        Amount more = request.principal().plus(Amount.euros(BigDecimal.valueOf(extra, 2)));
        InterestStatement smaller = calculator.statement(request);
        InterestStatement larger = calculator.statement(with(request, more, request.asOf(), List.of()));
        assertFalse(larger.totalInterest().isLessThan(smaller.totalInterest()));
    }

    @Provide
    Arbitrary<Long> extraCents() {
        return Arbitraries.longs().between(0, 10_000_000L);
    }

    @Property(tries = 200)
    void zeroPrincipalGivesZeroInterest(@ForAll("plainRequests") InterestRequest request) {
        InterestStatement statement = calculator.statement(
                with(request, Amount.zero(Amount.EUR), request.asOf(), List.of()));
        assertTrue(statement.totalInterest().isZero());
        assertTrue(statement.lines().stream().allMatch(line -> line.interest().isZero()));
    }

    @Property(tries = 300)
    void linesTileThePeriodWithoutGapOrOverlap(@ForAll("requests") InterestRequest request) {
        InterestStatement statement = calculator.statement(request);
        List<InterestLine> lines = statement.lines();
        assertFalse(lines.isEmpty());
        assertEquals(request.interestFrom(), lines.get(0).from());
        assertEquals(request.asOf(), lines.get(lines.size() - 1).to());
        long days = 0;
        for (int i = 0; i < lines.size(); i++) {
            InterestLine line = lines.get(i);
            assertTrue(line.days() >= 1);
            assertEquals(line.to().toEpochDay() - line.from().toEpochDay() + 1, line.days());
            if (i > 0) {
                assertEquals(lines.get(i - 1).to().plusDays(1), line.from());
            }
            days += line.days();
        }
        assertEquals(request.asOf().toEpochDay() - request.interestFrom().toEpochDay() + 1, days);
        Amount sum = Amount.zero(request.principal().currency());
        for (InterestLine line : lines) {
            sum = sum.plus(line.interest());
        }
        assertEquals(sum, statement.totalInterest());
    }

    @Property(tries = 300)
    void statementsConserveMoney(@ForAll("requests") InterestRequest request) {
        InterestStatement s = calculator.statement(request);
        Amount paid = Amount.zero(request.principal().currency());
        for (ImputedPayment payment : s.payments()) {
            assertEquals(payment.amount(), payment.toInterest().plus(payment.toCosts())
                    .plus(payment.toCapitalisedInterest()).plus(payment.toPrincipal()).plus(payment.unapplied()));
            for (Amount part : List.of(payment.toInterest(), payment.toCosts(), payment.toCapitalisedInterest(),
                    payment.toPrincipal(), payment.unapplied())) {
                assertFalse(part.isNegative());
            }
            paid = paid.plus(payment.amount());
        }
        assertEquals(paid, s.interestPaid().plus(s.costsPaid()).plus(s.principalPaid()).plus(s.unappliedPayments()));
        assertEquals(s.totalInterest(), s.interestPaid().plus(s.outstandingInterest())
                .plus(s.outstandingCapitalisedInterest()));
        assertEquals(s.principal(), s.creditNotes().plus(s.principalPaid()).plus(s.outstandingPrincipal()));
        assertFalse(s.balance().isNegative());
    }

    @Property(tries = 100)
    void aPeriodEndingBeforeItStartsIsATypedError(@ForAll("requests") InterestRequest request,
            @ForAll("extraDays") int before) {
        assertThrows(InvalidInterestRequestException.class, () -> InterestRequest.builder().regime(request.regime())
                .principal(request.principal()).interestFrom(request.interestFrom())
                .asOf(request.interestFrom().minusDays(before + 1L)).build());
    }

    @Provide
    Arbitrary<Amount> positiveEuros() {
        return InterestArbitraries.euros(1, 10_000_000L);
    }

    @Property(tries = 100)
    void negativeAmountsAreTypedErrors(@ForAll("positiveEuros") Amount amount) {
        assertThrows(InvalidInterestRequestException.class, () -> InterestRequest.builder()
                .regime(InterestRegime.FRENCH_COMMERCIAL_RATE).principal(amount.negated())
                .interestFrom(LocalDate.of(2024, 1, 1)).asOf(LocalDate.of(2024, 2, 1)).build());
        assertThrows(InvalidInterestRequestException.class, () -> OutstandingDebt.builder().id("D")
                .dueDate(LocalDate.of(2024, 1, 1)).principal(Amount.euros(1)).interest(amount.negated()).build());
    }

    @Provide
    Arbitrary<java.util.Currency> otherCurrencies() {
        return Arbitraries.of("USD", "CHF", "GBP", "JPY", "SEK", "XOF").map(java.util.Currency::getInstance);
    }

    @Provide
    Arbitrary<InterestRegime> statutoryRegimes() {
        return Arbitraries.of(InterestRegime.class).filter(InterestRegime::isStatutory);
    }

    @Property(tries = 100)
    void aStatutoryRegimeRefusesAnotherCurrencyThanTheEuro(@ForAll("statutoryRegimes") InterestRegime regime,
            @ForAll("otherCurrencies") java.util.Currency currency, @ForAll("positiveEuros") Amount amount) {
        Amount foreign = Amount.of(amount.value(), currency, java.math.RoundingMode.HALF_UP);
        InvalidInterestRequestException e = assertThrows(InvalidInterestRequestException.class,
                () -> InterestRequest.builder().regime(regime).principal(foreign)
                        .interestFrom(LocalDate.of(2024, 1, 1)).asOf(LocalDate.of(2024, 2, 1)).build());
        assertEquals("currency", e.field());
    }

    @Property(tries = 50)
    void statementsAreDeterministic(@ForAll("requests") InterestRequest request) {
        assertEquals(calculator.statement(request), calculator.statement(request));
    }
}
