package org.recouvrement.route;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.Evidence;
import org.recouvrement.claim.EvidenceKind;
import org.recouvrement.claim.Instalment;
import org.recouvrement.interest.FixedRecoveryCompensation;
import org.recouvrement.interest.ImputedPayment;
import org.recouvrement.interest.InterestLine;
import org.recouvrement.interest.InterestOptions;
import org.recouvrement.interest.InterestRegime;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.interest.LineNote;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.CaseEvent;

/**
 * Turns a case's facts and its interest statement into the parts court documents share: the breakdown of the amount,
 * the basis of the claim with its schedule of documents, the sums to fall due of a proof of claim.
 */
final class DocumentDrafting {

    private DocumentDrafting() {
    }

    /** The breakdown of what the statement leaves owed on its date, plus an incurred penalty clause. */
    static AmountBreakdown breakdown(RouteFacts f, InterestStatement s, InterestOptions options) {
        Claim claim = f.claim();
        List<Reason> reasons = new ArrayList<>(s.explanation().reasons());
        Optional<Rate> contractual = contractualRate(claim, s.regime(), options);
        InterestClaimed interest = interest(f, s, contractual);
        AmountBreakdown.Builder builder = AmountBreakdown.builder().asOf(s.asOf()).interest(interest)
                .compensation(s.compensation());
        builder.addLine(BreakdownLine.builder().kind(BreakdownLineKind.PRINCIPAL)
                .description("Principal of " + describe(claim.origin(), claim.reference(), claim.issueDate(),
                        f.currentDueDate()))
                .amount(s.principal()).claimReference(claim.reference()).from(claim.issueDate()).build());
        if (s.creditNotes().isPositive()) {
            builder.addLine(BreakdownLine.builder().kind(BreakdownLineKind.CREDIT_NOTE)
                    .description("Credit notes issued against the principal").amount(s.creditNotes()).build());
        }
        if (s.totalInterest().isPositive()) {
            builder.addLine(BreakdownLine.builder().kind(BreakdownLineKind.INTEREST)
                    .description("Interest: " + interest.rateBasis() + ", from " + interest.from().orElseThrow()
                            + " to " + interest.to().orElseThrow())
                    .amount(s.totalInterest()).from(interest.from()).to(interest.to())
                    .addAllReferences(interest.references()).build());
        }
        FixedRecoveryCompensation compensation = s.compensation();
        if (compensation.isOwed()) {
            builder.addLine(BreakdownLine.builder().kind(BreakdownLineKind.RECOVERY_COMPENSATION)
                    .description(compensation.additionalCompensation().isPositive()
                            ? "Fixed compensation for recovery costs, and further proven recovery costs"
                            : "Fixed compensation for recovery costs")
                    .amount(compensation.total()).from(compensation.dueFrom())
                    .addAllReferences(compensationReferences(compensation)).build());
            reasons.addAll(compensation.explanation().reasons());
        }
        Optional<Amount> penalty = penalty(f, s.asOf(), s.regime(), reasons);
        penalty.ifPresent(p -> builder.addLine(BreakdownLine.builder().kind(BreakdownLineKind.PENALTY_CLAUSE)
                .description("Sum stipulated by the penalty clause of the contract").amount(p)
                .addReferences(RouteLaw.CIV_1231_5).build()));
        for (ImputedPayment payment : s.payments()) {
            Amount applied = payment.amount().minus(payment.unapplied());
            if (applied.isPositive()) {
                builder.addLine(BreakdownLine.builder().kind(BreakdownLineKind.PAYMENT)
                        .description("Payment received on " + payment.date()).amount(applied).from(payment.date())
                        .build());
            }
        }
        if (s.unappliedPayments().isPositive()) {
            reasons.add(Reason.of("Payments of " + s.unappliedPayments() + " exceed everything owed and are not "
                    + "deducted"));
        }
        if (s.assumesUnpublishedRates()) {
            reasons.add(Reason.of("Some interest uses the latest published rate in place of a rate not yet published, "
                    + "as the caller's options allow; recompute once it is published"));
        }
        Amount zero = Amount.zero(claim.currency());
        return builder.penaltyClause(penalty)
                .principalOutstanding(s.outstandingPrincipal())
                .interestOutstanding(s.outstandingInterest().plus(s.outstandingCapitalisedInterest()))
                .compensationOutstanding(s.outstandingCosts())
                .total(s.balance().plus(penalty.orElse(zero)))
                .explanation(Explanation.of(reasons))
                .build();
    }

