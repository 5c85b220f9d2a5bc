package org.recouvrement.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.recouvrement.deadline.Deadline;
import org.recouvrement.deadline.DeadlineCalculator;
import org.recouvrement.deadline.TimeLimits;
import org.recouvrement.party.Territory;

/**
 * Benchmark 2: a procedural deadline, one month (opposition to an order for payment, CPC art. 1416) then the CPC
 * art. 642 move off non-working days, on 1,024 service dates in 2000-2040; the bare expiry date and the fully
 * explained deadline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeadlineBenchmark {

    private static final int DATES = 1024;

    private final LocalDate[] origins = new LocalDate[DATES];
    private final DeadlineCalculator calculator = DeadlineCalculator.standard();

    /** Picks the service dates and warms the calendar. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1416);
        for (int i = 0; i < DATES; i++) {
            origins[i] = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(40 * 365));
            calculator.expiryDate(TimeLimits.ORDER_FOR_PAYMENT_OPPOSITION, origins[i], Territory.METROPOLITAN_FRANCE);
        }
    }

    /**
     * The expiry date alone, as a batch would ask it.
     *
     * @param sink the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void expiryDate(Blackhole sink) {
        for (LocalDate origin : origins) {
            sink.consume(calculator.expiryDate(TimeLimits.ORDER_FOR_PAYMENT_OPPOSITION, origin,
                    Territory.METROPOLITAN_FRANCE));
        }
    }

    /**
     * The explained deadline, with its moves and references, as a letter or a user interface needs it.
     *
     * @param sink the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(DATES)
    public void explainedDeadline(Blackhole sink) {
        for (LocalDate origin : origins) {
            Deadline deadline = calculator.compute(TimeLimits.ORDER_FOR_PAYMENT_OPPOSITION, origin,
                    Territory.METROPOLITAN_FRANCE);
            sink.consume(deadline);
        }
    }
}
