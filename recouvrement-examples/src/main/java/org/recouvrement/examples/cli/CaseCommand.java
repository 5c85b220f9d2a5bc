package org.recouvrement.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.recouvrement.examples.format.CaseJson;
import org.recouvrement.recovery.RecoveryCase;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What the commands that read a case share: the case file (or the standard input), the date the question is asked
 * for, and the choice between a table and JSON. A command reads and checks the case first, so bad input is reported
 * (exit code 2) before anything else; then it answers.
 *
 * <p><b>For the integrator.</b> Each subclass answers in {@link #answer(List, LocalDate, PrintWriter)}.
 */
abstract class CaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "The case as JSON (docs/CASE-FORMAT.md); '-' or absent: the standard input.")
    String file;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The date the question is asked for (YYYY-MM-DD); default: today in Europe/Paris.")
    LocalDate asOf;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    /** The streams and clock of the run. */
    final Recouvrement.Context context;

    CaseCommand(Recouvrement.Context context) {
        this.context = context;
    }

    @Override
    public final Integer call() {
        List<RecoveryCase> cases = read();
        if (!acceptsSeveralCases() && cases.size() != 1) {
            throw new ParameterException(spec.commandLine(), "FILE holds " + cases.size()
                    + " cases; this command takes one case object");
        }
        PrintWriter out = spec.commandLine().getOut();
        int code = answer(cases, asOf != null ? asOf : context.today(), out);
        out.flush();
        return code;
    }

    /**
     * Tells whether the command takes an array of cases as well as one case.
     */
    boolean acceptsSeveralCases() {
        return false;
    }

    /**
     * Answers for the cases read: one unless {@link #acceptsSeveralCases()}.
     *
     * @return the exit code
     */
    abstract int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out);

    private List<RecoveryCase> read() {
        String text;
        try {
            if (file.equals("-")) {
                InputStream in = context.in();
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } else {
                text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            }
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "FILE '" + file + "' does not exist");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "FILE '" + file + "' cannot be read: " + e.getMessage());
        }
        return acceptsSeveralCases() ? CaseJson.readCases(text) : List.of(CaseJson.read(text));
    }
}
