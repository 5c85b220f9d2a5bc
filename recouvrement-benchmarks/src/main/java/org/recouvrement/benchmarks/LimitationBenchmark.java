package org.recouvrement.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.recouvrement.limitation.LimitationAssessor;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.LimitationArbitraries;

/**
 * Benchmark 3: the limitation assessment (C. civ. art. 2219 s.) of cases of ten events each, 256 cases drawn from
 * the shipped generator of limitation cases (every kind of claim the rules distinguish; acknowledgements, part
 * payments, payment plans, suspensions, court actions and their outcome, enforcement, insolvency), each assessed
 * 30 days after its last event so that all ten are replayed. A claim payable by instalments has one period per
 * instalment (Cass. 1re civ., 11 Feb. 2016, no. 14-22.938), so its timeline is replayed once per instalment: about a
 * quarter of the drawn cases have two to eight instalments. The second method keeps only claims with a single
 * period, to show the cost of one replay. The claims are issued from 19 June 2008 on, as when the figures of
 * docs/PERFORMANCE.md were taken (the generator now starts in 1990), so that runs stay comparable.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LimitationBenchmark {

    private static final int CASES = 256;
    private static final int EVENTS = 10;
    private static final LocalDate FIRST_ISSUE = LocalDate.of(2008, 6, 19);

    private RecoveryCase[] cases;
    private LocalDate[] asOf;
    private RecoveryCase[] singlePeriodCases;
    private LocalDate[] singlePeriodAsOf;

    /** Draws the cases and the dates they are assessed on. */
    @Setup
    public void setUp() {
        cases = Generated.draw(cases(), 2224, CASES,
                c -> c.events().size() == EVENTS).toArray(new RecoveryCase[0]);
        asOf = datesAfterLastEvent(cases);
        singlePeriodCases = Generated.draw(cases(), 2232, CASES,
                c -> c.events().size() == EVENTS && c.claim().instalments().isEmpty()).toArray(new RecoveryCase[0]);
        singlePeriodAsOf = datesAfterLastEvent(singlePeriodCases);
    }

    private static Arbitrary<RecoveryCase> cases() {
        return LimitationArbitraries.recoveryCases(FIRST_ISSUE, LimitationArbitraries.LATEST);
    }

    private static LocalDate[] datesAfterLastEvent(RecoveryCase[] cases) {
        LocalDate[] dates = new LocalDate[cases.length];
        for (int i = 0; i < cases.length; i++) {
            List<CaseEvent> events = cases[i].events();
            dates[i] = events.get(events.size() - 1).date().plusDays(30);
            LimitationAssessor.assess(cases[i], dates[i]);
        }
        return dates;
    }

    /**
     * Assesses each case.
     *
     * @param sink the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void assessTenEventCase(Blackhole sink) {
        for (int i = 0; i < CASES; i++) {
            sink.consume(LimitationAssessor.assess(cases[i], asOf[i]));
        }
    }

    /**
     * Assesses each case of a claim with a single period (no instalments): one replay of the timeline.
     *
     * @param sink the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void assessTenEventSinglePeriodCase(Blackhole sink) {
        for (int i = 0; i < CASES; i++) {
            sink.consume(LimitationAssessor.assess(singlePeriodCases[i], singlePeriodAsOf[i]));
        }
    }
}
