package org.recouvrement.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recouvrement.law.Reason;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.route.CompetentForum;
import org.recouvrement.route.Eligibility;
import org.recouvrement.route.RouteAdvisor;
import org.recouvrement.route.RouteAssessment;
import org.recouvrement.route.RouteDeadline;
import org.recouvrement.route.RouteOption;
import org.recouvrement.route.RuleAnswer;
import picocli.CommandLine.Command;

/**
 * {@code recouvrement routes}: which recovery routes are open on a date (reminder, formal notice, small-claims
 * procedure, order for payment, summary proceedings, European order for payment, proof of claim...), which are closed
 * and why, before which forum, with or without a lawyer, and the step to take next. The answer of
 * {@link RouteAdvisor#assess(RecoveryCase, LocalDate)}.
 */
@Command(name = "routes",
        mixinStandardHelpOptions = true,
        description = {"Which recovery routes are open on a date (reminder, formal notice, small-claims procedure, order "
                + "for payment, summary proceedings, European order for payment, proof of claim...), which are closed "
                + "and why, before which forum, whether a lawyer is needed and an appeal possible, the deadlines of the "
                + "routes under way, and the step recommended next.", ""})
final class RoutesCommand extends CaseCommand {

    RoutesCommand(Recouvrement.Context context) {
        super(context);
    }

    @Override
    int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out) {
        RouteAssessment assessment = RouteAdvisor.standard().assess(cases.get(0), asOf);
        out.print(json ? JsonAnswers.print(toJson(assessment)) : table(assessment));
        return Recouvrement.OK;
    }

    /** The eligibility as one word: {@code ELIGIBLE}, {@code NEEDS_REVIEW} or {@code INELIGIBLE}. */
    static String status(Eligibility eligibility) {
        if (eligibility instanceof Eligibility.Eligible) {
            return "ELIGIBLE";
        }
        return eligibility instanceof Eligibility.NeedsReview ? "NEEDS_REVIEW" : "INELIGIBLE";
    }

    private static String table(RouteAssessment a) {
        TextAnswers out = new TextAnswers();
        out.line("Case", a.caseId() + ", as of " + a.asOf());
        if (a.unsupported().isPresent()) {
            out.line("Routes", "none: the case is outside the legal orders the library supports");
            return out.why(a.unsupported().get()).toString();
        }
        out.line("Recommended", a.recommended().map(Enum::name).orElse("none"));
        for (Reason reason : a.recommendation().reasons()) {
            out.line("", reason);
        }
        out.line("Limitation", a.timeBarred() ? "time-barred" + a.limitationExpiry().map(d -> " since " + d).orElse("")
                : a.limitationExpiry().map(d -> "time-barred after " + d).orElse("no last day while the clock is "
                        + "stopped"));
        if (!a.nextDeadlines().isEmpty()) {
            out.heading("Deadlines");
            for (RouteDeadline deadline : a.nextDeadlines()) {
                out.format("  %s  %s: %s (%s) [%s]", deadline.lastDay(), deadline.route(), deadline.action(),
                        deadline.creditorMustAct() ? "creditor" : "debtor", deadline.reference().display());
            }
        }
        if (!a.protectiveMeasures().isEmpty()) {
            out.heading("Protective measures");
            for (Reason measure : a.protectiveMeasures()) {
                out.format("  - %s", measure);
            }
        }
        out.heading("Routes");
        for (RouteOption option : a.options()) {
            out.format("  %-12s %-36s %s", status(option.eligibility()), option.kind(),
                    option.forum().map(CompetentForum::display).orElse(""));
            for (Reason reason : option.eligibility().explanation().reasons()) {
                out.format("%17s- %s", "", reason);
            }
            for (Reason step : option.missingPriorSteps()) {
                out.format("%17s- first: %s", "", step);
            }
            option.lawyerMandatory().ifPresent(answer -> out.format("%17s- lawyer %s: %s", "",
                    answer.value() ? "mandatory" : "not mandatory", answer.reason()));
            option.appealable().ifPresent(answer -> out.format("%17s- %s: %s", "",
                    answer.value() ? "appealable" : "no appeal", answer.reason()));
        }
        return out.toString();
    }

    private static ObjectNode toJson(RouteAssessment a) {
        ObjectNode json = JsonAnswers.object();
        json.put("caseId", a.caseId());
        json.put("asOf", a.asOf().toString());
        a.unsupported().ifPresent(why -> json.set("unsupported", JsonAnswers.explanation(why)));
        a.recommended().ifPresent(route -> json.put("recommended", route.name()));
        json.set("recommendation", JsonAnswers.explanation(a.recommendation()));
        json.put("timeBarred", a.timeBarred());
        a.limitationExpiry().ifPresent(day -> json.put("limitationExpiry", day.toString()));
        ArrayNode routes = json.putArray("routes");
        for (RouteOption option : a.options()) {
            ObjectNode item = routes.addObject();
            item.put("kind", option.kind().name());
            item.put("jurisdiction", option.kind().jurisdiction().name());
            item.put("judicial", option.kind().isJudicial());
            item.put("eligibility", status(option.eligibility()));
            item.set("why", JsonAnswers.explanation(option.eligibility().explanation()));
            option.forum().ifPresent(forum -> item.set("forum", forum(forum)));
            answer(item, "lawyerMandatory", option.lawyerMandatory());
            answer(item, "appealable", option.appealable());
            ArrayNode steps = item.putArray("missingPriorSteps");
            for (Reason step : option.missingPriorSteps()) {
                steps.add(JsonAnswers.reason(step));
            }
            item.set("deadlines", deadlines(option.deadlines()));
        }
        json.set("nextDeadlines", deadlines(a.nextDeadlines()));
        ArrayNode measures = json.putArray("protectiveMeasures");
        for (Reason measure : a.protectiveMeasures()) {
            measures.add(JsonAnswers.reason(measure));
        }
        return json;
    }

    private static ObjectNode forum(CompetentForum forum) {
        ObjectNode json = JsonAnswers.object();
        json.put("name", forum.display());
        json.put("forum", forum.forum().name());
        forum.judge().ifPresent(judge -> json.put("judge", judge));
        json.put("territorialRule", forum.territorialRule());
        forum.seatHint().ifPresent(seat -> json.put("seatHint", seat));
        json.set("references", JsonAnswers.references(forum.references()));
        return json;
    }

    private static void answer(ObjectNode item, String name, Optional<RuleAnswer> answer) {
        answer.ifPresent(a -> item.putObject(name).put("value", a.value()).set("reason", JsonAnswers.reason(a.reason())));
    }

    private static ArrayNode deadlines(List<RouteDeadline> deadlines) {
        ArrayNode array = JsonAnswers.object().arrayNode();
        for (RouteDeadline deadline : deadlines) {
            ObjectNode item = array.addObject();
            item.put("route", deadline.route().name());
            item.put("action", deadline.action());
            item.put("creditorMustAct", deadline.creditorMustAct());
            item.put("lastDay", deadline.lastDay().toString());
            item.set("reference", JsonAnswers.reference(deadline.reference()));
            item.set("explanation", JsonAnswers.explanation(deadline.explanation()));
        }
        return array;
    }
}