    /** The basis of the claim and the schedule of documents, the invoice first. */
    static ClaimBasis basis(RouteFacts f, AmountBreakdown amount) {
        Claim claim = f.claim();
        Set<LegalReference> legal = new LinkedHashSet<>(amount.interest().references());
        if (amount.compensation().isOwed()) {
            legal.addAll(compensationReferences(amount.compensation()));
        }
        if (amount.penaltyClause().isPresent()) {
            legal.add(RouteLaw.CIV_1231_5);
        }
        List<Evidence> documents = new ArrayList<>();
        boolean invoiceListed = claim.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.INVOICE);
        if (claim.origin() == ClaimOrigin.INVOICE && !invoiceListed) {
            documents.add(Evidence.of(EvidenceKind.INVOICE, "Invoice " + claim.reference(), claim.issueDate()));
        }
        documents.addAll(claim.evidence());
        return ClaimBasis.builder()
                .claimReference(claim.reference())
                .origin(claim.origin())
                .issueDate(claim.issueDate())
                .performanceDate(claim.performanceDate())
                .dueDate(f.currentDueDate())
                .description(describe(claim.origin(), claim.reference(), claim.issueDate(), f.currentDueDate()))
                .addAllLegalBasis(legal)
                .addAllDocuments(documents)
                .build();
    }

    /**
     * The parts of the outstanding principal not yet due on a date, latest first as payments go to the earliest debts
     * (C. civ. art. 1342-10), returned in due-date order.
     */
    static List<Instalment> toFallDue(RouteFacts f, LocalDate date, Amount outstandingPrincipal) {
        Claim claim = f.claim();
        List<Instalment> schedule = claim.instalments().isEmpty()
                ? List.of(Instalment.of(f.currentDueDate(), claim.principal())) : claim.instalments();
        Deque<Instalment> result = new ArrayDeque<>();
        Amount remaining = outstandingPrincipal;
        for (int i = schedule.size() - 1; i >= 0 && remaining.isPositive(); i--) {
            Instalment instalment = schedule.get(i);
            if (!instalment.dueDate().isAfter(date)) {
                break;
            }
            Amount part = instalment.amount().min(remaining);
            result.addFirst(Instalment.of(instalment.dueDate(), part));
            remaining = remaining.minus(part);
        }
        return List.copyOf(result);
    }

    private static String describe(ClaimOrigin origin, String reference, LocalDate issued, LocalDate due) {
        String kind;
        switch (origin) {
            case INVOICE:
                kind = "invoice";
                break;
            case CONTRACT:
                kind = "contract";
                break;
            case LOAN:
                kind = "loan agreement";
                break;
            case JUDGMENT:
                kind = "judgment";
                break;
            default:
                kind = "claim";
                break;
        }
        return kind + " " + reference + " of " + issued + ", due on " + due;
    }

    private static Optional<Rate> contractualRate(Claim claim, InterestRegime regime, InterestOptions options) {
        if (regime != InterestRegime.CONTRACTUAL_RATE && regime != InterestRegime.FRENCH_COMMERCIAL_RATE) {
            return Optional.empty();
        }
        return options.contractualRate().or(claim::contractualInterestRate);
    }

    private static InterestClaimed interest(RouteFacts f, InterestStatement s, Optional<Rate> contractual) {
        List<InterestLine> lines = s.lines();
        Optional<LocalDate> to = lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1).to());
        return InterestClaimed.builder()
                .regime(s.regime())
                .contractualRate(contractual)
                .rateBasis(rateBasis(f, s, contractual))
                .from(lines.isEmpty() ? Optional.empty() : s.interestFrom())
                .to(to)
                .addAllLines(lines)
                .total(s.totalInterest())
                .addAllReferences(s.regime().references())
                .build();
    }

    private static String rateBasis(RouteFacts f, InterestStatement s, Optional<Rate> contractual) {
        boolean floor = s.lines().stream().anyMatch(l -> l.hasNote(LineNote.FLOOR_APPLIED));
        boolean increased = s.lines().stream().anyMatch(l -> l.hasNote(LineNote.JUDGMENT_INCREASE));
        String basis;
        switch (s.regime()) {
            case FRENCH_COMMERCIAL_RATE:
                basis = contractual.map(r -> "contractual late-payment rate of " + r
                        + (floor ? ", raised to three times the legal rate where lower" : ""))
                        .orElse("ECB main refinancing rate of each semester plus 10 points");
                break;
            case FRENCH_LEGAL_RATE:
                basis = "French legal interest rate of each semester, "
                        + (f.creditor().kind() == PartyKind.CONSUMER
                                ? "for a creditor who is a natural person not acting for professional needs"
                                : "in all other cases");
                break;
            case BELGIAN_COMMERCIAL_RATE:
                basis = "Belgian late-payment rate of each semester";
                break;
            case BELGIAN_LEGAL_RATE:
                basis = "Belgian legal interest rate of each year";
                break;
            default:
                basis = contractual.map(r -> "contractual rate of " + r).orElse("contractual rate");
                break;
        }
        return increased ? basis + ", increased by five points from two months after the decision was served" : basis;
    }

    private static List<LegalReference> compensationReferences(FixedRecoveryCompensation compensation) {
        List<LegalReference> references = compensation.explanation().references();
        return references.isEmpty() ? List.of(FixedRecoveryCompensation.REFERENCE) : references;
    }

    /**
     * The penalty clause, where the claim has one and it is incurred: under French law only once the debtor is put on
     * notice, except for definitive non-performance (C. civ. art. 1231-5); a writ counts as a notice (art. 1344).
     */
    private static Optional<Amount> penalty(RouteFacts f, LocalDate asOf, InterestRegime regime,
            List<Reason> reasons) {
        Optional<Amount> clause = f.claim().penaltyClause();
        if (clause.isEmpty()) {
            return Optional.empty();
        }
        Amount sum = clause.get();
        if (regime.jurisdiction().filter(j -> j == Jurisdiction.BELGIUM).isPresent()) {
            reasons.add(Reason.of("The penalty clause of " + sum + " is claimed as the contract states; its conditions "
                    + "and caps under Belgian law are not checked by the library"));
            return clause;
        }
        Optional<LocalDate> notice = Optional.empty();
        for (CaseEvent event : f.file().eventsUntil(asOf)) {
            if (event instanceof CaseEvent.FormalNoticeSent || event instanceof CaseEvent.FormalNoticeDelivered
                    || event instanceof CaseEvent.CourtActionFiled) {
                notice = Optional.of(event.date());
                break;
            }
        }
        if (notice.isEmpty()) {
            reasons.add(Reason.of("The penalty clause of " + sum + " is not claimed: except for definitive "
                    + "non-performance it is incurred only once the debtor is put on notice, and no formal notice is "
                    + "recorded (unless the contract provides that the mere expiry of the term puts him on notice)",
                    RouteLaw.CIV_1231_5, RouteLaw.CIV_1344));
            return Optional.empty();
        }
        reasons.add(Reason.of("The penalty clause of " + sum + " is incurred since the debtor was put on notice on "
                + notice.get() + "; the judge may moderate a manifestly excessive or derisory penalty",
                RouteLaw.CIV_1231_5));
        return clause;
    }
}
