package org.recouvrement.examples.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.recouvrement.dunning.ActionItem;
import org.recouvrement.dunning.CaseSnapshot;
import org.recouvrement.dunning.ClaimedAmounts;
import org.recouvrement.dunning.DunningDecision;
import org.recouvrement.dunning.DunningStatus;
import org.recouvrement.dunning.ProposedAction;
import org.recouvrement.examples.erp.AgedBalance;
import org.recouvrement.letters.DocumentKind;
import org.recouvrement.letters.LetterFormatting;
import org.recouvrement.limitation.LimitationAssessment;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Language;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.route.RouteAdvisor;
import org.recouvrement.route.RouteKind;

/**
 * What the demo tells a credit manager about the day's decision: the portfolio and its aged balance, the actions by
 * step, what the letters claim and what is owed by law, the claims about to become time-barred, the routes the advisor
 * recommends, and the cases by dunning status.
 *
 * @param asOf the day of the decision
 * @param cases the number of open invoices
 * @param debtors the number of debtors
 * @param outstanding the balance outstanding on the day, in euros
 * @param agedBalance the outstanding balance by age past the due date
 * @param actions the number of proposed actions by step (or kind, for actions that are not steps), in the policies'
 *     order
 * @param toValidate the number of actions a person must validate before they are carried out
 * @param letters the number of letters written, by kind
 * @param claimed what the letters claim
 * @param owed what is owed by law on the open cases, whatever today's actions: principal, interest to date, and the
 *     recovery compensation due between professionals
 * @param limitation the claims time-barred or whose limitation period ends within {@link RouteAdvisor#URGENCY_DAYS}
 *     days, soonest first
 * @param routes the number of open cases for which the advisor recommends each step
 * @param statuses the number of cases by dunning status
 * @param assumesUnpublishedRates whether some interest line assumes the latest published rate for a period whose rate
 *     is not published yet
 */
