package org.recouvrement.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.Evidence;
import org.recouvrement.claim.EvidenceKind;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.AmicableProcess;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.DecisionKind;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/**
 * The route scenarios of {@code route-scenarios.csv}: each row a case, a date, a route and the expected answer, with
 * the legal source in its last column. Thresholds are tested at their boundary and each date where the law changed
 * on both sides.
 */
class RouteScenariosTest {

    private static final RouteAdvisor ADVISOR = RouteAdvisor.standard();

    @ParameterizedTest(name = "{0} {9} on {1}: {10} — {15}")
    @CsvFileSource(resources = "route-scenarios.csv", numLinesToSkip = 1)
    void scenario(String id, LocalDate asOf, String creditor, String debtor, BigDecimal principal,
            LocalDate issueDate, ClaimOrigin origin, String evidence, String events, RouteKind route,
            String expected, String forum, String lawyer, String appeal, String contains, String source) {
        RecoveryCase file = file(id, creditor, debtor, principal, issueDate, origin, evidence, events);
        RouteAssessment assessment = ADVISOR.assess(file, asOf);
        RouteOption option = assessment.option(route).orElseThrow();
        String text = describe(option);
        assertEquals(expected, status(option), () -> id + ": " + text);
        if (forum != null) {
            assertEquals(forum, option.forum().map(f -> f.forum().name()).orElse("(none)"), () -> id + ": " + text);
        }
        if (lawyer != null) {
            assertEquals(Boolean.parseBoolean(lawyer), option.lawyerMandatory().orElseThrow().value(),
                    () -> id + ": " + text);
        }
        if (appeal != null) {
            assertEquals(Boolean.parseBoolean(appeal), option.appealable().orElseThrow().value(),
                    () -> id + ": " + text);
        }
        if (contains != null) {
            assertTrue(text.contains(contains), () -> id + ": expected '" + contains + "' in " + text);
        }
        if (!option.isEligible()) {
            assertFalse(option.eligibility().explanation().references().isEmpty(), () -> id + ": no reference");
        }
    }

    static String status(RouteOption option) {
        if (option.eligibility() instanceof Eligibility.Eligible) {
            return "ELIGIBLE";
        }
        return option.eligibility() instanceof Eligibility.NeedsReview ? "NEEDS_REVIEW" : "INELIGIBLE";
    }

    static String describe(RouteOption option) {
        StringBuilder out = new StringBuilder(option.eligibility().explanation().toString());
        for (Reason step : option.missingPriorSteps()) {
            out.append("\n[missing] ").append(step);
        }
        option.forum().ifPresent(f -> out.append("\n[forum] ").append(f.display()).append(": ")
                .append(f.territorialRule()));
        option.deadlines().forEach(d -> out.append("\n[deadline] ").append(d.action()).append(" ").append(d.lastDay()));
        return out.toString();
    }

    static Party party(String code) {
        switch (code) {
            case "fr-merchant-lyon":
                return Samples.frenchCompany();
            case "fr-merchant-nantes":
                return Samples.otherFrenchCompany();
            case "fr-merchant-reunion":
                return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Comptoir de l'Océan SAS")
                        .address(Samples.address("97400", "Saint-Denis", "FR")).build();
            case "fr-consumer":
                return Samples.frenchConsumer();
            case "fr-consumer-alsace":
                return Samples.frenchConsumerAt("67000", "Strasbourg");
            case "fr-consumer-noumea":
                return Samples.frenchConsumerAt("98800", "Nouméa");
            case "be-company":
                return Samples.belgianCompany();
            case "be-company-antwerp":
                return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Haven Logistiek BV")
                        .address(Samples.address("2000", "Antwerpen", "BE")).build();
            case "be-consumer":
                return Samples.belgianConsumer();
            case "be-association":
                return Party.builder().kind(PartyKind.NON_PROFESSIONAL_LEGAL_PERSON).name("Cercle des Amis ASBL")
                        .address(Samples.address("5000", "Namur", "BE")).build();
            case "de-company":
                return Samples.germanCompany();
            case "dk-company":
                return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Nordhavn ApS")
                        .address(Samples.address("2100", "København", "DK")).build();
            case "ch-company":
                return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Alpenblick AG")
                        .address(Samples.address("8001", "Zürich", "CH")).build();
            default:
                throw new AssertionError("unknown party " + code);
        }
    }

    static RecoveryCase file(String id, String creditor, String debtor, BigDecimal principal, LocalDate issueDate,
            ClaimOrigin origin, String evidence, String events) {
        Claim.Builder claim = Claim.builder().reference(id).creditor(party(creditor)).debtor(party(debtor))
                .origin(origin).principal(Amount.euros(principal)).issueDate(issueDate).performanceDate(issueDate)
                .dueDate(issueDate.plusDays(30));
        if (evidence != null) {
            claim.addEvidence(Evidence.of(EvidenceKind.valueOf(evidence), evidence + " " + id));
        }
        return RecoveryCase.of(claim.build(), events(events));
    }

    /** Reads {@code kind@date[:argument]} items separated by semicolons. */
    static List<CaseEvent> events(String text) {
        List<CaseEvent> events = new ArrayList<>();
        if (text == null) {
            return events;
        }
        for (String item : text.split(";")) {
            String[] kindAndRest = item.split("@");
            String[] dateAndArg = kindAndRest[1].split(":");
            LocalDate date = LocalDate.parse(dateAndArg[0]);
            String arg = dateAndArg.length > 1 ? dateAndArg[1] : null;
            events.add(event(kindAndRest[0], date, arg));
        }
        return events;
    }

    private static CaseEvent event(String kind, LocalDate date, String arg) {
        switch (kind) {
            case "reminder":
                return new CaseEvent.ReminderSent(date, ContactChannel.valueOf(arg == null ? "EMAIL" : arg));
            case "notice":
                return new CaseEvent.FormalNoticeSent(date, ContactChannel.REGISTERED_LETTER);
            case "delivered":
                return new CaseEvent.FormalNoticeDelivered(date);
            case "payment":
                return new CaseEvent.PaymentReceived(date, Amount.euros(arg));
            case "ack":
                return new CaseEvent.DebtAcknowledged(date);
            case "dispute":
                return new CaseEvent.DisputeOpened(date, "quality of the goods");
            case "disputeclosed":
                return new CaseEvent.DisputeClosed(date);
            case "mediation":
                return new CaseEvent.AmicableProcessStarted(date, AmicableProcess.MEDIATION);
            case "mediationend":
                return new CaseEvent.AmicableProcessEnded(date, AmicableProcess.MEDIATION);
            case "smallaccepted":
                return new CaseEvent.SmallClaimsProcedureAccepted(date);
            case "smallrefused":
                return new CaseEvent.SmallClaimsProcedureRefused(date);
            case "filed":
                return new CaseEvent.CourtActionFiled(date, CourtProceedings.valueOf(arg));
            case "order":
                return new CaseEvent.DecisionRendered(date, DecisionKind.ORDER_FOR_PAYMENT, Optional.empty());
            case "judgment":
                return new CaseEvent.DecisionRendered(date, DecisionKind.JUDGMENT, Optional.empty());
            case "served":
                return new CaseEvent.DecisionServed(date);
            case "insolvency":
                return new CaseEvent.InsolvencyOpened(date, InsolvencyKind.REORGANISATION,
                        Optional.ofNullable(arg).map(LocalDate::parse));
            case "proof":
                return new CaseEvent.ProofOfClaimFiled(date, Amount.euros(arg));
            default:
                throw new AssertionError("unknown event " + kind);
        }
    }
}
