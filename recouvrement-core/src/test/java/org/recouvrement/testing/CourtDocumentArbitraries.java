package org.recouvrement.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.Evidence;
import org.recouvrement.claim.EvidenceKind;
import org.recouvrement.claim.Guarantee;
import org.recouvrement.claim.GuaranteeKind;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Generators of French domestic cases a court document can be drafted for: parties in metropolitan France (the pilot
 * commercial-court seats and Alsace-Moselle included), invoices, contracts and loans from 2020 with penalty clauses,
 * contractual rates, capitalisation clauses and supporting documents, and timelines of reminders, formal notices,
 * partial payments and credit notes. Every date asked lies within the statutory rate tables shipped, so interest can
 * always be computed exactly, and within two years of the due date, so that no claim is time-barred.
 */
public final class CourtDocumentArbitraries {

    /** The last day the shipped French rate tables cover. */
    public static final LocalDate LAST_RATED_DAY = InterestArbitraries.FRENCH_RATES_END;

    private CourtDocumentArbitraries() {
    }

    /**
     * A case and the date a document is drafted for.
     *
     * @param file the case
     * @param asOf the date
     */
    public record Drafting(RecoveryCase file, LocalDate asOf) {
    }

    /**
     * Parties domiciled in metropolitan France, of every kind, merchants where the kind allows.
     *
     * @return the generator
     */
    public static Arbitrary<Party> frenchParties() {
        Arbitrary<String[]> place = Arbitraries.of(new String[] {"75011", "Paris"}, new String[] {"69003", "Lyon"},
                new String[] {"44000", "Nantes"}, new String[] {"59000", "Lille"},
                new String[] {"67000", "Strasbourg"}, new String[] {"33000", "Bordeaux"},
                new String[] {"31000", "Toulouse"});
        Arbitrary<PartyKind> kind = Arbitraries.of(PartyKind.COMPANY, PartyKind.COMPANY, PartyKind.CONSUMER,
                PartyKind.PROFESSIONAL_NATURAL_PERSON, PartyKind.NON_PROFESSIONAL_LEGAL_PERSON);
        return Combinators.combine(kind, place, Arbitraries.of(true, false),
                Arbitraries.of("Dupont Matériaux", "Claire Martin", "Atelier Lumière", "Association Les Amis"))
                .as((k, p, merchant, name) -> Party.builder().kind(k)
                        .merchant(merchant && (k == PartyKind.COMPANY || k == PartyKind.PROFESSIONAL_NATURAL_PERSON))
                        .name(name).address(Samples.address(p[0], p[1], "FR")).build());
    }

    /**
     * Claims between French parties, issued from 2020 to October 2025, due within 60 days.
     *
     * @return the generator
     */
    public static Arbitrary<Claim> frenchClaims() {
        Arbitrary<Optional<Integer>> penaltyPercent = Arbitraries.integers().between(5, 15).optional();
        Arbitrary<Optional<Rate>> contractualRate = Arbitraries.integers().between(900, 1500)
                .map(bp -> Rate.ofPercent(BigDecimal.valueOf(bp, 2))).optional();
        Arbitrary<List<Evidence>> evidence = Arbitraries.of(
                Evidence.of(EvidenceKind.PURCHASE_ORDER, "Purchase order"),
                Evidence.of(EvidenceKind.DELIVERY_NOTE, "Signed delivery note"),
                Evidence.of(EvidenceKind.SIGNED_CONTRACT, "Signed contract"),
                Evidence.of(EvidenceKind.INVOICE, "Invoice"),
                Evidence.of(EvidenceKind.CORRESPONDENCE, "E-mails")).list().uniqueElements().ofMaxSize(3);
        Arbitrary<Optional<GuaranteeKind>> guarantee = Arbitraries.of(GuaranteeKind.values()).optional();
        return Combinators.combine(frenchParties(), frenchParties(), InterestArbitraries.euros(5_000, 6_000_000),
                InterestArbitraries.dates(LocalDate.of(2020, 1, 2), LocalDate.of(2025, 10, 31)),
                Arbitraries.integers().between(0, 60), Arbitraries.of(ClaimOrigin.INVOICE, ClaimOrigin.CONTRACT,
                        ClaimOrigin.LOAN), Combinators.combine(penaltyPercent, contractualRate, evidence, guarantee,
                                Arbitraries.of(true, false)).as(Extras::new))
                .as((creditor, debtor, principal, issued, term, origin, extras) -> {
                    Claim.Builder builder = Claim.builder().reference("DOC-" + issued).creditor(creditor)
                            .debtor(debtor).origin(origin).principal(principal).issueDate(issued)
                            .dueDate(issued.plusDays(term)).contractualInterestRate(extras.rate())
                            .capitalisationClause(extras.capitalisation()).addAllEvidence(extras.evidence());
                    extras.penaltyPercent().ifPresent(p -> builder.penaltyClause(
                            principal.multipliedBy(BigDecimal.valueOf(p, 2), RoundingMode.HALF_UP)));
                    extras.guarantee().ifPresent(g -> builder.addGuarantee(Guarantee.builder().kind(g).build()));
                    return builder.build();
                });
    }

