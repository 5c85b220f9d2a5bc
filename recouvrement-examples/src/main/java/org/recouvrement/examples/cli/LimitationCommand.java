package org.recouvrement.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.recouvrement.examples.format.EventType;
import org.recouvrement.limitation.AppliedEvent;
import org.recouvrement.limitation.LimitationAssessment;
import org.recouvrement.limitation.LimitationAssessor;
import org.recouvrement.limitation.LimitationPart;
import org.recouvrement.limitation.LimitationPeriod;
import org.recouvrement.limitation.LimitationStatus;
import org.recouvrement.limitation.LimitationWarning;
import org.recouvrement.recovery.RecoveryCase;
import picocli.CommandLine.Command;

/**
 * {@code recouvrement limitation}: when the claim becomes time-barred (prescription, forclusion), what each event did
 * to the clock, the long-stop and the warnings; with the articles of law. The answer of
 * {@link LimitationAssessor#assess(RecoveryCase, LocalDate)}.
 */
@Command(name = "limitation",
        mixinStandardHelpOptions = true,
        description = {"When the claim becomes time-barred (prescription, forclusion): the period and its article, the "
                + "day it runs from, the last day, the long-stop, what each event did to the clock (a reminder or a "
                + "formal notice does nothing), and the warnings.", ""})
final class LimitationCommand extends CaseCommand {

    LimitationCommand(Recouvrement.Context context) {
        super(context);
    }

    @Override
    int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out) {
        RecoveryCase file = cases.get(0);
        LimitationAssessment assessment = LimitationAssessor.assess(file, asOf);
        out.print(json ? JsonAnswers.print(toJson(file, assessment)) : table(file, assessment));
        return Recouvrement.OK;
    }

    private static String table(RecoveryCase file, LimitationAssessment a) {
        TextAnswers out = new TextAnswers();
        LimitationPeriod period = a.period();
        out.line("Case", file.id() + ", as of " + a.asOf());
        out.line("Law", a.governingLaw());
        out.line("Period", period + ", " + TextAnswers.words(a.kind()) + " period (" + a.rule() + ")");
        out.line("Runs from", TextAnswers.day(a.start()) + ", that day not counted");
        out.line("Last day", a.expiry().map(day -> TextAnswers.day(day) + ", time-barred when it ends at 24:00")
                .orElse("none while the clock is stopped"));
        a.longStop().ifPresent(day -> out.line("Long-stop", day + " (C. civ. art. 2232)"));
        out.line("Status", TextAnswers.words(a.status()) + (a.status() == LimitationStatus.EXPIRED ? ""
                : ", " + a.remainingDays() + " days left"));
        if (!a.appliedEvents().isEmpty()) {
            out.heading("Events");
            for (AppliedEvent event : a.appliedEvents()) {
                out.format("  %s  %-28s %s%s", event.date(), EventType.of(event.event()).name(),
                        TextAnswers.words(event.effect()),
                        event.expiryAfter().map(day -> ", last day " + day).orElse(""));
            }
        }
        if (a.parts().size() > 1) {
            out.heading("Instalments");
            for (LimitationPart part : a.parts()) {
                out.format("  due %s  %-16s %s%s", part.dueDate(), part.amount(), TextAnswers.words(part.status()),
                        part.expiry().map(day -> ", last day " + day).orElse(""));
            }
        }
        if (!a.warnings().isEmpty()) {
            out.heading("Warnings");
            for (LimitationWarning warning : a.warnings()) {
                out.format("  %s: %s", warning.kind(), warning.reason());
            }
        }
        return out.why(a.explanation()).toString();
    }

    private static ObjectNode toJson(RecoveryCase file, LimitationAssessment a) {
        ObjectNode json = JsonAnswers.object();
        json.put("caseId", file.id());
        json.put("asOf", a.asOf().toString());
        json.put("governingLaw", a.governingLaw().name());
        json.put("rule", a.rule().name());
        json.put("claimRule", a.claimRule().name());
        json.set("period", period(a.period()));
        json.put("start", a.start().toString());
        a.expiry().ifPresent(day -> json.put("expiry", day.toString()));
        a.longStop().ifPresent(day -> json.put("longStop", day.toString()));
        json.put("status", a.status().name());
        json.put("timeBarred", a.isTimeBarred());
        json.put("remainingDays", a.remainingDays());
        ArrayNode events = json.putArray("events");
        for (AppliedEvent event : a.appliedEvents()) {
            ObjectNode item = events.addObject();
            item.put("date", event.date().toString());
            item.put("type", EventType.of(event.event()).name());
            item.put("effect", event.effect().name());
            event.expiryAfter().ifPresent(day -> item.put("expiryAfter", day.toString()));
            item.set("reason", JsonAnswers.reason(event.reason()));
        }
        ArrayNode parts = json.putArray("parts");
        for (LimitationPart part : a.parts()) {
            ObjectNode item = parts.addObject();
            item.put("dueDate", part.dueDate().toString());
            item.put("amount", part.amount().value().toPlainString());
            item.put("currency", part.amount().currency().getCurrencyCode());
            item.put("start", part.start().toString());
            part.expiry().ifPresent(day -> item.put("expiry", day.toString()));
            item.put("status", part.status().name());
            item.put("remainingDays", part.remainingDays());
        }
        a.periodicSumsPeriod().ifPresent(p -> json.set("periodicSumsPeriod", period(p)));
        ArrayNode warnings = json.putArray("warnings");
        for (LimitationWarning warning : a.warnings()) {
            ObjectNode item = warnings.addObject();
            item.put("kind", warning.kind().name());
            item.put("date", warning.date().toString());
            item.put("text", warning.text());
            item.set("references", JsonAnswers.references(warning.references()));
        }
        json.set("explanation", JsonAnswers.explanation(a.explanation()));
        return json;
    }

    private static ObjectNode period(LimitationPeriod period) {
        ObjectNode json = JsonAnswers.object();
        json.put("length", period.length().toString());
        json.put("words", period.lengthInWords());
        json.put("kind", period.kind().name());
        json.set("reference", JsonAnswers.reference(period.reference()));
        return json;
    }
}
