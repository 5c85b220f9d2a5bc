package org.recouvrement.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.recouvrement.interest.CapitalisedInterest;
import org.recouvrement.interest.FixedRecoveryCompensation;
import org.recouvrement.interest.ImputedPayment;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestLine;
import org.recouvrement.interest.InterestOptions;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.interest.LineNote;
import org.recouvrement.interest.UnknownRatePolicy;
import org.recouvrement.interest.UnknownStatutoryRateException;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.RecoveryCase;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code recouvrement interest}: the late-payment interest and fixed recovery compensation owed on a date, period by
 * period, at each statutory rate, with the payments imputed and the balance; with the articles of law. The answer of
 * {@link InterestCalculator#statement(RecoveryCase, LocalDate, InterestOptions)}.
 *
 * <p>A statutory rate not yet published for the period asked about (the second semester of 2026, say) is bad input
 * (exit code 2) naming the missing period, unless {@value #LATEST_KNOWN_RATE} asks to assume the latest published one;
 * the statement then marks every line so computed.
 */
@Command(name = "interest",
        mixinStandardHelpOptions = true,
        description = {"The late-payment interest and fixed recovery compensation owed on a date: one line per period of "
                + "constant rate and base, with its rate, its article and the text that published the rate; the "
                + "payments imputed to interest, costs and principal; the balance.", ""})
final class InterestCommand extends CaseCommand {

    /** The option that opts into the latest published rate where none is published yet. */
    static final String LATEST_KNOWN_RATE = "--use-latest-known-rate";

    @Option(names = LATEST_KNOWN_RATE,
            description = "Where no statutory rate is published yet for a period, assume the latest published one; "
                    + "the statement marks each line so computed. Without it, such a date is refused (exit code 2).")
    boolean latestKnownRate;

    InterestCommand(Recouvrement.Context context) {
        super(context);
    }

    @Override
    int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out) {
        RecoveryCase file = cases.get(0);
        InterestStatement statement = statement(spec.commandLine(), file, asOf, latestKnownRate);
        out.print(json ? JsonAnswers.print(toJson(file, statement)) : table(file, statement));
        return Recouvrement.OK;
    }

    /**
     * Computes the statement; a period without a published rate becomes a one-line message naming it and the option
     * that would assume the latest rate.
     */
    static InterestStatement statement(CommandLine command, RecoveryCase file, LocalDate asOf,
            boolean latestKnownRate) {
        InterestOptions options = InterestOptions.builder()
                .unknownRatePolicy(latestKnownRate ? UnknownRatePolicy.USE_LATEST_KNOWN_RATE : UnknownRatePolicy.FAIL)
                .build();
        try {
            return InterestCalculator.standard().statement(file, asOf, options);
        } catch (UnknownStatutoryRateException e) {
            throw new ParameterException(command, "--as-of " + asOf + ": no " + e.series() + " rate is published for "
                    + period(e.period()) + " (needed for " + e.date() + "); add " + LATEST_KNOWN_RATE
                    + " to assume the latest published rate, or ask about an earlier date", e);
        }
    }

    private static String period(EffectivePeriod period) {
        LocalDate start = period.startInclusive();
        return period.endExclusive()
                .map(end -> end.minusDays(1))
                .map(last -> last.equals(start) ? start.toString() : start + ".." + last)
                .orElse(start + " onwards");
    }

    private static String table(RecoveryCase file, InterestStatement s) {
        TextAnswers out = new TextAnswers();
        out.line("Case", file.id() + ", as of " + s.asOf());
        out.line("Regime", s.regime() + " (" + TextAnswers.citations(s.regime().references()) + ")");
        out.line("Day count", s.dayCount().description());
        out.line("Runs from", s.interestFrom().map(LocalDate::toString).orElse("no interest runs on this date"));
        if (!s.lines().isEmpty()) {
            out.heading("Periods");
            out.format("  %-22s %5s %14s %8s %12s  %s", "from..to", "days", "base", "rate", "interest", "basis");
            for (InterestLine line : s.lines()) {
                out.format("  %-22s %5d %14s %8s %12s  %s%s", line.from() + ".." + line.to(), line.days(),
                        line.base(), line.rate(), line.interest(), line.reference().display(),
                        line.hasNote(LineNote.LATEST_KNOWN_RATE_ASSUMED) ? "  (latest known rate assumed)"
                                : line.hasNote(LineNote.FLOOR_APPLIED) ? "  (floor applied)"
                                : line.hasNote(LineNote.JUDGMENT_INCREASE) ? "  (+5 points after judgment)" : "");
            }
        }
        for (CapitalisedInterest capitalised : s.capitalisations()) {
            out.format("  capitalised on %s: %s", capitalised.date(), capitalised.amount());
        }
        if (!s.payments().isEmpty()) {
            out.heading("Payments");
            for (ImputedPayment payment : s.payments()) {
                out.format("  %s %12s  to interest %s, costs %s, capitalised interest %s, principal %s%s",
                        payment.date(), payment.amount(), payment.toInterest().value(), payment.toCosts().value(),
                        payment.toCapitalisedInterest().value(), payment.toPrincipal().value(),
                        payment.unapplied().isPositive() ? ", unapplied " + payment.unapplied().value() : "");
            }
        }
        FixedRecoveryCompensation compensation = s.compensation();
        out.heading("Totals");
        out.line("Principal", s.principal() + (s.creditNotes().isPositive() ? ", less credit notes "
                + s.creditNotes().value() : ""));
        out.line("Interest", s.totalInterest() + ", of which paid " + s.interestPaid().value());
        out.line("Compensation", compensation.isOwed() ? compensation.total() + ", of which paid "
                + s.costsPaid().value() : "none");
        out.line("Balance", s.balance() + " (principal " + s.outstandingPrincipal().value() + ", interest "
                + s.outstandingInterest().plus(s.outstandingCapitalisedInterest()).value() + ", costs "
                + s.outstandingCosts().value() + ")");
        return out.why(s.explanation().plus(compensation.explanation())).toString();
    }

    private static ObjectNode toJson(RecoveryCase file, InterestStatement s) {
        ObjectNode json = JsonAnswers.object();
        json.put("caseId", file.id());
        json.put("asOf", s.asOf().toString());
        json.put("currency", s.principal().currency().getCurrencyCode());
        json.put("regime", s.regime().name());
        json.set("regimeReferences", JsonAnswers.references(s.regime().references()));
        json.put("dayCount", s.dayCount().name());
        s.interestFrom().ifPresent(day -> json.put("interestFrom", day.toString()));
        ArrayNode lines = json.putArray("lines");
        for (InterestLine line : s.lines()) {
            ObjectNode item = lines.addObject();
            item.put("from", line.from().toString());
            item.put("to", line.to().toString());
            item.put("days", line.days());
            item.put("yearLength", line.yearLength());
            item.put("base", decimal(line.base()));
            item.put("rate", line.rate().percent().toPlainString());
            item.put("interest", decimal(line.interest()));
            item.set("reference", JsonAnswers.reference(line.reference()));
            item.set("rateSource", JsonAnswers.reference(line.rateSource()));
            ArrayNode notes = item.putArray("notes");
            for (LineNote note : line.notes()) {
                notes.add(note.name());
            }
        }
        ArrayNode capitalisations = json.putArray("capitalisations");
        for (CapitalisedInterest capitalised : s.capitalisations()) {
            capitalisations.addObject().put("date", capitalised.date().toString())
                    .put("amount", decimal(capitalised.amount()));
        }
        ArrayNode payments = json.putArray("payments");
        for (ImputedPayment payment : s.payments()) {
            payments.addObject()
                    .put("date", payment.date().toString())
                    .put("amount", decimal(payment.amount()))
                    .put("toInterest", decimal(payment.toInterest()))
                    .put("toCosts", decimal(payment.toCosts()))
                    .put("toCapitalisedInterest", decimal(payment.toCapitalisedInterest()))
                    .put("toPrincipal", decimal(payment.toPrincipal()))
                    .put("unapplied", decimal(payment.unapplied()));
        }
        json.put("principal", decimal(s.principal()));
        json.put("creditNotes", decimal(s.creditNotes()));
        json.put("totalInterest", decimal(s.totalInterest()));
        json.put("capitalisedInterest", decimal(s.capitalisedInterest()));
        json.put("interestPaid", decimal(s.interestPaid()));
        FixedRecoveryCompensation compensation = s.compensation();
        ObjectNode owed = json.putObject("compensation");
        owed.put("owed", compensation.isOwed());
        owed.put("fixedAmount", decimal(compensation.fixedAmount()));
        owed.put("additionalCompensation", decimal(compensation.additionalCompensation()));
        owed.put("total", decimal(compensation.total()));
        compensation.dueFrom().ifPresent(day -> owed.put("dueFrom", day.toString()));
        owed.set("explanation", JsonAnswers.explanation(compensation.explanation()));
        json.put("costsPaid", decimal(s.costsPaid()));
        json.put("principalPaid", decimal(s.principalPaid()));
        json.put("outstandingPrincipal", decimal(s.outstandingPrincipal()));
        json.put("outstandingCapitalisedInterest", decimal(s.outstandingCapitalisedInterest()));
        json.put("outstandingInterest", decimal(s.outstandingInterest()));
        json.put("outstandingCosts", decimal(s.outstandingCosts()));
        json.put("unappliedPayments", decimal(s.unappliedPayments()));
        json.put("balance", decimal(s.balance()));
        json.put("assumesUnpublishedRates", s.assumesUnpublishedRates());
        json.set("explanation", JsonAnswers.explanation(s.explanation()));
        return json;
    }

    private static String decimal(Amount amount) {
        return amount.value().toPlainString();
    }
}
