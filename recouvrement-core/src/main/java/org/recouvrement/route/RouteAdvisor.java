package org.recouvrement.route;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recouvrement.claim.Guarantee;
import org.recouvrement.deadline.DeadlineCalculator;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.Reason;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Says which recovery routes are open for a case on a date, before which forum, with or without a lawyer, with which
 * deadlines, and which step to take next: {@code (RecoveryCase, asOf) -> RouteAssessment}.
 *
 * <p>The rules applied, each with its references in the answer:
 * <ul>
 *   <li>hard stops: nothing owed or not yet due closes every route; a time-barred claim has no judicial route and no
 *       threatening letter; open insolvency proceedings stay individual actions and leave only the proof of claim
 *       (C. com. art. L622-21); a disputed claim has no small-claims procedure and needs review for summary
 *       proceedings; a consumer debtor in Belgium gets the CDE Book XIX first reminder before anything else;</li>
 *   <li>French domestic routes for a debtor living where the French code of civil procedure applies; Belgian routes
 *       for a debtor domiciled in Belgium; the European order for payment and small claims procedure between two
 *       participating member states;</li>
 *   <li>the recommended step follows practice: amicable before judicial (reminder, then formal notice), then the
 *       cheapest judicial route open, unless limitation expires within {@value #URGENCY_DAYS} days, when only an
 *       interrupting step will do.</li>
 * </ul>
 *
 * <p>Pure and thread-safe: the same case and date give the same assessment, whatever the order events were
 * recorded in.
 */
public final class RouteAdvisor {

    /** Below this many days before limitation expires, the advisor skips amicable steps that do not interrupt it. */
    public static final int URGENCY_DAYS = 90;

    private final List<RouteRule> rules;
    private final RouteFactsSource facts;

    private RouteAdvisor(DeadlineCalculator calculator, RouteFactsSource facts) {
        Deadlines deadlines = new Deadlines(calculator);
        BelgianConsumerRules belgianConsumers = new BelgianConsumerRules();
        this.facts = facts;
        this.rules = List.of(
                new BelgianConsumerFirstReminderRoute(belgianConsumers),
                new AmicableReminderRoute(belgianConsumers),
                new FormalNoticeRoute(belgianConsumers),
                new SmallClaimRecoveryRoute(),
                new OrderForPaymentRoute(deadlines, belgianConsumers),
                new InterimPaymentRoute(deadlines, belgianConsumers),
                new ProceedingsOnTheMeritsRoute(deadlines, belgianConsumers),
                new EuropeanOrderForPaymentRoute(deadlines),
                new EuropeanSmallClaimsRoute(),
                new BelgianUncontestedDebtRoute(),
                new BelgianSummaryOrderRoute(belgianConsumers),
                new BelgianSummonsRoute(belgianConsumers),
                new ProofOfClaimRoute(deadlines));
    }

    /**
     * Returns the advisor with the built-in calendars, limitation rules and statutory rate tables.
     *
     * @return the standard advisor
     */
    public static RouteAdvisor standard() {
        return new RouteAdvisor(DeadlineCalculator.standard(), RouteFactsSource.standard());
    }

    /**
     * Returns an advisor that computes deadlines with the given calculator (for example with a court's own
     * non-working days).
     *
     * @param calculator the deadline calculator
     * @return the advisor
     */
    public static RouteAdvisor withDeadlineCalculator(DeadlineCalculator calculator) {
        return new RouteAdvisor(Checks.present(calculator, "calculator"), RouteFactsSource.standard());
    }

    /**
     * Returns the routes this advisor assesses, with their legal basis.
     *
     * @return the routes
     */
    public List<RecoveryRoute> routes() {
        return List.copyOf(rules);
    }

    /**
     * Assesses every route for a case on a date.
     *
     * @param file the case
     * @param asOf the date the question is asked for
     * @return the assessment
     */
    public RouteAssessment assess(RecoveryCase file, LocalDate asOf) {
        Checks.present(file, "file");
        Checks.present(asOf, "asOf");
        RouteAssessment.Builder answer = RouteAssessment.builder().caseId(file.id()).asOf(asOf);
        Territory creditor = file.claim().creditor().territory();
        Territory debtor = file.claim().debtor().territory();
        if (!supported(creditor) && !supported(debtor)) {
            return answer.unsupported(Explanation.of(Reason.of("Neither party is in France or Belgium (creditor: "
                    + creditor + ", debtor: " + debtor + "); the library models French, Belgian and EU cross-border "
                    + "routes only")))
                    .recommendation(Explanation.of(Reason.of("No route: the case is outside the legal orders the "
                            + "library supports")))
                    .timeBarred(false)
                    .build();
        }
        RouteFacts f = facts.of(file, asOf);
        Map<RouteKind, RouteOption> options = new EnumMap<>(RouteKind.class);
        List<RouteOption> ordered = new ArrayList<>(rules.size());
        for (RouteRule rule : rules) {
            RouteOption option = rule.assess(f);
            options.put(option.kind(), option);
            ordered.add(option);
        }
        Recommendation recommendation = recommend(f, options);
        return answer.addAllOptions(ordered)
                .recommended(recommendation.route())
                .recommendation(recommendation.explanation())
                .addAllProtectiveMeasures(protectiveMeasures(f))
                .timeBarred(f.timeBar().expired())
                .limitationExpiry(f.timeBar().expiry())
                .build();
    }

    /** The facts the rules read for a case on a date, for the court documents drafted from the same answer. */
    RouteFacts facts(RecoveryCase file, LocalDate asOf) {
        return facts.of(file, asOf);
    }

    private static boolean supported(Territory territory) {
        return territory.isFrench() || territory == Territory.BELGIUM;
    }

    private record Recommendation(Optional<RouteKind> route, Explanation explanation) {
        static Recommendation none(String why, org.recouvrement.law.LegalReference... references) {
            return new Recommendation(Optional.empty(), Explanation.of(Reason.of(why, references)));
        }

        static Recommendation of(RouteKind route, String why, org.recouvrement.law.LegalReference... references) {
            return new Recommendation(Optional.of(route), Explanation.of(Reason.of(why, references)));
        }
    }

    private static Recommendation recommend(RouteFacts f, Map<RouteKind, RouteOption> options) {
        if (f.openInsolvency().isPresent()) {
            RouteOption proof = options.get(RouteKind.PROOF_OF_CLAIM);
            if (proof.isEligible() && f.latest(CaseEvent.ProofOfClaimFiled.class).isEmpty()) {
                String by = proof.deadlines().isEmpty() ? "" : " by " + proof.deadlines().get(0).lastDay();
                return Recommendation.of(RouteKind.PROOF_OF_CLAIM, "Insolvency proceedings are open: file the proof of "
                        + "claim with the insolvency practitioner" + by + "; individual actions are stayed",
                        RouteLaw.COM_L622_24, RouteLaw.COM_L622_21);
            }
            return Recommendation.none("Insolvency proceedings are open: individual actions are stayed; follow the "
                    + "proceedings", RouteLaw.COM_L622_21);
        }
        if (f.timeBar().expired()) {
            return new Recommendation(Optional.empty(), f.timeBar().explanation().plus(Reason.of("The claim is "
                    + "time-barred: no route can enforce it; consider closing the case, or a request for voluntary "
                    + "payment that threatens nothing", Stops.CIV_1302)));
        }
        if (f.nothingOwed()) {
            return Recommendation.none("Nothing is owed", Stops.CIV_1342);
        }
        if (f.notYetDue()) {
            return Recommendation.none("The claim is not due before " + f.currentDueDate(), Stops.CIV_1305_2);
        }
        Optional<Recommendation> underWay = underWay(f, options);
        if (underWay.isPresent()) {
            return underWay.get();
        }
        boolean urgent = f.timeBar().expiry()
                .map(e -> ChronoUnit.DAYS.between(f.asOf(), e) <= URGENCY_DAYS).orElse(false);
        List<RouteKind> order = new ArrayList<>();
        if (!urgent) {
            order.add(RouteKind.BELGIAN_CONSUMER_FIRST_REMINDER);
            if (!f.any(CaseEvent.ReminderSent.class)) {
                order.add(RouteKind.AMICABLE_REMINDER);
            }
            if (!f.any(CaseEvent.FormalNoticeSent.class)) {
                order.add(RouteKind.FORMAL_NOTICE);
            }
        }
        if (f.openDispute().isPresent()) {
            order.addAll(List.of(RouteKind.PROCEEDINGS_ON_THE_MERITS, RouteKind.BELGIAN_SUMMONS,
                    RouteKind.EUROPEAN_SMALL_CLAIMS));
        } else {
            if (!urgent) {
                order.add(RouteKind.SIMPLIFIED_SMALL_CLAIM_RECOVERY);
            }
            order.addAll(List.of(RouteKind.ORDER_FOR_PAYMENT, RouteKind.EUROPEAN_ORDER_FOR_PAYMENT,
                    RouteKind.BELGIAN_UNCONTESTED_DEBT_RECOVERY, RouteKind.BELGIAN_SUMMARY_ORDER_FOR_PAYMENT,
                    RouteKind.EUROPEAN_SMALL_CLAIMS, RouteKind.INTERIM_PAYMENT_SUMMARY_PROCEEDINGS,
                    RouteKind.PROCEEDINGS_ON_THE_MERITS, RouteKind.BELGIAN_SUMMONS));
        }
        for (RouteKind kind : order) {
            if (options.get(kind).isEligible()) {
                String why = urgent ? "Limitation expires on " + f.timeBar().expiry().orElseThrow() + ": a reminder or a "
                        + "formal notice would not interrupt it, a court action does" : reasonFor(kind);
                return Recommendation.of(kind, why, urgent ? LegalCode.CIVIL_CODE.article("2241")
                        : options.get(kind).eligibility().explanation().references().stream().findFirst()
                                .orElse(RouteLaw.CIV_1344));
            }
        }
        for (RouteKind kind : order) {
            RouteOption option = options.get(kind);
            if (!option.missingPriorSteps().isEmpty()) {
                Reason step = option.missingPriorSteps().get(0);
                return new Recommendation(Optional.empty(), Explanation.of(Reason.of("Before " + kind + ": "
                        + step.text(), step.references())));
            }
        }
        return Recommendation.none("No route is open on " + f.asOf() + "; see each route's reasons",
                RouteLaw.CIV_1344);
    }

    private static String reasonFor(RouteKind kind) {
        switch (kind) {
            case BELGIAN_CONSUMER_FIRST_REMINDER:
                return "A consumer in Belgium first receives the free reminder of CDE Book XIX";
            case AMICABLE_REMINDER:
                return "Amicable recovery comes first: no reminder has been sent yet";
            case FORMAL_NOTICE:
                return "Reminders have not worked: a formal notice by registered letter starts interest at the legal "
                        + "rate and precedes any court action";
            case SIMPLIFIED_SMALL_CLAIM_RECOVERY:
                return "A small claim of contractual cause: the simplified procedure is the cheapest way to an "
                        + "enforceable title, and its failure exempts from the prior amicable attempt";
            case ORDER_FOR_PAYMENT:
                return "An undisputed claim of contractual cause and determined amount: the order for payment is the "
                        + "quickest way to an enforceable title, without a lawyer";
            case EUROPEAN_ORDER_FOR_PAYMENT:
                return "A cross-border uncontested claim: the European order for payment circulates in every member "
                        + "state without exequatur";
            case EUROPEAN_SMALL_CLAIMS:
                return "A cross-border claim within the ceiling: the written European small claims procedure";
            case INTERIM_PAYMENT_SUMMARY_PROCEEDINGS:
                return "The obligation is not seriously contestable: summary proceedings award a provisionally "
                        + "enforceable interim payment";
            case BELGIAN_UNCONTESTED_DEBT_RECOVERY:
                return "An uncontested debt between enterprises in Belgium: recovery through a judicial officer "
                        + "without going to court";
            case BELGIAN_SUMMARY_ORDER_FOR_PAYMENT:
                return "A debt proved by the debtor's own writing: the Belgian summary order for payment";
            default:
                return "The ordinary action is the route left open";
        }
    }

    private static Optional<Recommendation> underWay(RouteFacts f, Map<RouteKind, RouteOption> options) {
        for (RouteOption option : options.values()) {
            Optional<RouteDeadline> next = option.deadlines().stream()
                    .filter(d -> d.creditorMustAct() && !f.asOf().isAfter(d.lastDay())).findFirst();
            if (next.isPresent()) {
                return Optional.of(Recommendation.of(option.kind(), "A route is under way: "
                        + next.get().action() + " by " + next.get().lastDay(), next.get().reference()));
            }
        }
        if (f.pendingCourtAction().isPresent() && !f.any(CaseEvent.DecisionRendered.class)) {
            return Optional.of(Recommendation.none("A court action filed on " + f.pendingCourtAction().get().date()
                    + " is pending; it interrupts limitation until it ends",
                    LegalCode.CIVIL_CODE.article("2241"), LegalCode.CIVIL_CODE.article("2242")));
        }
        return Optional.empty();
    }

    private static List<Reason> protectiveMeasures(RouteFacts f) {
        List<Reason> measures = new ArrayList<>();
        if (f.nothingOwed() || f.timeBar().expired()) {
            return measures;
        }
        for (Guarantee guarantee : f.claim().guarantees()) {
            switch (guarantee.kind()) {
                case BANK_GUARANTEE:
                    measures.add(Reason.of("Call the first-demand bank guarantee", LegalCode.CIVIL_CODE.article("2321")));
                    break;
                case SURETY:
                    measures.add(Reason.of("Ask the surety to pay", LegalCode.CIVIL_CODE.article("2288")));
                    break;
                case RETENTION_OF_TITLE:
                    measures.add(Reason.of("Enforce the retention-of-title clause: claim back the goods still in kind",
                            LegalCode.CIVIL_CODE.article("2367")));
                    break;
                case CREDIT_INSURANCE:
                    measures.add(Reason.of("Declare the unpaid claim to the credit insurer within the policy's time"));
                    break;
                default:
                    break;
            }
        }
        if (f.openInsolvency().isEmpty() && f.creditor().kind().isProfessional()) {
            measures.add(Reason.of("Suspend performance of your own obligations towards the debtor while its "
                    + "non-performance is serious enough, and notify the suspension", RouteLaw.CIV_1219,
                    RouteLaw.CIV_1220));
            measures.add(Reason.of("For further orders from this debtor, ask for a deposit or payment on order"));
        }
        return measures;
    }
}
