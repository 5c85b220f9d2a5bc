package org.recouvrement.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recouvrement.dunning.ProposedAction;
import org.recouvrement.examples.sample.SampleData;
import org.recouvrement.letters.DocumentKind;

/** Runs the README's demo on the sample export, once, and checks what it printed and wrote. */
class DemoTest {

    @TempDir
    static Path folder;

    private static Demo.Result result;
    private static String printed;
    private static String progress;

    @BeforeAll
    static void runTheDemo() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        result = Demo.run(SampleData.cases(), Demo.DEFAULT_AS_OF, folder,
                new PrintStream(console, true, StandardCharsets.UTF_8),
                new Progress(new PrintStream(bar, true, StandardCharsets.UTF_8), false));
        printed = console.toString(StandardCharsets.UTF_8);
        progress = bar.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summarisesThePortfolio() {
        PortfolioSummary summary = result.summary();
        assertEquals(210, summary.cases());
        assertEquals(60, summary.debtors());
        assertEquals(new BigDecimal("637497.79"), summary.outstanding().value());
        assertEquals(summary.outstanding(), summary.agedBalance().values().stream()
                .reduce((a, b) -> a.plus(b)).orElseThrow(), "the aged balance's buckets sum to the outstanding");
        assertTrue(printed.contains("210 open invoices of 60 debtors, €637,497.79 outstanding"), printed);
    }

    @Test
    void countsTheActionsAndTheLettersOfTheDay() {
        assertEquals(result.decision().actions().size(),
                result.summary().actions().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(21, result.summary().letters().get(DocumentKind.FORMAL_NOTICE));
        assertEquals(result.letters().size(),
                result.summary().letters().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(printed.contains("Letters written: " + result.letters().size() + " (PDF/A and HTML)"), printed);
    }

    @Test
    @DisplayName("What is owed by law on the open cases: more than the unpaid invoices (interest to date, and 40 € per "
            + "late invoice between professionals, C. com. L441-10 II and D441-5)")
    void addsUpWhatIsOwedOnTheOpenCases() {
        PortfolioSummary.Claimed owed = result.summary().owed();
        assertTrue(owed.interest().isPositive(), owed.toString());
        assertTrue(owed.total().compareTo(result.summary().outstanding()) > 0, owed.toString());
        assertEquals(0, owed.compensation().value().remainder(new BigDecimal("40")).signum(), owed.toString());
        assertTrue(owed.compensation().isPositive(), owed.toString());
        assertTrue(printed.contains("Owed on the open cases by law"), printed);
    }

    @Test
    @DisplayName("A debtor who had a formal notice in 2022 is not sent a courteous reminder (the ERP's history is taken"
            + " over)")
    void carriesOnFromTheErpsDunning() {
        List<ProposedAction> forEscale = result.decision().actions().stream()
                .filter(action -> action.caseIds().contains("FA-2021-0033")).toList();
        assertFalse(forEscale.isEmpty());
        assertTrue(forEscale.stream().noneMatch(action -> action.step().map(step -> step.key()).orElse("").contains("reminder")),
                forEscale.toString());
    }

    @Test
    @DisplayName("The claims near their limitation date are listed with their date (C. com. L110-4 for FA-2021-0033)")
    void listsTheClaimsNearTheirLimitationDate() {
        PortfolioSummary.LimitationAlert alert = result.summary().limitation().stream()
                .filter(a -> a.caseId().equals("FA-2025-0124")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 31), alert.expiry());
        assertEquals(38, alert.daysLeft());
        assertTrue(result.summary().limitation().stream().anyMatch(PortfolioSummary.LimitationAlert::timeBarred));
        assertTrue(printed.contains("FA-2025-0124"), printed);
    }

    @Test
    void writesEveryLetterAsPdfAndHtmlWithTheDebtorsName() throws IOException {
        assertFalse(result.letters().isEmpty());
        for (Demo.WrittenLetter letter : result.letters()) {
            assertTrue(Files.size(letter.pdf()) > 1000, letter.pdf().toString());
            assertTrue(Files.size(letter.html()) > 1000, letter.html().toString());
            String html = Files.readString(letter.html(), StandardCharsets.UTF_8);
            assertTrue(html.contains(escaped(letter.letter().debtor().name())), letter.html().toString());
        }
        Demo.WrittenLetter first = result.letters().get(0);
        try (PDDocument document = Loader.loadPDF(first.pdf().toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(first.letter().debtor().name()), text);
            assertTrue(text.contains("Claire Vasseur"), text);
        }
        try (Stream<Path> files = Files.list(folder.resolve("letters"))) {
            assertEquals(2L * result.letters().size(), files.count(), "one PDF and one HTML per letter, nothing else");
        }
    }

    @Test
    void writesTheReportWithItsChartAndTheSummaryAsText() throws IOException {
        String report = Files.readString(result.report(), StandardCharsets.UTF_8);
        assertTrue(report.startsWith("<!DOCTYPE html>"), report.substring(0, 40));
        assertTrue(report.contains("<svg"), "the aged balance chart");
        assertTrue(report.contains("FA-2025-0124"));
        String summary = Files.readString(folder.resolve("summary.txt"), StandardCharsets.UTF_8);
        assertTrue(summary.contains("Aged balance"), summary);
    }

    @Test
    void showsItsProgressOnALogAtEachQuarter() {
        int letters = result.letters().size();
        assertTrue(progress.contains("Rendering letters: 0/" + letters), progress);
        assertTrue(progress.contains("Rendering letters: " + letters + "/" + letters + ", done"), progress);
        assertTrue(progress.lines().count() <= 5, progress);
    }

    @Test
    void drawsABarOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress bar = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        bar.start("Work", 4);
        bar.advance();
        bar.advance();
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.endsWith("\rWork [" + "#".repeat(15) + ".".repeat(15) + "] 2/4"), drawn);
    }

    @Test
    @DisplayName("A letter to a German-speaking debtor is in English, and so is what its invoice was for")
    void describesTheInvoiceInTheLanguageOfTheLetter() {
        assertEquals("Installation and maintenance of heating equipment", Demo.description(SampleData.cases().stream()
                .filter(c -> c.claim().debtor().language() == org.recouvrement.party.Language.GERMAN)
                .findFirst().orElseThrow().claim().debtor()));
    }

    @Test
    void readsItsArguments() {
        Demo.Options defaults = Demo.Options.parse(new String[0]);
        assertEquals(Demo.DEFAULT_AS_OF, defaults.asOf());
        assertEquals(Demo.DEFAULT_OUTPUT, defaults.output());
        Demo.Options given = Demo.Options.parse(new String[] {"--as-of", "2026-12-15", "--out", "run"});
        assertEquals(LocalDate.of(2026, 12, 15), given.asOf());
        assertEquals(Path.of("run"), given.output());
        assertTrue(Demo.Options.parse(new String[] {"--help"}).help());
        assertThrows(IllegalArgumentException.class, () -> Demo.Options.parse(new String[] {"--when", "x"}));
        assertThrows(IllegalArgumentException.class, () -> Demo.Options.parse(new String[] {"--as-of"}));
        assertThrows(DateTimeParseException.class, () -> Demo.Options.parse(new String[] {"--as-of", "23/11/2026"}));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
