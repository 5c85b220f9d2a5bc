package org.recouvrement.limitation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.Instalment;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.AmicableProcess;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.DecisionKind;
import org.recouvrement.recovery.EnforcementKind;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/**
 * Builds recovery cases from the short notation of the scenario tables, so that a scenario reads as one line.
 *
 * <p>A claim is {@code KIND key=value...}: kinds {@code B2B} (two French merchants), {@code CONSUMER} (a French
 * company against a French consumer, an invoice, or a contract when it has instalments), {@code CREDIT} (a loan of a
 * French company to a French consumer), {@code CIVIL} (between two French consumers), {@code NONPRO} (a French
 * company against an association), {@code JUDGMENT} (a judgment between French merchants), {@code BE_B2B}
 * (two Belgian merchants), {@code BE_CONSUMER} (a Belgian merchant against a Belgian consumer), {@code BE_RENT} (a
 * Belgian company's lease to a Belgian consumer); keys {@code issue}, {@code due}, {@code perf} and
 * {@code inst=date:amount|date:amount}.
 *
 * <p>Events are separated by {@code ;}, each {@code CODE date [argument]}: {@code ACK}, {@code PAY date amount},
 * {@code PLAN date due:amount|due:amount}, {@code PROMISE}, {@code REMINDER}, {@code NOTICE}, {@code DELIVERED},
 * {@code DISPUTE}, {@code POSTPONE date newDueDate}, {@code ACCEL}, {@code MEDIATION+}/{@code MEDIATION-},
 * {@code CONCILIATION+}/{@code CONCILIATION-}, {@code SMALLCLAIMS+}/{@code SMALLCLAIMS-}, {@code INQUIRY+}/{@code
 * INQUIRY-}, {@code IMPEDIMENT+}/{@code IMPEDIMENT-}, {@code COURT}, {@code WITHDRAWN}, {@code LAPSED},
 * {@code DISMISSED}, {@code DECISION}, {@code SERVED}, {@code ENFORCE}, {@code COMMAND}, {@code CONSERVATORY},
 * {@code INSOLVENCY}, {@code PROOF}, {@code CLOSED}.
 */
final class Scenario {

    private Scenario() {
    }

    static RecoveryCase of(String claim, String events) {
        Claim built = claim(claim);
        return RecoveryCase.of(built, events(events == null ? "" : events));
    }

    static Claim claim(String spec) {
        String[] tokens = spec.trim().split("\\s+");
        String kind = tokens[0];
        LocalDate issue = null;
        LocalDate due = null;
        LocalDate perf = null;
        List<Instalment> instalments = new ArrayList<>();
        for (int i = 1; i < tokens.length; i++) {
            String[] pair = tokens[i].split("=", 2);
            switch (pair[0]) {
                case "issue": issue = LocalDate.parse(pair[1]); break;
                case "due": due = LocalDate.parse(pair[1]); break;
                case "perf": perf = LocalDate.parse(pair[1]); break;
                case "inst": instalments.addAll(instalments(pair[1])); break;
                default: throw new AssertionError("unknown key " + pair[0]);
            }
        }
        if (due == null) {
            due = instalments.isEmpty() ? issue : instalments.get(0).dueDate();
        }
        if (issue == null) {
            issue = due;
        }
        Party creditor;
        Party debtor;
        ClaimOrigin origin = ClaimOrigin.INVOICE;
        switch (kind) {
            case "B2B": creditor = Samples.frenchCompany(); debtor = Samples.otherFrenchCompany(); break;
            case "CONSUMER":
                creditor = Samples.frenchCompany();
                debtor = Samples.frenchConsumer();
                origin = instalments.isEmpty() ? ClaimOrigin.INVOICE : ClaimOrigin.CONTRACT;
                break;
            case "CREDIT":
                creditor = Samples.frenchCompany();
                debtor = Samples.frenchConsumer();
                origin = ClaimOrigin.LOAN;
                break;
            case "CIVIL":
                creditor = Samples.frenchConsumerAt("33000", "Bordeaux");
                debtor = Samples.frenchConsumer();
                origin = ClaimOrigin.OTHER;
                break;
            case "NONPRO":
                creditor = Samples.frenchCompany();
                debtor = Party.builder().kind(PartyKind.NON_PROFESSIONAL_LEGAL_PERSON).name("Association des Amis")
                        .address(Samples.address("75011", "Paris", "FR")).build();
                break;
            case "JUDGMENT":
                creditor = Samples.frenchCompany();
                debtor = Samples.otherFrenchCompany();
                origin = ClaimOrigin.JUDGMENT;
                break;
            case "BE_B2B":
                creditor = Samples.belgianCompany();
                debtor = Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Vlaamse Bouw BV")
                        .address(Samples.address("9000", "Gent", "BE")).build();
                break;
            case "BE_CONSUMER": creditor = Samples.belgianCompany(); debtor = Samples.belgianConsumer(); break;
            case "BE_RENT":
                creditor = Samples.belgianCompany();
                debtor = Samples.belgianConsumer();
                origin = ClaimOrigin.CONTRACT;
                break;
            default: throw new AssertionError("unknown claim kind " + kind);
        }
        Amount principal = Amount.euros(1000);
        if (!instalments.isEmpty()) {
            principal = Amount.zero(Amount.EUR);
            for (Instalment instalment : instalments) {
                principal = principal.plus(instalment.amount());
            }
        }
        Claim.Builder builder = Claim.builder();
        builder.reference("S-" + kind.toLowerCase(Locale.ROOT) + "-" + issue).creditor(creditor).debtor(debtor)
                .origin(origin).principal(principal).issueDate(issue).dueDate(due).addAllInstalments(instalments);
        Optional.ofNullable(perf).ifPresent(builder::performanceDate);
        return builder.build();
    }