    private record Extras(Optional<Integer> penaltyPercent, Optional<Rate> rate, List<Evidence> evidence,
            Optional<GuaranteeKind> guarantee, boolean capitalisation) {
    }

    /**
     * French domestic cases with a reminder, a formal notice, partial payments and a credit note, each possibly, and a
     * date after the due date: the order for payment is usually open on it.
     *
     * @return the generator
     */
    public static Arbitrary<Drafting> orderForPaymentCases() {
        return frenchClaims().flatMap(claim -> Combinators.combine(timelines(claim),
                Arbitraries.integers().between(5, 500))
                .as((events, days) -> new Drafting(RecoveryCase.of(claim, events), asOf(claim.dueDate().plusDays(days)))));
    }

    /**
     * French domestic cases in which insolvency proceedings were opened after the due date and published within a
     * month, with a date of drafting within the two months to file.
     *
     * @return the generator
     */
    public static Arbitrary<Drafting> proofOfClaimCases() {
        Arbitrary<InsolvencyKind> kinds = Arbitraries.of(InsolvencyKind.SAFEGUARD, InsolvencyKind.REORGANISATION,
                InsolvencyKind.LIQUIDATION);
        return frenchClaims().flatMap(claim -> Combinators.combine(timelines(claim), kinds,
                Arbitraries.integers().between(1, 300), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 55))
                .as((events, kind, opensAfter, publishedAfter, draftedAfter) -> {
                    LocalDate opened = claim.dueDate().plusDays(opensAfter);
                    List<CaseEvent> all = new ArrayList<>(events);
                    all.add(new CaseEvent.InsolvencyOpened(opened, kind, Optional.of(opened.plusDays(publishedAfter))));
                    return new Drafting(RecoveryCase.of(claim, all), opened.plusDays(publishedAfter + draftedAfter));
                }));
    }

    private static LocalDate asOf(LocalDate date) {
        return date.isAfter(LAST_RATED_DAY) ? LAST_RATED_DAY : date;
    }

    private static Arbitrary<List<CaseEvent>> timelines(Claim claim) {
        LocalDate due = claim.dueDate();
        Amount principal = claim.principal();
        Arbitrary<List<Integer>> paymentShares = Arbitraries.integers().between(1, 30).list().ofMaxSize(3);
        Arbitrary<Optional<Integer>> creditNoteShare = Arbitraries.integers().between(1, 10).optional();
        Arbitrary<Optional<Integer>> noticeDay = Arbitraries.integers().between(1, 200).optional();
        return Combinators.combine(paymentShares, creditNoteShare, noticeDay, Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 120))
                .as((shares, creditShare, notice, reminder, gap) -> {
                    List<CaseEvent> events = new ArrayList<>();
                    if (reminder) {
                        events.add(new CaseEvent.ReminderSent(due.plusDays(3), ContactChannel.EMAIL));
                    }
                    notice.ifPresent(day -> {
                        events.add(new CaseEvent.FormalNoticeSent(due.plusDays(day), ContactChannel.REGISTERED_LETTER));
                        events.add(new CaseEvent.FormalNoticeDelivered(due.plusDays(day + 2)));
                    });
                    creditShare.ifPresent(share -> events.add(new CaseEvent.CreditNoteIssued(
                            claim.issueDate().plusDays(1), percentOf(principal, share))));
                    int offset = 2;
                    for (int share : shares) {
                        Amount part = percentOf(principal, share);
                        if (part.isPositive()) {
                            events.add(new CaseEvent.PaymentReceived(due.plusDays(offset), part));
                        }
                        offset += gap;
                    }
                    return events;
                });
    }

    private static Amount percentOf(Amount amount, int percent) {
        return amount.multipliedBy(BigDecimal.valueOf(percent, 2), RoundingMode.DOWN);
    }
}
