package org.recouvrement.benchmarks;

import java.time.LocalDate;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.recouvrement.claim.Claim;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.letters.AmountStatement;
import org.recouvrement.letters.FormalNotice;
import org.recouvrement.letters.render.LetterRenderer;
import org.recouvrement.letters.render.OutputFormat;
import org.recouvrement.letters.render.RenderedDocument;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Benchmark 6: rendering one formal notice between professionals (C. civ. art. 1344; C. com. art. L441-10, D441-5)
 * with the library's templates, to plain text, HTML and PDF/A-3b. The notice is built once from a case file: an
 * invoice of 12,500 euros due 15 January 2025, a part payment of 3,000 euros on 10 March 2025, its interest statement
 * on 30 June 2025 (two lines and the 40 euros compensation), to pay by 15 July 2025, sent by registered letter.
 * Each operation renders the whole document: mandatory mentions checked, templates filled, digest and snapshot made.
 *
 * <p>The PDF engine is a large body of code that the JIT compiler takes thousands of documents to compile: the set-up
 * renders the notice many times in the format measured (a thousand PDFs, five thousand texts or HTML pages), so that
 * the short warm-up of the documented command measures the steady state a renderer reaches in a long-running service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LetterBenchmark {

    private final LetterRenderer renderer = LetterRenderer.withDefaults();
    private FormalNotice notice;

    private static final int WARM_UP_TEXT_AND_HTML = 5000;
    private static final int WARM_UP_PDF = 1000;

    /**
     * Builds the notice from its case and renders it in the format measured until the JIT compiler has done its work.
     *
     * @param params the benchmark being run, whose method names the format
     */
    @Setup
    public void setUp(BenchmarkParams params) {
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        Claim claim = Fixtures.invoiceBetweenMerchants(LocalDate.of(2024, 12, 16));
        RecoveryCase file = RecoveryCase.of(claim)
                .withEvent(new CaseEvent.PaymentReceived(LocalDate.of(2025, 3, 10), Amount.euros("3000.00")));
        InterestStatement interest = InterestCalculator.standard().statement(file, asOf);
        notice = FormalNotice.builder().date(asOf).creditor(claim.creditor()).debtor(claim.debtor())
                .fileReference("DOS-2025-0612").statement(AmountStatement.from(file, interest))
                .paymentDeadline(LocalDate.of(2025, 7, 15)).dispatch(ContactChannel.REGISTERED_LETTER)
                .signatory("Jeanne Durand, gérante").build();
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        OutputFormat format = OutputFormat.valueOf(method.toUpperCase(Locale.ROOT));
        int renderings = format == OutputFormat.PDF ? WARM_UP_PDF : WARM_UP_TEXT_AND_HTML;
        for (int i = 0; i < renderings; i++) {
            renderer.render(notice, format);
        }
    }

    /**
     * The notice as plain text.
     *
     * @return the document
     */
    @Benchmark
    public RenderedDocument text() {
        return renderer.render(notice, OutputFormat.TEXT);
    }

    /**
     * The notice as standalone HTML.
     *
     * @return the document
     */
    @Benchmark
    public RenderedDocument html() {
        return renderer.render(notice, OutputFormat.HTML);
    }

    /**
     * The notice as PDF/A-3b, with its font embedded.
     *
     * @return the document
     */
    @Benchmark
    public RenderedDocument pdf() {
        return renderer.render(notice, OutputFormat.PDF);
    }
}
