package org.recouvrement.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.Evidence;
import org.recouvrement.claim.EvidenceKind;
import org.recouvrement.claim.Guarantee;
import org.recouvrement.claim.GuaranteeKind;
import org.recouvrement.claim.Instalment;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestLine;
import org.recouvrement.interest.InterestOptions;
import org.recouvrement.interest.InterestRegime;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/** The content of the court documents, drawn from realistic cases and checked against the engines. */
class CourtDocumentsTest {

    private static final CourtDocuments DOCUMENTS = CourtDocuments.standard();
    private static final RouteAdvisor ADVISOR = RouteAdvisor.standard();
    private static final InterestCalculator INTEREST = InterestCalculator.standard();

    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);
    private static final LocalDate DUE = LocalDate.of(2026, 2, 14);
    private static final LocalDate ASKED = LocalDate.of(2026, 4, 15);

    /**
     * An invoice of 8,000 € between two merchants (Lyon to Nantes), due 14 February 2026, with a penalty clause of
     * 800 €; 2,000 € paid on 10 March, a formal notice sent by registered letter on 20 March.
     */
    private static Claim merchantsInvoice() {
        return Claim.builder().reference("FA-2026-0117").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(ClaimOrigin.INVOICE).principal(Amount.euros("8000.00"))
                .issueDate(ISSUED).dueDate(DUE).penaltyClause(Amount.euros("800.00"))
                .addEvidence(Evidence.of(EvidenceKind.PURCHASE_ORDER, "Purchase order BC-118", LocalDate.of(2026, 1, 5)))
                .addEvidence(Evidence.of(EvidenceKind.DELIVERY_NOTE, "Signed delivery note BL-0412", ISSUED))
                .build();
    }

    private static Claim.Builder invoiceFrom(Party creditor, Party debtor, String principal) {
        return Claim.builder().reference("FA-2026-0203").creditor(creditor).debtor(debtor)
                .origin(ClaimOrigin.INVOICE).principal(Amount.euros(principal)).issueDate(ISSUED).dueDate(DUE);
    }

    private static RecoveryCase merchantsCase() {
        return RecoveryCase.of(merchantsInvoice(), List.of(
                new CaseEvent.PaymentReceived(LocalDate.of(2026, 3, 10), Amount.euros("2000.00")),
                new CaseEvent.FormalNoticeSent(LocalDate.of(2026, 3, 20), ContactChannel.REGISTERED_LETTER),
                new CaseEvent.FormalNoticeDelivered(LocalDate.of(2026, 3, 23))));
    }

    private static Amount sumOfInterestLines(List<InterestLine> lines) {
        Amount sum = Amount.euros(0);
        for (InterestLine line : lines) {
            sum = sum.plus(line.interest());
        }
        return sum;
    }

    // ------------------------------------------------------------------------------------ order for payment

    @Test
    @DisplayName("CPC 1407: the amount between merchants, worked by hand at ECB 2.15 % + 10 points (C. com. L441-10), "
            + "reconciles with the interest statement to the cent")
    void amountBetweenMerchants() {
        RecoveryCase file = merchantsCase();
        OrderForPaymentRequestContent request = DOCUMENTS.orderForPaymentRequest(file, ASKED, true);
        AmountBreakdown amount = request.amount();
        InterestStatement statement = INTEREST.statement(file, ASKED);

        // 15 Feb - 10 Mar: 24 days on 8,000.00 at 12.15 % = 63.91; the payment of 2,000.00 pays that interest, the
        // 40 € compensation, then 1,896.09 of principal; 11 Mar - 15 Apr: 36 days on 6,103.91 = 73.15.
        assertEquals(Amount.euros("137.06"), amount.interest().total());
        assertEquals(statement.totalInterest(), amount.interest().total());
        assertEquals(sumOfInterestLines(statement.lines()), amount.linesOf(BreakdownLineKind.INTEREST).get(0).amount());
        assertEquals(statement.lines(), amount.interest().lines());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 15)), amount.interest().from());
        assertEquals(Optional.of(ASKED), amount.interest().to());
        assertEquals(InterestBasis.STATUTORY, amount.interest().basis());
        assertTrue(amount.interest().rateBasis().contains("plus 10 points"), amount.interest().rateBasis());

        assertEquals(List.of(BreakdownLineKind.PRINCIPAL, BreakdownLineKind.INTEREST,
                BreakdownLineKind.RECOVERY_COMPENSATION, BreakdownLineKind.PENALTY_CLAUSE, BreakdownLineKind.PAYMENT),
                amount.lines().stream().map(BreakdownLine::kind).toList());
        assertEquals(Amount.euros("8000.00"), amount.linesOf(BreakdownLineKind.PRINCIPAL).get(0).amount());
        assertEquals(Optional.of("FA-2026-0117"), amount.linesOf(BreakdownLineKind.PRINCIPAL).get(0).claimReference());
        assertEquals(Amount.euros("40.00"), amount.linesOf(BreakdownLineKind.RECOVERY_COMPENSATION).get(0).amount());
        assertEquals(Optional.of(Amount.euros("800.00")), amount.penaltyClause());
        assertEquals(Amount.euros("2000.00"), amount.linesOf(BreakdownLineKind.PAYMENT).get(0).amount());

        // 8,000.00 + 137.06 + 40.00 + 800.00 - 2,000.00
        assertEquals(Amount.euros("6977.06"), request.total());
        assertEquals(statement.balance().plus(Amount.euros("800.00")), request.total());
        assertEquals(Amount.euros("6103.91"), amount.principalOutstanding());
        assertEquals(Amount.euros("73.15"), amount.interestOutstanding());
        assertEquals(Amount.euros(0), amount.compensationOutstanding());
    }

    @Test
    @DisplayName("CPC 1406, 1407: the court is the one the order-for-payment route names, and the Cerfa follows it "
            + "(tribunal de commerce: 12946*02, unconfirmed)")
    void forumAndCerfaBetweenMerchants() {
        RecoveryCase file = merchantsCase();
        OrderForPaymentRequestContent request = DOCUMENTS.orderForPaymentRequest(file, ASKED, true);
        RouteOption option = ADVISOR.assess(file, ASKED).option(RouteKind.ORDER_FOR_PAYMENT).orElseThrow();
        assertEquals(option.forum(), Optional.of(request.forum()));
        assertEquals(Forum.TRIBUNAL_DE_COMMERCE, request.forum().forum());
        assertEquals("président du tribunal de commerce", request.forum().display());
        assertEquals(option.eligibility(), request.eligibility());
        assertInstanceOf(Eligibility.Eligible.class, request.eligibility());
        assertEquals(Optional.of(CerfaForm.ORDER_FOR_PAYMENT_COMMERCIAL_COURT), request.cerfaForm());
        assertEquals("12946*02", request.cerfaForm().orElseThrow().number());
        assertFalse(request.cerfaForm().orElseThrow().confirmed());
    }

    @Test
    @DisplayName("CPC 1407, 54 3°, 57, 1408: parties, identity items to complete, basis and schedule of documents")
    void partiesBasisAndSchedule() {
        OrderForPaymentRequestContent request = DOCUMENTS.orderForPaymentRequest(merchantsCase(), ASKED, true);
        assertEquals(Samples.frenchCompany(), request.claimant());
        assertEquals(Samples.otherFrenchCompany(), request.debtor());
        assertEquals(List.of(IdentityItem.LEGAL_FORM, IdentityItem.NAME, IdentityItem.REGISTERED_OFFICE,
                IdentityItem.REPRESENTATIVE_ORGAN), request.claimantIdentityItems());
        assertEquals(List.of(IdentityItem.LEGAL_FORM, IdentityItem.REPRESENTATIVE_ORGAN),
                request.claimantIdentityToComplete());

        ClaimBasis basis = request.basis();
        assertEquals("invoice FA-2026-0117 of 2026-01-15, due on 2026-02-14", basis.description());
        assertEquals(List.of(LegalCode.COMMERCIAL_CODE.article("L441-10"), LegalCode.COMMERCIAL_CODE.article("D441-5"),
                LegalCode.CIVIL_CODE.article("1231-5")), basis.legalBasis());
        assertEquals(List.of(EvidenceKind.INVOICE, EvidenceKind.PURCHASE_ORDER, EvidenceKind.DELIVERY_NOTE),
                basis.documents().stream().map(Evidence::kind).toList());

        assertTrue(request.referralOnOpposition());
        assertTrue(request.references().contains(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1408")));
        assertTrue(request.references().contains(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1407")));
        assertFalse(DOCUMENTS.orderForPaymentRequest(merchantsCase(), ASKED, false).references()
                .contains(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("1408")));
    }

    @Test
    @DisplayName("C. civ. 1231-5: without a formal notice, the penalty clause is not claimed, and the request says why")
    void penaltyClauseNeedsANotice() {
        RecoveryCase file = RecoveryCase.of(merchantsInvoice());
        OrderForPaymentRequestContent request = DOCUMENTS.orderForPaymentRequest(file, ASKED, false);
        assertEquals(Optional.empty(), request.amount().penaltyClause());
        assertTrue(request.amount().linesOf(BreakdownLineKind.PENALTY_CLAUSE).isEmpty());
        assertTrue(request.amount().explanation().references().contains(LegalCode.CIVIL_CODE.article("1231-5")));
        assertEquals(INTEREST.statement(file, ASKED).balance(), request.total());
    }

    @Test
    @DisplayName("CPC 1406 and Cerfa 12948*06: a consumer debtor goes to the tribunal judiciaire; legal-rate interest "
            + "runs from the day after the formal notice was delivered (C. civ. 1231-6, 1344-1)")
    void consumerBeforeTheTribunalJudiciaire() {
        Claim claim = Samples.invoice(Samples.frenchCompany(), Samples.frenchConsumer(), Amount.euros("2400.00"),
                ISSUED, DUE);
        RecoveryCase file = RecoveryCase.of(claim, List.of(
                new CaseEvent.FormalNoticeSent(LocalDate.of(2026, 3, 2), ContactChannel.REGISTERED_LETTER),
                new CaseEvent.FormalNoticeDelivered(LocalDate.of(2026, 3, 4))));
        OrderForPaymentRequestContent request = DOCUMENTS.orderForPaymentRequest(file, ASKED, false);
        assertEquals(Forum.TRIBUNAL_JUDICIAIRE, request.forum().forum());
        assertEquals(Optional.of(CerfaForm.ORDER_FOR_PAYMENT_TRIBUNAL_JUDICIAIRE), request.cerfaForm());
        assertEquals("12948*06", request.cerfaForm().orElseThrow().number());
        assertEquals(InterestRegime.FRENCH_LEGAL_RATE, request.amount().interest().regime());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 5)), request.amount().interest().from());
        assertTrue(request.amount().linesOf(BreakdownLineKind.RECOVERY_COMPENSATION).isEmpty());
        assertEquals(INTEREST.statement(file, ASKED).balance(), request.total());
        assertEquals(List.of(LegalCode.CIVIL_CODE.article("1231-6"), LegalCode.CIVIL_CODE.article("1344-1"),
                LegalCode.MONETARY_AND_FINANCIAL_CODE.article("L313-2")), request.basis().legalBasis());
    }

    @Test
    @DisplayName("Cerfa 16040*01: a consumer credit goes to the juge des contentieux de la protection")
    void consumerCreditBeforeTheProtectionJudge() {
        Claim loan = Claim.builder().reference("PR-2025-9").creditor(Samples.frenchCompany())
                .debtor(Samples.frenchConsumer()).origin(ClaimOrigin.LOAN).principal(Amount.euros("3000.00"))
                .issueDate(ISSUED).dueDate(DUE).build();
        OrderForPaymentRequestContent request = DOCUMENTS.orderForPaymentRequest(RecoveryCase.of(loan), ASKED, false);
        assertEquals(Forum.JUGE_DES_CONTENTIEUX_DE_LA_PROTECTION, request.forum().forum());
        assertEquals("16040*01", request.cerfaForm().orElseThrow().number());
    }

    @Test
    @DisplayName("Loi 2023-1059: a merchant debtor in Paris goes to the tribunal des activités économiques, which has "
            + "no known Cerfa")
    void pilotCommercialCourtHasNoKnownForm() {
        Party parisian = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Galerie Vivienne SAS")
                .address(Samples.address("75008", "Paris", "FR")).build();
        Claim claim = Samples.invoice(Samples.frenchCompany(), parisian, Amount.euros("5000.00"), ISSUED, DUE);
        OrderForPaymentRequestContent request = DOCUMENTS.orderForPaymentRequest(RecoveryCase.of(claim), ASKED, false);
        assertEquals(Forum.TRIBUNAL_DES_ACTIVITES_ECONOMIQUES, request.forum().forum());
        assertEquals(Optional.empty(), request.cerfaForm());
    }

    @Test
    @DisplayName("CPC 1405, 835: an open dispute leaves the order for payment to review; the request carries why")
    void disputedClaimNeedsReview() {
        RecoveryCase file = merchantsCase().withEvent(new CaseEvent.DisputeOpened(LocalDate.of(2026, 3, 25),
                "late delivery"));
        OrderForPaymentRequestContent request = DOCUMENTS.orderForPaymentRequest(file, ASKED, false);
        assertInstanceOf(Eligibility.NeedsReview.class, request.eligibility());
        assertFalse(request.eligibility().explanation().references().isEmpty());
    }

    @Test
    @DisplayName("A closed route has no request: a debtor in Germany, a time-barred claim (C. civ. 2224, L110-4)")
    void closedRouteIsRefused() {
        Claim abroad = Samples.invoice(Samples.frenchCompany(), Samples.germanCompany(), Amount.euros("8000.00"),
                ISSUED, DUE);
        CourtDocumentRefusedException refused = assertThrows(CourtDocumentRefusedException.class,
                () -> DOCUMENTS.orderForPaymentRequest(RecoveryCase.of(abroad), ASKED, false));
        assertEquals(RouteKind.ORDER_FOR_PAYMENT, refused.route());
        assertEquals(ASKED, refused.asOf());
        assertFalse(refused.explanation().references().isEmpty());
        assertTrue(refused.getMessage().contains("ORDER_FOR_PAYMENT"), refused.getMessage());

        Claim old = Samples.invoiceBetweenMerchants(LocalDate.of(2019, 1, 10));
        CourtDocumentRefusedException barred = assertThrows(CourtDocumentRefusedException.class,
                () -> DOCUMENTS.orderForPaymentRequest(RecoveryCase.of(old), ASKED, false));
        assertFalse(barred.explanation().isEmpty());
    }

    // ------------------------------------------------------------------------------------ proof of claim

    private static final LocalDate OPENED = LocalDate.of(2026, 3, 2);
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 10);

    private static RecoveryCase insolvencyCase(Claim claim) {
        return RecoveryCase.of(claim, List.of(
                new CaseEvent.PaymentReceived(LocalDate.of(2026, 2, 20), Amount.euros("1000.00")),
                new CaseEvent.InsolvencyOpened(OPENED, InsolvencyKind.REORGANISATION, Optional.of(PUBLISHED))));
    }

    private static Claim securedInvoice() {
        return invoiceFrom(Samples.frenchCompany(), Samples.otherFrenchCompany(), "6000.00")
                .addGuarantee(Guarantee.builder().kind(GuaranteeKind.RETENTION_OF_TITLE).build())
                .build();
    }

    @Test
    @DisplayName("C. com. L622-25, L622-28: the amount declared is due on the day of the opening judgment; interest "
            + "stops then, whatever the date the declaration is drawn up")
    void proofOfClaimAmountStopsAtTheOpening() {
        RecoveryCase file = insolvencyCase(securedInvoice());
        ProofOfClaimContent early = DOCUMENTS.proofOfClaim(file, LocalDate.of(2026, 3, 20));
        ProofOfClaimContent late = DOCUMENTS.proofOfClaim(file, LocalDate.of(2026, 5, 5));

        assertEquals(OPENED, early.amountDue().asOf());
        assertEquals(Optional.of(OPENED.minusDays(1)), early.amountDue().interest().to());
        assertTrue(early.amountDue().interest().lines().stream().noneMatch(l -> !l.to().isBefore(OPENED)));
        assertEquals(early.total(), late.total());
        assertEquals(early.amountDue(), late.amountDue());

        InterestStatement atOpening = INTEREST.statement(file, OPENED);
        assertEquals(atOpening.balance(), early.total());
        assertEquals(atOpening.totalInterest(), early.amountDue().interest().total());
        // The statement on a later date keeps the interest stopped at the opening (C. com. L622-28).
        assertEquals(atOpening.totalInterest(), INTEREST.statement(file, LocalDate.of(2026, 5, 5)).totalInterest());
        assertTrue(early.amountDue().interest().total().isPositive());
    }

    @Test
    @DisplayName("C. com. L622-24, L622-25, R622-24: proceedings, deadline to file, practitioner, security, "
            + "certification")
    void proofOfClaimContent() {
        RecoveryCase file = insolvencyCase(securedInvoice());
        LocalDate asOf = LocalDate.of(2026, 3, 20);
        ProofOfClaimContent proof = DOCUMENTS.proofOfClaim(file, asOf);
        RouteOption option = ADVISOR.assess(file, asOf).option(RouteKind.PROOF_OF_CLAIM).orElseThrow();

        assertEquals(InsolvencyKind.REORGANISATION, proof.proceedingsKind());
        assertEquals(OPENED, proof.openingDate());
        assertEquals(Optional.of(PUBLISHED), proof.publicationDate());
        assertEquals(option.deadlines(), proof.deadlines());
        // Two months from publication on 10 March 2026: 10 May 2026 is a Sunday, so Monday 11 May (CPC 642).
        assertEquals(LocalDate.of(2026, 5, 11), proof.filingDeadline().orElseThrow().lastDay());
        assertEquals(option.forum(), Optional.of(proof.practitioner()));
        assertEquals(Forum.INSOLVENCY_PRACTITIONER, proof.practitioner().forum());
        assertEquals(List.of(GuaranteeKind.RETENTION_OF_TITLE),
                proof.securities().stream().map(Guarantee::kind).toList());
        assertTrue(proof.certificationRequired());
        assertEquals(List.of(), proof.sumsToFallDue());
        assertTrue(proof.references().contains(LegalCode.COMMERCIAL_CODE.article("L622-25")));
        assertEquals(List.of(EvidenceKind.INVOICE), proof.basis().documents().stream().map(Evidence::kind).toList());
    }

    @Test
    @DisplayName("C. com. L622-25: instalments not yet due on the opening day are declared with their due dates")
    void sumsToFallDue() {
        Claim contract = Claim.builder().reference("CT-2025-40").creditor(Samples.frenchCompany())
                .debtor(Samples.otherFrenchCompany()).origin(ClaimOrigin.CONTRACT).principal(Amount.euros("9000.00"))
                .issueDate(LocalDate.of(2025, 12, 1)).dueDate(LocalDate.of(2026, 1, 1))
                .addInstalment(Instalment.of(LocalDate.of(2026, 1, 1), Amount.euros("3000.00")))
                .addInstalment(Instalment.of(LocalDate.of(2026, 4, 1), Amount.euros("3000.00")))
                .addInstalment(Instalment.of(LocalDate.of(2026, 7, 1), Amount.euros("3000.00")))
                .build();
        ProofOfClaimContent proof = DOCUMENTS.proofOfClaim(insolvencyCase(contract), LocalDate.of(2026, 3, 20));
        assertEquals(List.of(Instalment.of(LocalDate.of(2026, 4, 1), Amount.euros("3000.00")),
                Instalment.of(LocalDate.of(2026, 7, 1), Amount.euros("3000.00"))), proof.sumsToFallDue());
        assertEquals(Amount.euros("6000.00"), proof.totalToFallDue());
        assertTrue(proof.amountDue().principalOutstanding().isGreaterThan(proof.totalToFallDue()));
    }

    @Test
    @DisplayName("C. com. L622-24: without insolvency proceedings there is no proof of claim")
    void noProceedingsNoProofOfClaim() {
        CourtDocumentRefusedException refused = assertThrows(CourtDocumentRefusedException.class,
                () -> DOCUMENTS.proofOfClaim(merchantsCase(), ASKED));
        assertEquals(RouteKind.PROOF_OF_CLAIM, refused.route());
        assertTrue(refused.explanation().references().contains(LegalCode.COMMERCIAL_CODE.article("L622-24")));
    }

    // ------------------------------------------------------------------------------------ European order for payment

    @Test
    @DisplayName("Reg. 1896/2006 art. 3, 6, 7: form A against a German company, before the courts of its domicile")
    void europeanApplicationAgainstAGermanCompany() {
        Claim claim = invoiceFrom(Samples.frenchCompany(), Samples.germanCompany(), "12000.00")
                .addEvidence(Evidence.of(EvidenceKind.SIGNED_CONTRACT, "Supply agreement of 2025-11-03"))
                .build();
        RecoveryCase file = RecoveryCase.of(claim);
        EuropeanOrderForPaymentApplication application = DOCUMENTS.europeanOrderForPaymentApplication(file, ASKED);
        RouteOption option = ADVISOR.assess(file, ASKED).option(RouteKind.EUROPEAN_ORDER_FOR_PAYMENT).orElseThrow();

        assertEquals(option.forum(), Optional.of(application.court()));
        assertEquals(Forum.COURT_OF_ANOTHER_MEMBER_STATE, application.court().forum());
        assertEquals("DE", application.courtMemberState());
        assertEquals("FR", application.claimantMemberState());
        assertEquals("DE", application.defendantMemberState());
        assertEquals(JurisdictionGround.DEFENDANT_DOMICILE, application.jurisdictionGround());
        assertEquals(Optional.of("01"), application.jurisdictionGround().formCode());
        assertEquals(Samples.germanCompany(), application.defendant());

        InterestStatement statement = INTEREST.statement(file, ASKED);
        assertEquals(Amount.EUR, application.currency());
        assertEquals(Amount.euros("12000.00"), application.principal());
        assertEquals(statement.outstandingInterest(), application.interestOutstanding());
        assertEquals(statement.totalInterest(), application.interest().total());
        assertEquals(InterestBasis.STATUTORY, application.interest().basis());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 15)), application.interest().from());
        assertEquals(Optional.of(ASKED), application.interest().to());
        assertEquals(List.of(Amount.euros("40.00")),
                application.costs().stream().map(BreakdownLine::amount).toList());
        assertEquals(statement.balance(), application.total());
        assertEquals(List.of(EvidenceKind.INVOICE, EvidenceKind.SIGNED_CONTRACT),
                application.claim().documents().stream().map(Evidence::kind).toList());
    }

    @Test
    @DisplayName("Reg. 1896/2006 art. 6(2): against a consumer, only the courts of his domicile; a German creditor "
            + "states the governing law")
    void europeanApplicationAgainstAFrenchConsumer() {
        Party germanSeller = Samples.germanCompany();
        Claim claim = invoiceFrom(germanSeller, Samples.frenchConsumer(), "1500.00").build();
        RecoveryCase file = RecoveryCase.of(claim, List.of(
                new CaseEvent.FormalNoticeDelivered(LocalDate.of(2026, 3, 4))));
        InterestOptions french = InterestOptions.builder().governingLaw(Jurisdiction.FRANCE).build();
        EuropeanOrderForPaymentApplication application = DOCUMENTS.europeanOrderForPaymentApplication(file, ASKED,
                french);
        assertEquals(JurisdictionGround.CONSUMER_DOMICILE, application.jurisdictionGround());
        assertEquals("FR", application.courtMemberState());
        assertEquals("DE", application.claimantMemberState());
        assertEquals("FR", application.defendantMemberState());
        assertEquals(Forum.TRIBUNAL_JUDICIAIRE, application.court().forum());
        assertTrue(application.costs().isEmpty());
        assertEquals(INTEREST.statement(file, ASKED, french).balance(), application.total());
    }

    @Test
    @DisplayName("Reg. 1896/2006 art. 3: form A is refused for a case that is not cross-border")
    void europeanApplicationRefusedWhenNotCrossBorder() {
        CourtDocumentRefusedException refused = assertThrows(CourtDocumentRefusedException.class,
                () -> DOCUMENTS.europeanOrderForPaymentApplication(merchantsCase(), ASKED));
        assertEquals(RouteKind.EUROPEAN_ORDER_FOR_PAYMENT, refused.route());
        assertTrue(refused.explanation().toString().contains("not cross-border"), refused.explanation()::toString);
        assertTrue(refused.explanation().references().contains(RouteLaw.REG_1896_2006_ART_3));
    }

    @Test
    @DisplayName("Bad input raises typed errors")
    void badInput() {
        assertThrows(org.recouvrement.MissingValueException.class,
                () -> DOCUMENTS.orderForPaymentRequest(null, ASKED, false));
        assertThrows(org.recouvrement.MissingValueException.class,
                () -> DOCUMENTS.proofOfClaim(merchantsCase(), null));
        assertThrows(org.recouvrement.MissingValueException.class,
                () -> CourtDocuments.of(null, INTEREST));
        InvalidCourtDocumentException invalid = assertThrows(InvalidCourtDocumentException.class,
                () -> BreakdownLine.builder().kind(BreakdownLineKind.PAYMENT).description("Payment")
                        .amount(Amount.euros(0)).build());
        assertEquals("line.amount", invalid.field());
    }
}