    static List<CaseEvent> events(String spec) {
        List<CaseEvent> events = new ArrayList<>();
        for (String item : spec.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            String[] t = item.trim().split("\\s+");
            LocalDate d = LocalDate.parse(t[1]);
            events.add(event(t[0], d, t.length > 2 ? t[2] : null));
        }
        return events;
    }

    private static CaseEvent event(String code, LocalDate d, String argument) {
        switch (code) {
            case "ACK": return new CaseEvent.DebtAcknowledged(d);
            case "PAY": return new CaseEvent.PaymentReceived(d, Amount.euros(new BigDecimal(argument)));
            case "PLAN": return new CaseEvent.PaymentPlanAgreed(d, instalments(argument));
            case "PROMISE": return new CaseEvent.PromiseToPay(d, d.plusDays(15), Amount.euros(100));
            case "REMINDER": return new CaseEvent.ReminderSent(d, ContactChannel.EMAIL);
            case "NOTICE": return new CaseEvent.FormalNoticeSent(d, ContactChannel.REGISTERED_LETTER);
            case "DELIVERED": return new CaseEvent.FormalNoticeDelivered(d);
            case "DISPUTE": return new CaseEvent.DisputeOpened(d, "quality of the works");
            case "POSTPONE": return new CaseEvent.DueDatePostponed(d, LocalDate.parse(argument));
            case "ACCEL": return new CaseEvent.AccelerationDeclared(d);
            case "MEDIATION+": return new CaseEvent.AmicableProcessStarted(d, AmicableProcess.MEDIATION);
            case "MEDIATION-": return new CaseEvent.AmicableProcessEnded(d, AmicableProcess.MEDIATION);
            case "CONCILIATION+": return new CaseEvent.AmicableProcessStarted(d, AmicableProcess.CONCILIATION);
            case "CONCILIATION-": return new CaseEvent.AmicableProcessEnded(d, AmicableProcess.CONCILIATION);
            case "SMALLCLAIMS+": return new CaseEvent.SmallClaimsProcedureAccepted(d);
            case "SMALLCLAIMS-": return new CaseEvent.SmallClaimsProcedureRefused(d);
            case "INQUIRY+": return new CaseEvent.MeasureOfInquiryOrdered(d);
            case "INQUIRY-": return new CaseEvent.MeasureOfInquiryCompleted(d);
            case "IMPEDIMENT+": return new CaseEvent.ImpedimentStarted(d, "force majeure");
            case "IMPEDIMENT-": return new CaseEvent.ImpedimentEnded(d);
            case "COURT": return new CaseEvent.CourtActionFiled(d, CourtProceedings.PROCEEDINGS_ON_THE_MERITS);
            case "WITHDRAWN": return new CaseEvent.CourtActionWithdrawn(d);
            case "LAPSED": return new CaseEvent.CourtActionLapsed(d);
            case "DISMISSED": return new CaseEvent.CourtActionDismissed(d);
            case "DECISION": return new CaseEvent.DecisionRendered(d, DecisionKind.JUDGMENT, Optional.empty());
            case "SERVED": return new CaseEvent.DecisionServed(d);
            case "ENFORCE": return new CaseEvent.EnforcementMeasureTaken(d, EnforcementKind.FORCED_EXECUTION);
            case "COMMAND": return new CaseEvent.EnforcementMeasureTaken(d, EnforcementKind.COMMAND_TO_PAY);
            case "CONSERVATORY": return new CaseEvent.EnforcementMeasureTaken(d, EnforcementKind.CONSERVATORY_MEASURE);
            case "INSOLVENCY":
                return new CaseEvent.InsolvencyOpened(d, InsolvencyKind.REORGANISATION, Optional.of(d.plusDays(10)));
            case "PROOF": return new CaseEvent.ProofOfClaimFiled(d, Amount.euros(1000));
            case "CLOSED": return new CaseEvent.InsolvencyClosed(d);
            default: throw new AssertionError("unknown event " + code);
        }
    }

    private static List<Instalment> instalments(String spec) {
        List<Instalment> instalments = new ArrayList<>();
        for (String item : spec.split("\\|")) {
            String[] pair = item.split(":");
            instalments.add(Instalment.of(LocalDate.parse(pair[0]), Amount.euros(new BigDecimal(pair[1]))));
        }
        return instalments;
    }
}
