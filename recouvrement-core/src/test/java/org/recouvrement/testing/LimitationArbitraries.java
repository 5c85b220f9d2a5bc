package org.recouvrement.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

/**
 * jqwik generators of recovery cases whose timelines exercise limitation: claims of every kind the limitation rules
 * distinguish, and coherent timelines of acknowledgements, payments, payment plans, reminders, formal notices,
 * suspensions that end after they start, court actions that end in a decision (served or not), a withdrawal, a lapse
 * or a dismissal, enforcement measures, insolvency proceedings.
 *
 * <p>Every case is valid: events never precede the claim, every suspension or court action that ends started
 * before, amounts are in euros and positive. Some suspensions and court actions are left open, as in real files.
 */
public final class LimitationArbitraries {

    /**
     * The first day generated claims can arise on: well before 19 June 2008, so that claims born under the former
     * periods (thirty civil years, ten commercial years) meet the transition of loi 2008-561 (C. civ. art. 2222
     * al. 2; loi 2008-561 art. 26 II) with events on either side of that day.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    /** The last day generated claims can arise on. */
    public static final LocalDate LATEST = LocalDate.of(2026, 12, 31);

    private LimitationArbitraries() {
    }

    /**
     * Days between two dates, both included.
     *
     * @param from the first day
     * @param to the last day, not before {@code from}
     * @return the generator
     */
    public static Arbitrary<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    /**
     * Claims of every kind limitation distinguishes: an invoice between French merchants, a French company's invoice
     * to a consumer (with or without a completion date, before or after the invoice), a consumer credit (payable at
     * once or by instalments), a consumer contract by instalments, a claim between private persons, a claim against
     * an association, a judgment, a Belgian invoice between merchants or to a consumer, a Belgian lease by monthly
     * instalments. Amounts from 100.00 to 50,000.00 euros.
     *
     * @return the generator
     */
    public static Arbitrary<Claim> claims() {
        return claims(EARLIEST, LATEST);
    }

    /**
     * Claims of every kind, as {@link #claims()}, issued between two dates.
     *
     * @param from the first issue date
     * @param to the last issue date, not before {@code from}
     * @return the generator
     */
    public static Arbitrary<Claim> claims(LocalDate from, LocalDate to) {
        Arbitrary<LocalDate> issued = datesBetween(from, to);
        Arbitrary<Integer> term = Arbitraries.integers().between(0, 90);
        Arbitrary<Integer> completion = Arbitraries.integers().between(-120, 0);
        Arbitrary<Integer> profile = Arbitraries.integers().between(0, 11);
        Arbitrary<Integer> cents = Arbitraries.integers().between(10_000, 5_000_000);
        Arbitrary<Integer> count = Arbitraries.integers().between(2, 8);
        return Combinators.combine(profile, issued, term, completion, cents, count)
                .as(LimitationArbitraries::claim);
    }

