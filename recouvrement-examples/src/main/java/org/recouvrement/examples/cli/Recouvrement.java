package org.recouvrement.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.recouvrement.RecouvrementException;
import org.recouvrement.party.Territory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The command line {@code recouvrement}: the library's answers for systems written in other languages (a PHP or
 * Python ERP calls it and reads its JSON), and for people at a terminal.
 *
 * <pre>
 * java -jar recouvrement.jar deadline --time-limit order-for-payment-opposition --from 2026-03-02 \
 *     --court METROPOLITAN_FRANCE --party GUADELOUPE --json
 * java -jar recouvrement.jar limitation case.json --as-of 2026-11-23
 * </pre>
 *
 * <p>Exit codes: 0 when the answer was printed; 2 for bad input (an unknown option, a date that does not exist, a
 * case file that is not valid JSON or lacks a field), with a one-line message on the standard error naming the
 * option or field; 1 for anything unexpected, and for a command this build does not provide yet.
 */
@Command(name = "recouvrement",
        mixinStandardHelpOptions = true,
        versionProvider = Recouvrement.Version.class,
        description = {"Answers about unpaid claims under French, Belgian and EU law, each with the article of law "
                + "behind it.", ""},
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {"The commands that read a case take it as JSON (docs/CASE-FORMAT.md), from a file or from the "
                + "standard input.", "Run 'recouvrement COMMAND --help' for the options of a command."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the answer was printed",
            "1:an unexpected error",
            "2:bad input; the one-line message names the option or field"})
public final class Recouvrement implements Runnable {

    /** The zone in which "today" is read when {@code --as-of} is not given. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

    /** Exit code: the answer was printed. */
    public static final int OK = 0;
    /** Exit code: an unexpected error. */
    public static final int UNEXPECTED = 1;
    /** Exit code: bad input, the message naming the option or field. */
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    private Recouvrement() {
    }

    /**
     * Runs the command line and exits with its exit code.
     *
     * @param args the command and its options
     */
    public static void main(String[] args) {
        int code = run(args, System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), Clock.system(DEFAULT_ZONE));
        System.exit(code);
    }

    /**
     * Runs the command line on the given streams, without exiting: what {@link #main(String[])} does, for tests and
     * for programs that embed it.
     *
     * @param args the command and its options
     * @param in the standard input, from which a case is read when no file is named
     * @param out where the answer is printed
     * @param err where a message is printed on failure
     * @param clock the clock that says what day "today" is when {@code --as-of} is not given
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
        Objects.requireNonNull(args, "args");
        Context context = new Context(Objects.requireNonNull(in, "in"), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(clock, "clock"));
        CommandLine line = commandLine(context);
        PrintWriter output = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errors = new PrintWriter(err, true, StandardCharsets.UTF_8);
        line.setOut(output);
        line.setErr(errors);
        int code = line.execute(args);
        output.flush();
        errors.flush();
        return code;
    }

    static CommandLine commandLine(Context context) {
        CommandLine line = new CommandLine(new Recouvrement());
        line.addSubcommand(new DeadlineCommand());
        line.addSubcommand(new LimitationCommand(context));
        line.addSubcommand(new InterestCommand(context));
        line.addSubcommand(new RoutesCommand(context));
        line.addSubcommand(new DecideCommand(context));
        line.addSubcommand(new LetterCommand(context));
        line.getSubcommands().get("deadline").getCommandSpec().usageMessage().footer(DeadlineCommand.catalogue());
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.registerConverter(LocalDate.class, Recouvrement::date);
        line.registerConverter(Period.class, Recouvrement::period);
        line.registerConverter(Territory.class, Recouvrement::territory);
        line.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println(prefix(e.getCommandLine()) + firstLine(e.getMessage()));
            return BAD_INPUT;
        });
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            PrintWriter err = command.getErr();
            if (e instanceof RecouvrementException) {
                err.println(prefix(command) + firstLine(e.getMessage()));
                return BAD_INPUT;
            }
            err.println(prefix(command) + "unexpected error: " + e.getClass().getName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())));
            return UNEXPECTED;
        });
        return line;
    }

    /** Without a command: names what is missing. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: one of "
                + String.join(", ", spec.commandLine().getSubcommands().keySet())
                + " (see recouvrement --help)");
    }

    // ------------------------------------------------------------------------------------------------ values

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date of the form 2026-03-31");
        }
    }

    static Period period(String text) {
        String iso = text.toUpperCase(Locale.ROOT);
        try {
            Period period = Period.parse(iso.startsWith("P") ? iso : "P" + iso);
            if (period.isNegative() || period.isZero()) {
                throw new TypeConversionException("'" + text + "' is not a positive period");
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a period such as 15D, 1M, 1M15D or P2M");
        }
    }

    static Territory territory(String text) {
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_');
        for (Territory territory : Territory.values()) {
            if (territory.name().equals(name)) {
                return territory;
            }
        }
        List<String> names = new ArrayList<>();
        for (Territory territory : Territory.values()) {
            names.add(territory.name());
        }
        throw new TypeConversionException("'" + text + "' is not a territory; expected one of "
                + String.join(", ", names));
    }

    private static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName() + ": ";
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** The streams and clock the commands read from and write to. */
    static final class Context {
        private final InputStream in;
        private final PrintStream out;
        private final Clock clock;

        Context(InputStream in, PrintStream out, Clock clock) {
            this.in = in;
            this.out = out;
            this.clock = clock;
        }

        InputStream in() {
            return in;
        }

        /** The standard output as bytes, for a document that is not text (a PDF). */
        PrintStream out() {
            return out;
        }

        LocalDate today() {
            return LocalDate.now(clock);
        }
    }

    /** The version, from the jar's manifest when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Recouvrement.class.getPackage().getImplementationVersion();
            return new String[] {"recouvrement " + (version == null ? "(development build)" : version)};
        }
    }
}
