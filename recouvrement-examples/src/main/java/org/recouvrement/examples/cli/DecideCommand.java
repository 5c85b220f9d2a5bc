package org.recouvrement.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.recouvrement.dunning.ActionItem;
import org.recouvrement.dunning.CaseSnapshot;
import org.recouvrement.dunning.ClaimedAmounts;
import org.recouvrement.dunning.DunningDecision;
import org.recouvrement.dunning.DunningPlanner;
import org.recouvrement.dunning.DunningPolicy;
import org.recouvrement.dunning.DunningWarning;
import org.recouvrement.dunning.InvalidPolicyException;
import org.recouvrement.dunning.PolicySet;
import org.recouvrement.dunning.ProposedAction;
import org.recouvrement.interest.InterestOptions;
import org.recouvrement.interest.UnknownRatePolicy;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.RecoveryCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code recouvrement decide}: what to do today under the dunning policies, for one case or an array of cases. The
 * answer of {@link DunningPlanner#decide(java.util.Collection, PolicySet, LocalDate)}: the actions proposed (one letter
 * may group several claims of a debtor), each with its window of dates, the amounts it claims, whether a person must
 * validate it, and its reasons; the state of each case; and the warnings.
 *
 * <p>The standard policies apply (France and Belgium, B2B and B2C, {@link PolicySet#standard()}) unless
 * {@code --policy FILE} gives one policy, as JSON ({@link DunningPolicy#parse(CharSequence)}), for every case. Where
 * a statutory rate is not published yet the interest is left out and the amounts are marked incomplete, unless
 * {@value InterestCommand#LATEST_KNOWN_RATE} assumes the latest one.
 */
@Command(name = "decide",
        mixinStandardHelpOptions = true,
        description = {"What to do today under the dunning policies: the actions proposed (reminders, formal notices, "
                + "recovery routes, proofs of claim...), each with its dates, the amounts it claims, whether a person "
                + "must validate it and why; the state of each case; the warnings. Takes one case or an array of "
                + "cases.", ""})
final class DecideCommand extends CaseCommand {

    @Option(names = "--policy", paramLabel = "FILE",
            description = "A dunning policy as JSON (docs/DUNNING.md) for every case; default: the standard "
                    + "policies, chosen by the debtor's country and kind.")
    Path policy;

    @Option(names = InterestCommand.LATEST_KNOWN_RATE,
            description = "Where no statutory rate is published yet for a period, assume the latest published one. "
                    + "Without it the interest of such a period is left out and the amounts are marked incomplete.")
    boolean latestKnownRate;

    DecideCommand(Recouvrement.Context context) {
        super(context);
    }

    @Override
    boolean acceptsSeveralCases() {
        return true;
    }

    @Override
    int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out) {
        PolicySet policies = policy == null ? PolicySet.standard() : PolicySet.of(readPolicy());
        DunningPlanner planner = DunningPlanner.standard().withInterestOptions(InterestOptions.builder()
                .unknownRatePolicy(latestKnownRate ? UnknownRatePolicy.USE_LATEST_KNOWN_RATE : UnknownRatePolicy.FAIL)
                .build());
        DunningDecision decision = planner.decide(cases, policies, asOf);
        out.print(json ? JsonAnswers.print(toJson(decision)) : table(decision));
        return Recouvrement.OK;
    }

    private DunningPolicy readPolicy() {
        String text;
        try {
            text = Files.readString(policy, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "--policy '" + policy + "' does not exist");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--policy '" + policy + "' cannot be read: "
                    + e.getMessage());
        }
        try {
            return DunningPolicy.parse(text);
        } catch (InvalidPolicyException e) {
            throw new ParameterException(spec.commandLine(), "--policy '" + policy + "': " + e.getMessage(), e);
        }
    }

    /** The amounts an action claims, summed over its claims. */
    private static Amount total(ProposedAction action) {
        return action.items().stream().map(item -> item.amounts().total()).reduce(Amount::plus).orElseThrow();
    }

    private static boolean complete(ProposedAction action) {
        return action.items().stream().allMatch(item -> item.amounts().isComplete());
    }

    private static String table(DunningDecision d) {
        TextAnswers out = new TextAnswers();
        out.line("Decision", d.asOf() + ": " + d.snapshots().size() + " case" + (d.snapshots().size() == 1 ? "" : "s")
                + ", " + d.actions().size() + " action" + (d.actions().size() == 1 ? "" : "s") + ", "
                + d.warnings().size() + " warning" + (d.warnings().size() == 1 ? "" : "s"));
        boolean incomplete = false;
        if (!d.actions().isEmpty()) {
            out.heading("Actions");
            for (ProposedAction action : d.actions()) {
                boolean complete = complete(action);
                incomplete |= !complete;
                out.format("  %s", action.id());
                out.format("    %-10s %s", "what", action.step().map(step -> step.key() + " (" + step.kind() + ")")
                        .orElse(action.kind().toString()) + action.templateKey().map(t -> ", template " + t)
                        .orElse(""));
                out.format("    %-10s %s", "debtor", action.debtor().name());
                out.format("    %-10s %s", "cases", String.join(", ", action.caseIds()));
                out.format("    %-10s %s", "when", action.earliestDate().equals(action.latestDate())
                        ? action.earliestDate().toString() : action.earliestDate() + " to " + action.latestDate());
                if (!action.channels().isEmpty()) {
                    out.format("    %-10s %s", "by", action.channels());
                }
                out.format("    %-10s %s%s", "claims", total(action), complete ? ""
                        : " (incomplete: interest not computed)");
                for (ActionItem item : action.items()) {
                    ClaimedAmounts a = item.amounts();
                    out.format("    %-10s %s: principal %s, interest %s, compensation %s, penalty %s", "", item.caseId(),
                            a.principal(), a.interest(), a.compensation(), a.penalty());
                    a.planArrears().ifPresent(arrears -> out.format("    %-10s %s: instalments due and unpaid %s", "",
                            item.caseId(), arrears));
                    if (!a.isComplete()) {
                        a.explanation().reasons().stream().filter(r -> r.text().startsWith("Interest not computed"))
                                .forEach(r -> out.format("    %-10s %s", "", r.text()));
                    }
                }
                if (action.requiresValidation()) {
                    out.format("    %-10s %s", "validate", "a person must validate it before it is carried out");
                }
                int n = 1;
                for (Reason reason : action.reasons().reasons()) {
                    out.format("    %-10s %d. %s", n == 1 ? "why" : "", n++, reason);
                }
            }
        }
        out.heading("Cases");
        out.format("  %-16s %-14s %-6s %-34s %s", "case", "status", "passed", "next step", "unpaid");
        for (CaseSnapshot s : d.snapshots()) {
            out.format("  %-16s %-14s %6d %-34s %s", s.caseId(), s.status(), s.stepsPassed(),
                    s.nextStep().map(step -> step.key() + s.nextActionDate().map(day -> " on " + day).orElse(""))
                            .orElse("none"), s.balance());
        }
        if (!d.warnings().isEmpty()) {
            out.heading("Warnings");
            for (DunningWarning warning : d.warnings()) {
                out.format("  %s %s: %s", warning.caseId(), warning.kind(), warning.reason());
            }
        }
        if (incomplete) {
            out.heading("Note");
            out.format("  Some amounts leave out interest of a period whose statutory rate is not published yet; add %s "
                    + "to assume the latest published rate.", InterestCommand.LATEST_KNOWN_RATE);
        }
        return out.toString();
    }

    private static ObjectNode toJson(DunningDecision d) {
        ObjectNode json = JsonAnswers.object();
        json.put("asOf", d.asOf().toString());
        ArrayNode actions = json.putArray("actions");
        for (ProposedAction action : d.actions()) {
            ObjectNode item = actions.addObject();
            item.put("id", action.id());
            item.put("kind", action.kind().name());
            item.put("policy", action.policyName());
            action.step().ifPresent(step -> item.putObject("step").put("key", step.key())
                    .put("kind", step.kind().name()));
            action.templateKey().ifPresent(template -> item.put("template", template));
            item.put("debtor", action.debtor().name());
            ArrayNode ids = item.putArray("caseIds");
            action.caseIds().forEach(ids::add);
            ArrayNode channels = item.putArray("channels");
            action.channels().forEach(channel -> channels.add(channel.name()));
            item.put("earliestDate", action.earliestDate().toString());
            item.put("latestDate", action.latestDate().toString());
            item.put("requiresValidation", action.requiresValidation());
            Amount total = total(action);
            item.put("currency", total.currency().getCurrencyCode());
            item.put("total", total.value().toPlainString());
            item.put("complete", complete(action));
            ArrayNode items = item.putArray("items");
            for (ActionItem claimed : action.items()) {
                ClaimedAmounts a = claimed.amounts();
                ObjectNode amounts = items.addObject();
                amounts.put("caseId", claimed.caseId());
                amounts.put("principal", a.principal().value().toPlainString());
                amounts.put("interest", a.interest().value().toPlainString());
                amounts.put("compensation", a.compensation().value().toPlainString());
                amounts.put("penalty", a.penalty().value().toPlainString());
                a.planArrears().ifPresent(arrears -> amounts.put("planArrears", arrears.value().toPlainString()));
                amounts.put("total", a.total().value().toPlainString());
                amounts.put("complete", a.isComplete());
                amounts.set("explanation", JsonAnswers.explanation(a.explanation()));
            }
            item.set("reasons", JsonAnswers.explanation(action.reasons()));
        }
        ArrayNode cases = json.putArray("cases");
        for (CaseSnapshot s : d.snapshots()) {
            ObjectNode item = cases.addObject();
            item.put("caseId", s.caseId());
            item.put("status", s.status().name());
            item.put("policy", s.policyName());
            item.put("stepsPassed", s.stepsPassed());
            s.nextStep().ifPresent(step -> item.put("nextStep", step.key()));
            s.nextActionDate().ifPresent(day -> item.put("nextActionDate", day.toString()));
            s.deferral().ifPresent(why -> item.set("deferral", JsonAnswers.reason(why)));
            item.put("currency", s.balance().currency().getCurrencyCode());
            item.put("balance", s.balance().value().toPlainString());
            ArrayNode ids = item.putArray("actionIds");
            s.actionIds().forEach(ids::add);
        }
        ArrayNode warnings = json.putArray("warnings");
        for (DunningWarning warning : d.warnings()) {
            warnings.addObject().put("caseId", warning.caseId()).put("kind", warning.kind().name())
                    .set("reason", JsonAnswers.reason(warning.reason()));
        }
        return json;
    }
}
