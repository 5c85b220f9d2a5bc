package org.recouvrement.examples.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.recouvrement.dunning.DunningDecision;
import org.recouvrement.dunning.DunningPlanner;
import org.recouvrement.dunning.PolicySet;
import org.recouvrement.examples.erp.DunningTakeOver;
import org.recouvrement.dunning.ProposedAction;
import org.recouvrement.examples.sample.SampleData;
import org.recouvrement.interest.InterestOptions;
import org.recouvrement.interest.UnknownRatePolicy;
import org.recouvrement.letters.ActionLetters;
import org.recouvrement.letters.Letter;
import org.recouvrement.letters.render.LetterRenderer;
import org.recouvrement.letters.render.OutputFormat;
import org.recouvrement.letters.render.RenderedDocument;
import org.recouvrement.party.Party;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The README's demo: a day of recovery for a small creditor. It reads the sample aged-balance export of its ERP (210
 * open invoices of 60 debtors), decides what to do today under the standard dunning policies, writes every letter
 * the decision calls for as PDF/A and HTML, prints a summary and writes it as an HTML report with a chart of the aged
 * balance.
 *
 * <pre>
 * ./mvnw -q -pl recouvrement-examples -am -DskipTests package exec:java
 * ./mvnw -q -pl recouvrement-examples -am -DskipTests package exec:java -Dexec.args="--as-of 2026-12-15 --out /tmp/run"
 * </pre>
 *
 * <p>The date defaults to {@link #DEFAULT_AS_OF}, so that the output is the same on every run; the output folder to
 * {@link #DEFAULT_OUTPUT}, relative to the working directory. The decision is {@code Dunning.decide} with one option:
 * statutory rates not yet published (after {@code 30 June 2026} in this release) are taken as the latest published
 * one, and the statements mark the lines that assume it. Before deciding, the reminders and formal notices the ERP's
 * previous process sent are recorded as steps taken ({@link DunningTakeOver}), so that a debtor who already had a
 * formal notice is not sent a courteous reminder.
 */
public final class Demo {

    /** The date the demo decides for unless told otherwise: the Monday after the sample's export. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 23);

    /** Where the letters and the report go unless told otherwise, relative to the working directory. */
    public static final Path DEFAULT_OUTPUT = Path.of("recouvrement-output", "demo");

    /** Who signs the sample creditor's letters (an invented name). */
    static final String SIGNATORY = "Claire Vasseur, responsable du recouvrement";

    private static final String USAGE = "usage: Demo [--as-of YYYY-MM-DD] [--out FOLDER]";

    private Demo() {
    }

    /**
     * Runs the demo; exits with 2 and a usage line on bad arguments.
     *
     * @param args {@code --as-of YYYY-MM-DD} and {@code --out FOLDER}, both optional
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println(USAGE + " (" + e.getMessage() + ")");
            System.exit(2);
            return;
        }
        if (options.help()) {
            out.println(USAGE);
            return;
        }
        run(SampleData.cases(), options.asOf(), options.output(), out, Progress.forConsole(System.console() != null));
    }

    /**
     * The demo's arguments.
     *
     * @param asOf the day to decide for
     * @param output the folder to write to
     * @param help whether only the usage was asked for
     */
    record Options(LocalDate asOf, Path output, boolean help) {

        static Options parse(String[] args) {
            LocalDate asOf = DEFAULT_AS_OF;
            Path output = DEFAULT_OUTPUT;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    return new Options(asOf, output, true);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("'" + arg + "' is not an option or lacks its value");
                }
                if (arg.equals("--as-of")) {
                    asOf = LocalDate.parse(args[++i]);
                } else if (arg.equals("--out")) {
                    output = Path.of(args[++i]);
                } else {
                    throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
            }
            return new Options(asOf, output, false);
        }
    }

    /**
     * Decides, writes the letters and the report, and prints the summary.
     *
     * @param cases the portfolio
     * @param asOf the day to decide for
     * @param output the folder to write to; created if needed
     * @param console where the summary is printed
     * @param progress how the rendering's progress is shown
     * @return what was decided and written
     * @throws UncheckedIOException if the output cannot be written
     */
    static Result run(List<RecoveryCase> cases, LocalDate asOf, Path output, PrintStream console, Progress progress) {
        DunningPlanner planner = DunningPlanner.standard().withInterestOptions(InterestOptions.builder()
                .unknownRatePolicy(UnknownRatePolicy.USE_LATEST_KNOWN_RATE).build());
        PolicySet policies = PolicySet.standard();
        DunningDecision decision = planner.decide(DunningTakeOver.takeOver(cases, policies), policies, asOf);

        List<WrittenLetter> letters = writeLetters(decision, output.resolve("letters"), progress);
        PortfolioSummary summary = PortfolioSummary.of(cases, decision, letters);
        Path report = output.resolve("report.html");
        String text = summary.text(output);
        try {
            Files.createDirectories(output);
            Files.writeString(report, DemoReport.html(summary, letters, output), StandardCharsets.UTF_8);
            Files.writeString(output.resolve("summary.txt"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the report cannot be written to " + output, e);
        }
        console.print(text);
        return new Result(decision, summary, letters, report);
    }

    /**
     * What a run decided and wrote.
     *
     * @param decision the dunning decision
     * @param summary its summary
     * @param letters the letters written
     * @param report the HTML report
     */
    record Result(DunningDecision decision, PortfolioSummary summary, List<WrittenLetter> letters, Path report) {
    }

    /**
     * A letter written for an action, as PDF and HTML.
     *
     * @param action the action
     * @param letter the letter
     * @param pdf the PDF file
     * @param html the HTML file
     */
    record WrittenLetter(ProposedAction action, Letter letter, Path pdf, Path html) {
    }

    private static List<WrittenLetter> writeLetters(DunningDecision decision, Path folder, Progress progress) {
        List<ProposedAction> withLetter = new ArrayList<>();
        for (ProposedAction action : decision.actions()) {
            if (ActionLetters.documentKind(action).isPresent()) {
                withLetter.add(action);
            }
        }
        LetterRenderer renderer = LetterRenderer.withDefaults();
        ActionLetters bridge = ActionLetters.standard().withSignatory(SIGNATORY)
                .withDescriptions(claim -> Optional.of(description(claim.debtor())));
        List<WrittenLetter> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            progress.start("Rendering letters", withLetter.size());
            for (ProposedAction action : withLetter) {
                Optional<Letter> letter = bridge.letterFor(action);
                if (letter.isPresent()) {
                    String name = fileName(action);
                    RenderedDocument pdf = renderer.render(letter.get(), OutputFormat.PDF);
                    RenderedDocument html = renderer.render(letter.get(), OutputFormat.HTML);
                    Path pdfFile = Files.write(folder.resolve(name + ".pdf"), pdf.bytes());
                    Path htmlFile = Files.write(folder.resolve(name + ".html"), html.bytes());
                    written.add(new WrittenLetter(action, letter.get(), pdfFile, htmlFile));
                }
                progress.advance();
            }
            progress.done();
        } catch (IOException e) {
            throw new UncheckedIOException("the letters cannot be written to " + folder, e);
        }
        return List.copyOf(written);
    }

    /**
     * What the sample creditor invoices, in the language the debtor's letter is written in
     * ({@link ActionLetters#shippedLanguage}): the export has no description column, and a Belgian consumer's first
     * reminder must say what the claim is for (CDE art. XIX.2).
     */
    static String description(Party debtor) {
        switch (ActionLetters.shippedLanguage(debtor)) {
            case DUTCH:
                return "Installatie en onderhoud van verwarmingstoestellen";
            case ENGLISH:
                return "Installation and maintenance of heating equipment";
            default:
                return "Installation et entretien d'équipements de chauffage";
        }
    }

    /** A file name from the action: the first case, the step, and the action's digest for uniqueness. */
    static String fileName(ProposedAction action) {
        String id = action.id();
        String digest = id.substring(id.lastIndexOf(':') + 1);
        String step = action.step().map(s -> s.key()).orElse(action.kind().name().toLowerCase(java.util.Locale.ROOT));
        return action.caseIds().get(0).replaceAll("[^A-Za-z0-9_-]", "_") + "_" + step + "_" + digest.substring(0, 8);
    }
}
