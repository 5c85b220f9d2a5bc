package org.recouvrement.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.recouvrement.deadline.Adjustment;
import org.recouvrement.deadline.Deadline;
import org.recouvrement.deadline.DeadlineCalculator;
import org.recouvrement.deadline.Direction;
import org.recouvrement.deadline.ProceduralTimeLimit;
import org.recouvrement.deadline.TimeLimitKind;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;
import org.recouvrement.party.Territory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code recouvrement deadline}: when a procedural time limit expires (CPC art. 640-644, C. jud. art. 52-54,
 * Reg. 1182/71), with every step explained. The time limit is one of the library's catalogue, by name, or a period
 * given on the command line.
 */
@Command(name = "deadline",
        mixinStandardHelpOptions = true,
        description = {"When a procedural time limit expires: the day it starts, its raw end, each move (distance "
                + "extension, weekend or public holiday of the court's territory) with its article of law, the last "
                + "day to act and the instant it runs out.", ""},
        footerHeading = "%nTime limits (--time-limit):%n")
final class DeadlineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "%nThe time limit, by name or by period:%n")
    private Which which;

    @Option(names = "--from", required = true, paramLabel = "DATE",
            description = "The day of the act, event, decision or notification that starts it (YYYY-MM-DD); for a "
                    + "time limit counted backwards, the day of the event.")
    private LocalDate origin;

    @Option(names = "--court", required = true, paramLabel = "TERRITORY",
            description = "Where the court sits or the act must be done, whose holidays apply: METROPOLITAN_FRANCE, "
                    + "ALSACE_MOSELLE, GUADELOUPE, REUNION, BELGIUM...")
    private Territory court;

    @Option(names = "--party", paramLabel = "TERRITORY",
            description = "Where the party the time limit runs against lives, for the distance extensions of CPC "
                    + "art. 643-644 and C. com. art. R622-24.")
    private Territory party;

    @Option(names = "--json", description = "Print the answer as JSON.")
    private boolean json;

    /** Either a named time limit or a period with its attributes. */
    static final class Which {
        @Option(names = "--time-limit", required = true, paramLabel = "NAME",
                description = "A time limit of the catalogue, such as order-for-payment-opposition (listed below).")
        String name;

        @ArgGroup(exclusive = false, multiplicity = "1")
        Custom custom;
    }

    /** A time limit given by its period. */
    static final class Custom {
        @Option(names = "--period", required = true, paramLabel = "PERIOD",
                description = "The duration: 15D, 1M, 1M15D, 2Y (or ISO 8601: P1M15D).")
        Period period;

        @Option(names = "--kind", paramLabel = "KIND", defaultValue = "OTHER",
                description = "What it is for, which decides the distance extensions: ${COMPLETION-CANDIDATES} "
                        + "(default: ${DEFAULT-VALUE}).")
        TimeLimitKind kind;

        @Option(names = "--backward",
                description = "Counted backwards from the event (\"at least 15 days before the hearing\").")
        boolean backward;

        @Option(names = "--jurisdiction", paramLabel = "JURISDICTION",
                description = "Whose counting rules apply: ${COMPLETION-CANDIDATES} (default: BELGIUM for a Belgian "
                        + "court, otherwise FRANCE).")
        Jurisdiction jurisdiction;

        @Option(names = "--basis", paramLabel = "TEXT",
                description = "The text that sets the time limit, shown in the answer, such as \"CPC art. 905-2\".")
        String basis;
    }

    DeadlineCommand() {
    }

    @Override
    public Integer call() {
        ProceduralTimeLimit limit = timeLimit();
        DeadlineCalculator calculator = DeadlineCalculator.standard();
        Deadline deadline = party == null ? calculator.compute(limit, origin, court)
                : calculator.compute(limit, origin, court, party);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? JsonAnswers.print(toJson(deadline)) : table(deadline));
        out.flush();
        return Recouvrement.OK;
    }

    /** Lists the catalogue in the help's footer. */
    static String catalogue() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, ProceduralTimeLimit> entry : TimeLimitNames.all().entrySet()) {
            ProceduralTimeLimit limit = entry.getValue();
            out.append(String.format(Locale.ROOT, "  %-37s %s, %s%n", entry.getKey(), limit.period(),
                    limit.reference().display()));
        }
        return out.toString();
    }

    private ProceduralTimeLimit timeLimit() {
        if (which.name != null) {
            return TimeLimitNames.named(which.name).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--time-limit '" + which.name + "' is not a known time limit; expected one of "
                            + String.join(", ", TimeLimitNames.all().keySet())));
        }
        Custom custom = which.custom;
        Jurisdiction jurisdiction = custom.jurisdiction != null ? custom.jurisdiction
                : court == Territory.BELGIUM ? Jurisdiction.BELGIUM : Jurisdiction.FRANCE;
        if (custom.basis != null && custom.basis.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--basis '' must not be blank");
        }
        LegalReference basis = LegalReference.ofInstrument(jurisdiction,
                custom.basis == null ? "stated by the caller" : custom.basis);
        return ProceduralTimeLimit.builder()
                .name("Time limit of " + words(custom.period))
                .period(custom.period)
                .kind(custom.kind)
                .direction(custom.backward ? Direction.BACKWARD : Direction.FORWARD)
                .jurisdiction(jurisdiction)
                .reference(basis)
                .build();
    }

    /** A period in words: "15 days", "1 month and 15 days", "2 years". */
    static String words(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() != 0) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" and ", parts);
    }

    private static String table(Deadline deadline) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Time limit", deadline.timeLimit().toString()});
        rows.add(new String[] {"From", day(deadline.origin())});
        rows.add(new String[] {"Court in", deadline.courtTerritory().name()});
        deadline.partyTerritory().ifPresent(t -> rows.add(new String[] {"Party in", t.name()}));
        rows.add(new String[] {"Raw end", day(deadline.rawEnd())});
        boolean first = true;
        for (Adjustment adjustment : deadline.adjustments()) {
            rows.add(new String[] {first ? "Moved" : "", adjustment.from() + " -> " + adjustment.to() + "  "
                    + adjustment.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')});
            first = false;
        }
        rows.add(new String[] {"Expires", day(deadline.expiryDate()) + deadline.expiresAt()
                .map(at -> ", at 24:00 (" + at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " " + at.getZone()
                        + ")")
                .orElse(", at 24:00")});
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append(String.format(Locale.ROOT, "%-12s %s%n", row[0], row[1]));
        }
        out.append(String.format(Locale.ROOT, "%nWhy%n"));
        int n = 1;
        for (Reason reason : deadline.explanation().reasons()) {
            out.append(String.format(Locale.ROOT, "%3d. %s%n", n++, reason));
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    private static String day(LocalDate date) {
        String name = date.getDayOfWeek().name();
        return date + " (" + name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT) + ")";
    }

    private static ObjectNode toJson(Deadline deadline) {
        ObjectNode json = JsonAnswers.object();
        ProceduralTimeLimit limit = deadline.timeLimit();
        ObjectNode timeLimit = json.putObject("timeLimit");
        timeLimit.put("name", limit.name());
        timeLimit.put("period", limit.period().toString());
        timeLimit.put("direction", limit.direction().name());
        timeLimit.put("kind", limit.kind().name());
        timeLimit.put("jurisdiction", limit.jurisdiction().name());
        timeLimit.set("reference", JsonAnswers.reference(limit.reference()));
        json.put("origin", deadline.origin().toString());
        json.put("courtTerritory", deadline.courtTerritory().name());
        deadline.partyTerritory().ifPresent(t -> json.put("partyTerritory", t.name()));
        json.put("rawEnd", deadline.rawEnd().toString());
        ArrayNode adjustments = json.putArray("adjustments");
        for (Adjustment adjustment : deadline.adjustments()) {
            ObjectNode item = adjustments.addObject();
            item.put("kind", adjustment.kind().name());
            item.put("from", adjustment.from().toString());
            item.put("to", adjustment.to().toString());
            item.set("reason", JsonAnswers.reason(adjustment.reason()));
        }
        json.put("expiryDate", deadline.expiryDate().toString());
        deadline.expiresAt().ifPresent(at -> {
            json.put("expiresAt", at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            json.put("zone", at.getZone().getId());
        });
        json.set("explanation", JsonAnswers.explanation(deadline.explanation()));
        return json;
    }
}