    private static Claim claim(int profile, LocalDate issue, int term, int completion, int cents, int count) {
        Amount principal = Amount.euros(BigDecimal.valueOf(cents, 2));
        Claim.Builder builder = Claim.builder().reference("L-" + profile + "-" + issue).principal(principal)
                .issueDate(issue).dueDate(profile == 8 ? issue : issue.plusDays(term));
        switch (profile) {
            case 0:
                builder.creditor(Samples.frenchCompany()).debtor(Samples.otherFrenchCompany())
                        .origin(ClaimOrigin.INVOICE).performanceDate(issue.plusDays(completion));
                break;
            case 1:
                builder.creditor(Samples.frenchCompany()).debtor(Samples.frenchConsumer()).origin(ClaimOrigin.INVOICE)
                        .performanceDate(issue.plusDays(completion));
                break;
            case 2:
                builder.creditor(Samples.frenchCompany()).debtor(Samples.frenchConsumer()).origin(ClaimOrigin.INVOICE);
                break;
            case 3:
                builder.creditor(Samples.frenchCompany()).debtor(Samples.frenchConsumer()).origin(ClaimOrigin.LOAN);
                break;
            case 4:
                return withInstalments(Claim.builder().reference("L-4-" + issue).creditor(Samples.frenchCompany())
                        .debtor(Samples.frenchConsumer()).origin(ClaimOrigin.LOAN).issueDate(issue), issue, count, 1,
                        principal);
            case 5:
                return withInstalments(Claim.builder().reference("L-5-" + issue).creditor(Samples.frenchCompany())
                        .debtor(Samples.frenchConsumer()).origin(ClaimOrigin.CONTRACT).issueDate(issue), issue, count,
                        12, principal);
            case 6:
                builder.creditor(Samples.frenchConsumerAt("33000", "Bordeaux")).debtor(Samples.frenchConsumer())
                        .origin(ClaimOrigin.OTHER);
                break;
            case 7:
                builder.creditor(Samples.frenchCompany()).debtor(association()).origin(ClaimOrigin.INVOICE);
                break;
            case 8:
                builder.creditor(Samples.frenchCompany()).debtor(Samples.otherFrenchCompany())
                        .origin(ClaimOrigin.JUDGMENT);
                break;
            case 9:
                builder.creditor(Samples.belgianCompany()).debtor(belgianMerchant()).origin(ClaimOrigin.INVOICE);
                break;
            case 10:
                builder.creditor(Samples.belgianCompany()).debtor(Samples.belgianConsumer())
                        .origin(ClaimOrigin.INVOICE);
                break;
            default:
                return withInstalments(Claim.builder().reference("L-11-" + issue).creditor(Samples.belgianCompany())
                        .debtor(Samples.belgianConsumer()).origin(ClaimOrigin.CONTRACT).issueDate(issue), issue,
                        count, 1, principal);
        }
        return builder.build();
    }

