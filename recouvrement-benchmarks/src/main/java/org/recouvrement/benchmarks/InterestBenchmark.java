package org.recouvrement.benchmarks;

import java.math.BigDecimal;
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
import org.recouvrement.claim.Claim;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestRegime;
import org.recouvrement.interest.InterestRequest;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/**
 * Benchmark 4: a five-year interest statement between professionals (C. com. art. L441-10: ECB rate of the semester
 * plus ten points, so a new rate every six months) with two part payments imputed to interest first
 * (C. civ. art. 1343-1), on 256 invoices of 500 to 50,000 euros due between January 2020 and June 2021, each stated
 * five years after its due date (within the published rates, which end in June 2026).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InterestBenchmark {

    private static final int CASES = 256;

    private final InterestCalculator calculator = InterestCalculator.standard();
    private final RecoveryCase[] cases = new RecoveryCase[CASES];
    private final LocalDate[] asOf = new LocalDate[CASES];
    private final InterestRequest[] requests = new InterestRequest[CASES];

    /** Builds the invoices, their two part payments, and the same figures as bare requests. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(1231);
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < CASES; i++) {
            LocalDate due = first.plusDays(random.nextInt(547));
            Amount principal = Amount.euros(BigDecimal.valueOf(random.nextLong(50_000L, 5_000_000L), 2));
            Claim claim = Samples.invoice(Samples.frenchCompany(), Samples.otherFrenchCompany(), principal,
                    due.minusDays(30), due);
            LocalDate end = due.plusYears(5);
            LocalDate firstPayment = due.plusDays(random.nextInt(30, 700));
            LocalDate secondPayment = firstPayment.plusDays(random.nextInt(30, 700));
            CaseEvent.PaymentReceived one = new CaseEvent.PaymentReceived(firstPayment, part(principal, random));
            CaseEvent.PaymentReceived two = new CaseEvent.PaymentReceived(secondPayment, part(principal, random));
            cases[i] = RecoveryCase.of(claim).withEvent(one).withEvent(two);
            asOf[i] = end;
            requests[i] = InterestRequest.builder().regime(InterestRegime.FRENCH_COMMERCIAL_RATE).principal(principal)
                    .interestFrom(due.plusDays(1)).asOf(end).addPayments(one, two).build();
            calculator.statement(cases[i], end);
            calculator.statement(requests[i]);
        }
    }

    /** A part payment of 10 to 30 % of the principal, to the cent. */
    private static Amount part(Amount principal, SplittableRandom random) {
        BigDecimal share = BigDecimal.valueOf(random.nextInt(10, 31), 2);
        return Amount.euros(principal.value().multiply(share).setScale(2, java.math.RoundingMode.DOWN));
    }

    /**
     * The statement of each case file: regime chosen from the claim and the parties, the reasons given, the rates
     * looked up per semester, the payments imputed, the 40 euros compensation.
     *
     * @param sink the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void statementOfCase(Blackhole sink) {
        for (int i = 0; i < CASES; i++) {
            sink.consume(calculator.statement(cases[i], asOf[i]));
        }
    }

    /**
     * The same figures from a request whose regime and dates the caller decided.
     *
     * @param sink the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void statementOfRequest(Blackhole sink) {
        for (InterestRequest request : requests) {
            sink.consume(calculator.statement(request));
        }
    }
}
