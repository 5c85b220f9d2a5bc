package org.recouvrement.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recouvrement.dunning.DunningDecision;
import org.recouvrement.dunning.DunningPlanner;
import org.recouvrement.dunning.PolicySet;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Benchmark 5: the nightly decision over a whole portfolio, {@code decide} on one million cases under the standard
 * policies (the French and Belgian B2B and B2C presets), single-threaded and in parallel, the time of one whole call.
 *
 * <p>The portfolio ({@link Portfolio}: one creditor, 50,000 customers, a million open invoices of the three years up to
 * the day of the run, with their reminders, formal notices, part payments, promises and disputes) is built once and
 * kept for every call, as an ERP would hold its open items. The day of the run is 30 June 2026, the last day whose
 * statutory interest rates are published.
 *
 * <p>The heap it needs: the set-up decides once, then prints the live heap (after a full collection) with the
 * portfolio alone and with the portfolio and one decision (the target is under 1 GB). The forked JVM is given a fixed
 * heap of 3 GB, as when the decision needed more than 2 GB, so that figures stay comparable; the decision now also
 * completes in a 1 GB heap, with more time in the garbage collector. {@code -prof gc} reports the allocation and the
 * garbage collection time of each call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
public class DecideBenchmark {

    private static final int CASES = 1_000_000;
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private final PolicySet policies = PolicySet.standard();
    private final DunningPlanner sequential = DunningPlanner.standard().withParallelism(false);
    private final DunningPlanner parallel = DunningPlanner.standard().withParallelism(true);
    private List<RecoveryCase> cases;

    /** Builds the portfolio, decides once and prints the live heap the portfolio and the decision take. */
    @Setup
    public void setUp() {
        long empty = liveHeap();
        cases = Portfolio.of(CASES, AS_OF, 1344);
        long portfolio = liveHeap();
        DunningDecision decision = sequential.decide(cases, policies, AS_OF);
        long both = liveHeap();
        System.out.printf(Locale.ROOT, "live heap: portfolio of %,d cases %,d MB; with one decision (%,d actions) %,d MB%n",
                cases.size(), (portfolio - empty) >> 20, decision.actions().size(), (both - empty) >> 20);
    }

    /** The heap in use after a full collection. */
    private static long liveHeap() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Decides on the whole portfolio in the calling thread.
     *
     * @return the decision
     */
    @Benchmark
    public DunningDecision decideSingleThreaded() {
        return sequential.decide(cases, policies, AS_OF);
    }

    /**
     * Decides on the whole portfolio with a parallel stream (the common fork-join pool, one thread per core).
     *
     * @return the decision
     */
    @Benchmark
    public DunningDecision decideParallel() {
        return parallel.decide(cases, policies, AS_OF);
    }
}
