package org.recouvrement.route;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.recouvrement.internal.Checks;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestOptions;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Drafts the content of the court documents of the routes, as data for the letters module or an integrator to render:
 * the request for an order for payment (CPC art. 1407), the proof of claim in insolvency proceedings (C. com.
 * art. L622-24, L622-25) and the application for a European order for payment (form A, Reg. (EC) No 1896/2006
 * art. 7).
 *
 * <p>Each document is drafted only for a route the {@link RouteAdvisor} finds {@link Eligibility.Eligible eligible}
 * or {@link Eligibility.NeedsReview needing review} for the case on the date, and the content carries that
 * eligibility, so that what needs review shows with the document. For a closed route, an unsupported case, or a
 * route whose forum the library cannot name, the call throws a {@link CourtDocumentRefusedException} with the route
 * and the reasons, each with its legal reference. Whether a route is open is an answer the advisor already gives as a
 * value; asking for the document of a closed route is a caller's mistake, and an empty {@code Optional} would lose the
 * reasons.
 *
 * <p>Amounts come from the {@link InterestCalculator}. A court document states a precise amount, so the default
 * options do not let a rate that is not yet published stand in for the real one: for such a date the call throws the
 * calculator's {@link org.recouvrement.interest.UnknownStatutoryRateException}, unless the options given allow the
 * latest known rate, in which case the breakdown's explanation says so.
 *
 * <pre>{@code
 * CourtDocuments documents = CourtDocuments.standard();
 * OrderForPaymentRequestContent request = documents.orderForPaymentRequest(file, LocalDate.of(2026, 4, 15), true);
 * request.forum().display();            // "président du tribunal de commerce"
 * request.amount().lines();             // principal, interest, compensation, payments...
 * request.cerfaForm();                  // ORDER_FOR_PAYMENT_COMMERCIAL_COURT, "12946*02" (unconfirmed)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CourtDocuments {

    private final RouteAdvisor advisor;
    private final InterestCalculator interest;

    private CourtDocuments(RouteAdvisor advisor, InterestCalculator interest) {
        this.advisor = advisor;
        this.interest = interest;
    }

    /**
     * Returns the documents service on the standard advisor and interest calculator.
     *
     * @return the service
     */
    public static CourtDocuments standard() {
        return new CourtDocuments(RouteAdvisor.standard(), InterestCalculator.standard());
    }

    /**
     * Returns the documents service on the given advisor and interest calculator.
     *
     * @param advisor the advisor that decides whether the route is open and names its forum
     * @param calculator the calculator of the amounts
     * @return the service
     */
    public static CourtDocuments of(RouteAdvisor advisor, InterestCalculator calculator) {
        return new CourtDocuments(Checks.present(advisor, "advisor"), Checks.present(calculator, "calculator"));
    }

    /**
     * Drafts the content of a request for an order for payment, with the default interest options.
     *
     * @param file the case
     * @param asOf the date of the request: amounts are computed up to it
     * @param referralOnOpposition whether the creditor asks that, on opposition, the case be referred to the court
     *     competent on the merits (CPC art. 1408)
     * @return the content
     * @throws CourtDocumentRefusedException if the order-for-payment route is closed on that date, the case is
     *     unsupported, or the library cannot name the court
     */
    public OrderForPaymentRequestContent orderForPaymentRequest(RecoveryCase file, LocalDate asOf,
            boolean referralOnOpposition) {
        return orderForPaymentRequest(file, asOf, referralOnOpposition, InterestOptions.defaults());
    }

    /**
     * Drafts the content of a request for an order for payment (CPC art. 1407).
     *
     * @param file the case
     * @param asOf the date of the request: amounts are computed up to it
     * @param referralOnOpposition whether the creditor asks that, on opposition, the case be referred to the court
     *     competent on the merits (CPC art. 1408)
     * @param options the interest options: contractual rate, proven recovery costs, governing law
     * @return the content
     * @throws CourtDocumentRefusedException if the order-for-payment route is closed on that date, the case is
     *     unsupported, or the library cannot name the court
     */
    public OrderForPaymentRequestContent orderForPaymentRequest(RecoveryCase file, LocalDate asOf,
            boolean referralOnOpposition, InterestOptions options) {
        checkArguments(file, asOf, options);
        RouteOption option = openOption(file, asOf, RouteKind.ORDER_FOR_PAYMENT);
        CompetentForum forum = forum(option, file, asOf);
        RouteFacts f = advisor.facts(file, asOf);
        InterestStatement statement = interest.statement(file, asOf, options);
        AmountBreakdown amount = DocumentDrafting.breakdown(f, statement, options);
        return OrderForPaymentRequestContent.builder()
                .caseId(file.id())
                .asOf(asOf)
                .eligibility(option.eligibility())
                .forum(forum)
                .claimant(f.creditor())
                .debtor(f.debtor())
                .amount(amount)
                .basis(DocumentDrafting.basis(f, amount))
                .referralOnOpposition(referralOnOpposition)
                .build();
    }

    /**
     * Drafts the content of a proof of claim, with the default interest options.
     *
     * @param file the case, whose timeline records the opening of French insolvency proceedings
     * @param asOf the date the declaration is drawn up
     * @return the content, its amount as of the opening judgment
     * @throws CourtDocumentRefusedException if the proof-of-claim route is closed on that date (no proceedings open,
     *     the time to file expired), or the library does not draft a French declaration for the proceedings (Belgian
     *     proceedings, a debtor outside the French procedure, a claim that arose after the opening)
     */
    public ProofOfClaimContent proofOfClaim(RecoveryCase file, LocalDate asOf) {
        return proofOfClaim(file, asOf, InterestOptions.defaults());
    }

    /**
     * Drafts the content of a proof of claim (C. com. art. L622-24, L622-25, R622-24).
     *
     * @param file the case, whose timeline records the opening of French insolvency proceedings
     * @param asOf the date the declaration is drawn up
     * @param options the interest options; {@link InterestOptions#insolvencyStopWaived()} for a loan of one year or
     *     more, whose contractual interest the opening judgment does not stop
     * @return the content, its amount as of the opening judgment
     * @throws CourtDocumentRefusedException if the proof-of-claim route is closed on that date (no proceedings open,
     *     the time to file expired), or the library does not draft a French declaration for the proceedings (Belgian
     *     proceedings, a debtor outside the French procedure, a claim that arose after the opening)
     */
    public ProofOfClaimContent proofOfClaim(RecoveryCase file, LocalDate asOf, InterestOptions options) {
        checkArguments(file, asOf, options);
        RouteOption option = openOption(file, asOf, RouteKind.PROOF_OF_CLAIM);
        CompetentForum practitioner = forum(option, file, asOf);
        RouteFacts f = advisor.facts(file, asOf);
        CaseEvent.InsolvencyOpened proceedings = f.openInsolvency().orElseThrow(() -> refused(RouteKind.PROOF_OF_CLAIM,
                file, asOf, Reason.of("No insolvency proceedings are open", RouteLaw.COM_L622_24)));
        if (proceedings.kind() == InsolvencyKind.BELGIAN_INSOLVENCY) {
            throw refused(RouteKind.PROOF_OF_CLAIM, file, asOf, Reason.of("Claims in Belgian insolvency proceedings "
                    + "are declared in the Central Solvency Register (RegSol); the library drafts French declarations "
                    + "only", RouteLaw.CDE_XX));
        }
        if (!RouteFacts.frenchProcedureApplies(f.debtorTerritory())) {
            throw refused(RouteKind.PROOF_OF_CLAIM, file, asOf, Reason.of("The debtor is in " + f.debtorTerritory()
                    + ", whose insolvency law the library does not model", RouteLaw.COM_L622_24));
        }
        if (f.claim().issueDate().isAfter(proceedings.date())) {
            throw refused(RouteKind.PROOF_OF_CLAIM, file, asOf, Reason.of("The claim arose after the opening judgment "
                    + "of " + proceedings.date() + ": it is not declared like earlier claims", RouteLaw.COM_L622_17));
        }
        InterestStatement statement = interest.statement(file, proceedings.date(), options);
        AmountBreakdown amount = DocumentDrafting.breakdown(f, statement, options);
        return ProofOfClaimContent.builder()
                .caseId(file.id())
                .asOf(asOf)
                .eligibility(option.eligibility())
                .proceedingsKind(proceedings.kind())
                .openingDate(proceedings.date())
                .publicationDate(proceedings.publicationDate())
                .addAllDeadlines(option.deadlines())
                .practitioner(practitioner)
                .creditor(f.creditor())
                .debtor(f.debtor())
                .amountDue(amount)
                .addAllSumsToFallDue(DocumentDrafting.toFallDue(f, proceedings.date(), amount.principalOutstanding()))
                .addAllSecurities(f.claim().guarantees())
                .basis(DocumentDrafting.basis(f, amount))
                .certificationRequired(!f.hasEnforceableTitle())
                .build();
    }

    /**
     * Drafts the fields of an application for a European order for payment, with the default interest options.
     *
     * @param file the case
     * @param asOf the date of the application: amounts are computed up to it
     * @return the fields
     * @throws CourtDocumentRefusedException if the European order-for-payment route is closed on that date (a case
     *     that is not cross-border, among others), or the case is unsupported
     */
    public EuropeanOrderForPaymentApplication europeanOrderForPaymentApplication(RecoveryCase file, LocalDate asOf) {
        return europeanOrderForPaymentApplication(file, asOf, InterestOptions.defaults());
    }

    /**
     * Drafts the fields of an application for a European order for payment (form A, Reg. (EC) No 1896/2006 art. 7).
     *
     * @param file the case
     * @param asOf the date of the application: amounts are computed up to it
     * @param options the interest options: contractual rate, proven recovery costs, governing law
     * @return the fields
     * @throws CourtDocumentRefusedException if the European order-for-payment route is closed on that date (a case
     *     that is not cross-border, among others), or the case is unsupported
     */
    public EuropeanOrderForPaymentApplication europeanOrderForPaymentApplication(RecoveryCase file, LocalDate asOf,
            InterestOptions options) {
        checkArguments(file, asOf, options);
        RouteKind kind = RouteKind.EUROPEAN_ORDER_FOR_PAYMENT;
        RouteOption option = openOption(file, asOf, kind);
        CompetentForum court = forum(option, file, asOf);
        RouteFacts f = advisor.facts(file, asOf);
        Reason notCrossBorder = Reason.of("Both parties must be domiciled in member states", RouteLaw.REG_1896_2006_ART_3);
        String claimantState = f.memberState(f.creditor()).orElseThrow(() -> refused(kind, file, asOf, notCrossBorder));
        String defendantState = f.memberState(f.debtor()).orElseThrow(() -> refused(kind, file, asOf, notCrossBorder));
        InterestStatement statement = interest.statement(file, asOf, options);
        AmountBreakdown amount = DocumentDrafting.breakdown(f, statement, options);
        List<BreakdownLine> costs = new ArrayList<>();
        if (amount.compensationOutstanding().isPositive()) {
            costs.add(BreakdownLine.builder().kind(BreakdownLineKind.RECOVERY_COMPENSATION)
                    .description("Fixed compensation for recovery costs still owed")
                    .amount(amount.compensationOutstanding()).from(amount.compensation().dueFrom())
                    .addAllReferences(amount.linesOf(BreakdownLineKind.RECOVERY_COMPENSATION).get(0).references())
                    .build());
        }
        return EuropeanOrderForPaymentApplication.builder()
                .caseId(file.id())
                .asOf(asOf)
                .eligibility(option.eligibility())
                .court(court)
                .courtMemberState(court.forum() == Forum.COURT_OF_ANOTHER_MEMBER_STATE ? defendantState : "FR")
                .claimant(f.creditor())
                .defendant(f.debtor())
                .claimantMemberState(claimantState)
                .defendantMemberState(defendantState)
                .jurisdictionGround(f.debtor().kind().isConsumer() ? JurisdictionGround.CONSUMER_DOMICILE
                        : JurisdictionGround.DEFENDANT_DOMICILE)
                .principal(amount.principalOutstanding())
                .interest(amount.interest())
                .interestOutstanding(amount.interestOutstanding())
                .contractualPenalty(amount.penaltyClause())
                .addAllCosts(costs)
                .claim(DocumentDrafting.basis(f, amount))
                .breakdown(amount)
                .build();
    }

    private static void checkArguments(RecoveryCase file, LocalDate asOf, InterestOptions options) {
        Checks.present(file, "file");
        Checks.present(asOf, "asOf");
        Checks.present(options, "options");
    }

    private RouteOption openOption(RecoveryCase file, LocalDate asOf, RouteKind kind) {
        RouteAssessment assessment = advisor.assess(file, asOf);
        if (assessment.unsupported().isPresent()) {
            throw new CourtDocumentRefusedException(kind, file.id(), asOf, assessment.unsupported().get());
        }
        RouteOption option = assessment.option(kind).orElseThrow(() -> refused(kind, file, asOf,
                Reason.of("The advisor does not assess this route")));
        if (option.isIneligible()) {
            throw new CourtDocumentRefusedException(kind, file.id(), asOf, option.eligibility().explanation());
        }
        return option;
    }

    private static CompetentForum forum(RouteOption option, RecoveryCase file, LocalDate asOf) {
        return option.forum().orElseThrow(() -> new CourtDocumentRefusedException(option.kind(), file.id(), asOf,
                option.eligibility().explanation().plus(Reason.of("The library cannot name the forum the document is "
                        + "addressed to on " + asOf, RouteLaw.LOI_2019_222))));
    }

    private static CourtDocumentRefusedException refused(RouteKind kind, RecoveryCase file, LocalDate asOf,
            Reason reason) {
        return new CourtDocumentRefusedException(kind, file.id(), asOf, Explanation.of(reason));
    }
}