record PortfolioSummary(LocalDate asOf, int cases, int debtors, Amount outstanding,
        Map<AgedBalance.Bucket, Amount> agedBalance, Map<String, Integer> actions, int toValidate,
        Map<DocumentKind, Integer> letters, Claimed claimed, Claimed owed, List<LimitationAlert> limitation,
        Map<RouteKind, Integer> routes, Map<DunningStatus, Integer> statuses, boolean assumesUnpublishedRates) {

    /** The language of the summary's amounts: the report is in English. */
    private static final Language LANGUAGE = Language.ENGLISH;

    /**
     * What the letters claim, summed over their claims.
     *
     * @param principal the principal still owed
     * @param interest the interest to date
     * @param compensation the recovery compensation (40 € per invoice between professionals, and proven costs)
     * @param penalty the contractual penalties
     */
    record Claimed(Amount principal, Amount interest, Amount compensation, Amount penalty) {

        Amount total() {
            return principal.plus(interest).plus(compensation).plus(penalty);
        }

        Claimed plus(ClaimedAmounts amounts) {
            return new Claimed(principal.plus(amounts.principal()), interest.plus(amounts.interest()),
                    compensation.plus(amounts.compensation()), penalty.plus(amounts.penalty()));
        }
    }

    /**
     * A claim time-barred or about to be.
     *
     * @param caseId the case
     * @param debtor the debtor's name
     * @param balance what is still owed
     * @param expiry the last day of the limitation period
     * @param daysLeft the days from the decision to the expiry; negative once time-barred
     * @param route the step the advisor recommends, if any
     */
    record LimitationAlert(String caseId, String debtor, Amount balance, LocalDate expiry, long daysLeft,
            Optional<RouteKind> route) {

        boolean timeBarred() {
            return daysLeft < 0;
        }

        /** When the claim is or was time-barred: {@code ends 2026-12-31 (38 days)}, {@code time-barred since ..}. */
        String when() {
            return timeBarred() ? "time-barred since " + expiry.plusDays(1) : "ends " + expiry + " (" + daysLeft + " days)";
        }
    }

    PortfolioSummary {
        agedBalance = Collections.unmodifiableMap(new EnumMap<>(agedBalance));
        actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
        letters = Collections.unmodifiableMap(new EnumMap<>(letters));
        limitation = List.copyOf(limitation);
        routes = Collections.unmodifiableMap(new EnumMap<>(routes));
        statuses = Collections.unmodifiableMap(new EnumMap<>(statuses));
    }

    /**
     * Summarises a decision over a portfolio in euros.
     *
     * @param cases the portfolio
     * @param decision the decision on it
     * @param written the letters written for its actions
     * @return the summary
     */
    static PortfolioSummary of(List<RecoveryCase> cases, DunningDecision decision, List<Demo.WrittenLetter> written) {
        LocalDate asOf = decision.asOf();
        Set<String> debtors = new HashSet<>();
        Amount outstanding = Amount.zero(Amount.EUR);
        for (RecoveryCase file : cases) {
            debtors.add(file.claim().debtor().name());
            Amount balance = file.outstandingBalance(asOf);
            if (balance.isPositive()) {
                outstanding = outstanding.plus(balance);
            }
        }

        Map<String, Integer> actions = new LinkedHashMap<>();
        int toValidate = 0;
        List<ProposedAction> ordered = new ArrayList<>(decision.actions());
        ordered.sort(Comparator.comparing(PortfolioSummary::stepOrder).thenComparing(PortfolioSummary::actionName));
        for (ProposedAction action : ordered) {
            actions.merge(actionName(action), 1, Integer::sum);
            if (action.requiresValidation()) {
                toValidate++;
            }
        }

        Map<DocumentKind, Integer> letters = new EnumMap<>(DocumentKind.class);
        Amount zero = Amount.zero(Amount.EUR);
        Claimed claimed = new Claimed(zero, zero, zero, zero);
        boolean assumed = false;
        for (Demo.WrittenLetter letter : written) {
            letters.merge(letter.letter().kind(), 1, Integer::sum);
            for (ActionItem item : letter.action().items()) {
                ClaimedAmounts amounts = item.amounts();
                claimed = claimed.plus(amounts);
                assumed |= amounts.interestStatement().map(s -> s.assumesUnpublishedRates()).orElse(false);
            }
        }

        Map<DunningStatus, Integer> statuses = new EnumMap<>(DunningStatus.class);
        Map<RouteKind, Integer> routes = new EnumMap<>(RouteKind.class);
        List<LimitationAlert> alerts = new ArrayList<>();
        Claimed owed = new Claimed(zero, zero, zero, zero);
        for (CaseSnapshot snapshot : decision.snapshots()) {
            statuses.merge(snapshot.status(), 1, Integer::sum);
            if (!snapshot.balance().isPositive()) {
                continue;
            }
            ClaimedAmounts due = snapshot.amounts();
            owed = owed.plus(due);
            assumed |= due.interestStatement().map(s -> s.assumesUnpublishedRates()).orElse(false);
            Optional<RouteKind> recommended = snapshot.routes().recommended();
            recommended.ifPresent(kind -> routes.merge(kind, 1, Integer::sum));
            LimitationAssessment limitation = snapshot.limitation();
            Optional<LocalDate> expiry = limitation.expiry();
            if (expiry.isPresent()) {
                long days = ChronoUnit.DAYS.between(asOf, expiry.get());
                if (limitation.isTimeBarred() || days <= RouteAdvisor.URGENCY_DAYS) {
                    alerts.add(new LimitationAlert(snapshot.caseId(),
                            snapshot.recoveryCase().claim().debtor().name(), snapshot.balance(), expiry.get(),
                            limitation.isTimeBarred() ? Math.min(days, -1) : days, recommended));
                }
            }
        }
        alerts.sort(Comparator.comparing(LimitationAlert::expiry).thenComparing(LimitationAlert::caseId));
        return new PortfolioSummary(asOf, cases.size(), debtors.size(), outstanding, AgedBalance.of(cases, asOf),
                actions, toValidate, letters, claimed, owed, alerts, routes, statuses, assumed);
    }

    /** The name of an action in the summary: its step's key, or its kind for actions outside the steps. */
    static String actionName(ProposedAction action) {
        return action.step().map(step -> step.key())
                .orElseGet(() -> action.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static int stepOrder(ProposedAction action) {
        return action.step().map(step -> step.kind().ordinal()).orElse(Integer.MAX_VALUE);
    }

    /** Writes an amount as the report does: {@code €1,250.00}. */
    static String amount(Amount amount) {
        return LetterFormatting.amount(amount, LANGUAGE);
    }

    /** Returns the number of letters written. */
    int letterCount() {
        return letters.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Returns the number of actions proposed. */
    int actionCount() {
        return actions.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Writes the summary as the console shows it.
     *
     * @param output the folder the letters and the report were written to
     * @return the text, lines ended by {@code \n}
     */
    String text(Path output) {
        StringBuilder text = new StringBuilder();
        text.append("recouvrement demo: what to do on ").append(asOf).append('\n');
        text.append(cases).append(" open invoices of ").append(debtors).append(" debtors, ")
                .append(amount(outstanding)).append(" outstanding\n\n");

        text.append("Aged balance\n");
        agedBalance.forEach((bucket, total) -> row(text, bucketLabel(bucket), amount(total)));

        text.append("\nActions proposed today: ").append(actionCount()).append(" (").append(toValidate)
                .append(" to be validated by a person)\n");
        actions.forEach((name, count) -> row(text, name, Integer.toString(count)));

        text.append("\nLetters written: ").append(letterCount()).append(" (PDF/A and HTML)\n");
        letters.forEach((kind, count) -> row(text, kind.slug(), Integer.toString(count)));

        text.append("\nClaimed by these letters\n");
        claimedLines().forEach((label, total) -> row(text, label, amount(total)));
        text.append("\nOwed on the open cases by law, whatever today's actions\n");
        owedLines().forEach((label, total) -> row(text, label, amount(total)));
        if (assumesUnpublishedRates) {
            text.append("  (interest for periods whose statutory rate is not published yet uses the latest one)\n");
        }

        text.append("\nClaims time-barred or within ").append(RouteAdvisor.URGENCY_DAYS)
                .append(" days of it: ").append(limitation.size()).append('\n');
        for (LimitationAlert alert : limitation) {
            text.append(String.format(Locale.ROOT, "  %-14s %-32s %12s  %s\n", alert.caseId(), clip(alert.debtor(), 32),
                    amount(alert.balance()), alert.when()));
        }

        text.append("\nRecommended next step of the open cases\n");
        routes.forEach((kind, count) -> row(text, routeLabel(kind), Integer.toString(count)));

        text.append("\nCases by dunning status\n");
        statuses.forEach((status, count) -> row(text, statusLabel(status), Integer.toString(count)));

        text.append("\nLetters in ").append(output.resolve("letters")).append('\n');
        text.append("Report    ").append(output.resolve("report.html")).append('\n');
        return text.toString();
    }

    /** What the letters claim, line by line, the total last. */
    Map<String, Amount> claimedLines() {
        Map<String, Amount> lines = new LinkedHashMap<>();
        lines.put("principal", claimed.principal());
        lines.put("interest", claimed.interest());
        lines.put("compensation", claimed.compensation());
        lines.put("penalties", claimed.penalty());
        lines.put("total", claimed.total());
        return lines;
    }

    /** What is owed by law on the open cases, line by line, the total last (no penalty: it needs a formal notice). */
    Map<String, Amount> owedLines() {
        Map<String, Amount> lines = new LinkedHashMap<>();
        lines.put("principal", owed.principal());
        lines.put("interest to date", owed.interest());
        lines.put("compensation", owed.compensation());
        lines.put("total", owed.total());
        return lines;
    }

    private static void row(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-40s %14s\n", label, value));
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    /** The label of an aged-balance bucket. */
    static String bucketLabel(AgedBalance.Bucket bucket) {
        switch (bucket) {
            case NOT_DUE:
                return "not due";
            case DAYS_1_TO_30:
                return "1-30 days";
            case DAYS_31_TO_60:
                return "31-60 days";
            case DAYS_61_TO_90:
                return "61-90 days";
            default:
                return "over 90 days";
        }
    }

    /** The label of a dunning status: its name in words. */
    static String statusLabel(DunningStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The label of a route: its name in words. */
    static String routeLabel(RouteKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
