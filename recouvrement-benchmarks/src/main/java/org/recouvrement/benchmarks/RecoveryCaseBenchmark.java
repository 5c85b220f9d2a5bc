package org.recouvrement.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.recouvrement.claim.Claim;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The case file: building a case of ten events from an unordered list, and its outstanding balance. Every other
 * benchmark starts from such cases, so this is their floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecoveryCaseBenchmark {

    private Claim claim;
    private List<CaseEvent> events;
    private RecoveryCase file;
    private final LocalDate asOf = LocalDate.of(2026, 11, 23);

    /** Builds the inputs once. */
    @Setup
    public void setUp() {
        claim = Fixtures.invoiceBetweenMerchants(LocalDate.of(2025, 1, 15));
        events = new ArrayList<>();
        LocalDate due = claim.dueDate();
        for (int i = 9; i >= 0; i--) {
            events.add(i % 2 == 0
                    ? new CaseEvent.PaymentReceived(due.plusDays(20L * i + 5), Amount.euros(10 + i))
                    : new CaseEvent.ReminderSent(due.plusDays(20L * i), ContactChannel.EMAIL));
        }
        file = RecoveryCase.of(claim, events);
    }

    /**
     * Builds a case of ten events given out of order.
     *
     * @return the case
     */
    @Benchmark
    public RecoveryCase buildTenEventCase() {
        return RecoveryCase.of(claim, events);
    }

    /**
     * Computes the outstanding balance of a ten-event case.
     *
     * @return the balance
     */
    @Benchmark
    public Amount outstandingBalance() {
        return file.outstandingBalance(asOf);
    }
}