    private static Claim withInstalments(Claim.Builder builder, LocalDate issue, int count, int monthsApart,
            Amount principal) {
        List<Amount> amounts = principal.splitEvenly(count);
        List<Instalment> instalments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            instalments.add(Instalment.of(issue.plusMonths((long) (i + 1) * monthsApart), amounts.get(i)));
        }
        return builder.principal(principal).dueDate(instalments.get(0).dueDate()).addAllInstalments(instalments)
                .build();
    }

    private static Party association() {
        return Party.builder().kind(PartyKind.NON_PROFESSIONAL_LEGAL_PERSON).name("Association du Quartier")
                .address(Samples.address("75011", "Paris", "FR")).build();
    }

    private static Party belgianMerchant() {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Vlaamse Bouw BV")
                .address(Samples.address("9000", "Gent", "BE")).build();
    }

    /**
     * Recovery cases: a generated claim and a coherent timeline of up to eight episodes.
     *
     * @return the generator
     */
    public static Arbitrary<RecoveryCase> recoveryCases() {
        return recoveryCases(EARLIEST, LATEST);
    }

    /**
     * Recovery cases, as {@link #recoveryCases()}, whose claims were issued between two dates.
     *
     * @param from the first issue date
     * @param to the last issue date, not before {@code from}
     * @return the generator
     */
    public static Arbitrary<RecoveryCase> recoveryCases(LocalDate from, LocalDate to) {
        return claims(from, to).flatMap(claim -> timelines(claim).map(events -> RecoveryCase.of(claim, events)));
    }

    /**
     * Coherent timelines for a claim: up to eight episodes within 25 years of the day the claim arose, each one
     * event or a coherent sequence (a suspension and its end, a court action and how it ended, insolvency
     * proceedings).
     *
     * @param claim the claim
     * @return the generator of events, in no particular order
     */
    public static Arbitrary<List<CaseEvent>> timelines(Claim claim) {
        LocalDate arose = arose(claim);
        return episodes(arose, arose.plusYears(25)).list().ofMaxSize(8).map(LimitationArbitraries::flatten);
    }

    /**
     * Events that interrupt a limitation period under French law: an acknowledgement, a part payment, a payment plan,
     * an enforcement measure of each kind.
     *
     * @param from the first day
     * @param to the last day
     * @return the generator
     */
    public static Arbitrary<CaseEvent> interruptions(LocalDate from, LocalDate to) {
        return Combinators.combine(Arbitraries.integers().between(0, 5), datesBetween(from, to))
                .as((kind, date) -> {
                    switch (kind) {
                        case 0: return new CaseEvent.DebtAcknowledged(date);
                        case 1: return new CaseEvent.PaymentReceived(date, Amount.euros(50));
                        case 2: return plan(date, 2, Amount.euros(100));
                        case 3: return new CaseEvent.EnforcementMeasureTaken(date, EnforcementKind.FORCED_EXECUTION);
                        case 4: return new CaseEvent.EnforcementMeasureTaken(date, EnforcementKind.COMMAND_TO_PAY);
                        default: return new CaseEvent.EnforcementMeasureTaken(date,
                                EnforcementKind.CONSERVATORY_MEASURE);
                    }
                });
    }

    /**
     * A suspension and its end, the end from the same day to two years after the start: a mediation, a conciliation,
     * a participatory procedure, the small-claims procedure, a measure of inquiry or an impediment.
     *
     * @param from the first day a suspension can start
     * @param to the last day it can start
     * @return the generator of two events, the start then the end
     */
    public static Arbitrary<List<CaseEvent>> suspensions(LocalDate from, LocalDate to) {
        return Combinators.combine(Arbitraries.integers().between(0, 5), datesBetween(from, to),
                Arbitraries.integers().between(0, 730)).as((kind, start, days) -> suspension(kind, start,
                        start.plusDays(days)));
    }

    /**
     * Reminders and formal notices, by any channel.
     *
     * @param from the first day
     * @param to the last day
     * @return the generator
     */
    public static Arbitrary<CaseEvent> remindersAndFormalNotices(LocalDate from, LocalDate to) {
        return Combinators.combine(Arbitraries.integers().between(0, 2), datesBetween(from, to),
                Arbitraries.of(ContactChannel.class)).as((kind, date, channel) -> kind == 0
                        ? new CaseEvent.ReminderSent(date, channel)
                        : kind == 1 ? new CaseEvent.FormalNoticeSent(date, channel)
                        : new CaseEvent.FormalNoticeDelivered(date));
    }

    /**
     * Events of the parties that do not depend on a court: interruptions, reminders, a suspension's start, a
     * postponed due date, an acceleration, a proof of claim.
     *
     * @param from the first day
     * @param to the last day
     * @return the generator
     */
    public static Arbitrary<CaseEvent> extrajudicialEvents(LocalDate from, LocalDate to) {
        Arbitrary<CaseEvent> others = Combinators.combine(Arbitraries.integers().between(0, 4), datesBetween(from, to),
                Arbitraries.integers().between(0, 400)).as((kind, date, days) -> {
                    switch (kind) {
                        case 0: return new CaseEvent.AmicableProcessStarted(date, AmicableProcess.MEDIATION);
                        case 1: return new CaseEvent.ImpedimentStarted(date, "force majeure");
                        case 2: return new CaseEvent.DueDatePostponed(date, date.plusDays(days));
                        case 3: return new CaseEvent.AccelerationDeclared(date);
                        default: return new CaseEvent.ProofOfClaimFiled(date, Amount.euros(100));
                    }
                });
        return Arbitraries.oneOf(interruptions(from, to), remindersAndFormalNotices(from, to), others);
    }

    /**
     * Returns the day a claim arose: the earlier of its issue and performance dates.
     *
     * @param claim the claim
     * @return the day
     */
    public static LocalDate arose(Claim claim) {
        LocalDate issue = claim.issueDate();
        return claim.performanceDate().filter(p -> p.isBefore(issue)).orElse(issue);
    }

    private static Arbitrary<List<CaseEvent>> episodes(LocalDate from, LocalDate to) {
        return Combinators.combine(Arbitraries.integers().between(0, 19), datesBetween(from, to),
                Arbitraries.integers().between(0, 1500), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 100_000)).as(LimitationArbitraries::episode);
    }

    private static List<CaseEvent> episode(int kind, LocalDate d, int days, int variant, int cents) {
        Amount amount = Amount.euros(BigDecimal.valueOf(cents, 2));
        LocalDate later = d.plusDays(days);
        switch (kind) {
            case 0: return List.of(new CaseEvent.DebtAcknowledged(d));
            case 1:
            case 2: return List.of(new CaseEvent.PaymentReceived(d, amount));
            case 3: return List.of(plan(d, variant + 1, amount));
            case 4: return List.of(new CaseEvent.ReminderSent(d, ContactChannel.EMAIL));
            case 5: return variant == 0 ? List.of(new CaseEvent.FormalNoticeSent(d, ContactChannel.REGISTERED_LETTER))
                    : List.of(new CaseEvent.FormalNoticeSent(d, ContactChannel.REGISTERED_LETTER),
                            new CaseEvent.FormalNoticeDelivered(d.plusDays(variant)));
            case 6: return List.of(new CaseEvent.PromiseToPay(d, d.plusDays(30), amount),
                    new CaseEvent.DisputeOpened(d, "amount disputed"), new CaseEvent.DisputeClosed(later));
            case 7: return List.of(new CaseEvent.AccelerationDeclared(d));
            case 8: return List.of(new CaseEvent.DueDatePostponed(d, d.plusDays(days % 200)));
            case 9: return List.of(new CaseEvent.EnforcementMeasureTaken(d, EnforcementKind.values()[variant % 3]));
            case 10: {
                List<CaseEvent> events = new ArrayList<>();
                events.add(new CaseEvent.InsolvencyOpened(d, InsolvencyKind.REORGANISATION,
                        Optional.of(d.plusDays(10))));
                events.add(new CaseEvent.ProofOfClaimFiled(d.plusDays(30), amount));
                if (variant > 0) {
                    events.add(new CaseEvent.InsolvencyClosed(later.plusDays(30)));
                }
                return events;
            }
            case 11:
            case 12:
            case 13:
            case 14: {
                List<CaseEvent> pair = suspension(kind - 11 + (kind == 14 ? variant % 3 : 0), d, later.minusDays(
                        days / 2));
                return variant == 3 ? List.of(pair.get(0)) : pair;
            }
            case 15:
            case 16:
            case 17: return court(d, days, variant, amount);
            case 18: return List.of(new CaseEvent.CreditNoteIssued(d, amount), new CaseEvent.PaymentPlanBreached(later));
            default: return List.of(new CaseEvent.ImpedimentStarted(d, "force majeure"),
                    new CaseEvent.ImpedimentEnded(d.plusDays(days % 365)));
        }
    }

    private static List<CaseEvent> suspension(int kind, LocalDate start, LocalDate end) {
        switch (kind) {
            case 0:
            case 1:
            case 2: {
                AmicableProcess process = AmicableProcess.values()[kind];
                return List.of(new CaseEvent.AmicableProcessStarted(start, process),
                        new CaseEvent.AmicableProcessEnded(end, process));
            }
            case 3: return List.of(new CaseEvent.SmallClaimsProcedureAccepted(start),
                    new CaseEvent.SmallClaimsProcedureRefused(end));
            case 4: return List.of(new CaseEvent.MeasureOfInquiryOrdered(start),
                    new CaseEvent.MeasureOfInquiryCompleted(end));
            default: return List.of(new CaseEvent.ImpedimentStarted(start, "force majeure"),
                    new CaseEvent.ImpedimentEnded(end));
        }
    }

    private static List<CaseEvent> court(LocalDate filed, int days, int variant, Amount amount) {
        LocalDate end = filed.plusDays(days % 900);
        CaseEvent filing = new CaseEvent.CourtActionFiled(filed, CourtProceedings.values()[days % 3]);
        switch (variant) {
            case 0: return List.of(filing, new CaseEvent.DecisionRendered(end, DecisionKind.JUDGMENT,
                    Optional.of(amount)), new CaseEvent.DecisionServed(end.plusDays(days % 60)));
            case 1: return List.of(filing, new CaseEvent.DecisionRendered(end, DecisionKind.ORDER_FOR_PAYMENT,
                    Optional.empty()));
            case 2: return List.of(filing, days % 2 == 0 ? new CaseEvent.CourtActionWithdrawn(end)
                    : days % 3 == 0 ? new CaseEvent.CourtActionLapsed(end) : new CaseEvent.CourtActionDismissed(end));
            default: return List.of(filing);
        }
    }

    private static CaseEvent.PaymentPlanAgreed plan(LocalDate date, int count, Amount amount) {
        List<Instalment> instalments = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            instalments.add(Instalment.of(date.plusMonths(i), amount));
        }
        return new CaseEvent.PaymentPlanAgreed(date, instalments);
    }

    private static List<CaseEvent> flatten(List<List<CaseEvent>> episodes) {
        List<CaseEvent> events = new ArrayList<>();
        episodes.forEach(events::addAll);
        return events;
    }
}
