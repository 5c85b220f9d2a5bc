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
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.Instalment;
import org.recouvrement.dunning.Anchor;
import org.recouvrement.dunning.Channel;
import org.recouvrement.dunning.ContactCap;
import org.recouvrement.dunning.DunningPolicy;
import org.recouvrement.dunning.DunningStep;
import org.recouvrement.dunning.Grouping;
import org.recouvrement.dunning.OffsetUnit;
import org.recouvrement.dunning.StepKind;
import org.recouvrement.dunning.StepTrigger;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.recovery.AmicableProcess;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;

/**
 * jqwik generators for dunning: valid policies of every shape, and portfolios of a few debtors with a few claims each,
 * whose timelines hold payments, disputes, promises, reminders the ERP sent itself, postponed due dates, mediations,
 * court actions, insolvencies and payment plans.
 *
 * <p>Due dates fall between {@link #FIRST_DUE} and {@link #LAST_DUE}, and every event within 120 days after its
 * claim's due date, so that a run of daily decisions from {@link #FIRST_DUE} minus ten days over 150 days sees
 * everything happen. Claims are between French companies: a policy set of one policy covers them.
 *
 * <p>Use the static factories, or register the class as a domain ({@code @Domain(DunningArbitraries.class)}) to get
 * {@link DunningPolicy} and {@link Scenario} by type.
 */
public class DunningArbitraries extends DomainContextBase {

    /** The earliest due date of a generated claim. */
    public static final LocalDate FIRST_DUE = LocalDate.of(2026, 1, 5);
    /** The latest due date of a generated claim. */
    public static final LocalDate LAST_DUE = LocalDate.of(2026, 2, 27);

    private static final Party CREDITOR = Samples.frenchCompany();
    private static final List<Party> DEBTORS = List.of(
            debtor("Brasserie du Port SAS", "44000", "Nantes"),
            debtor("Menuiserie Arnaud SARL", "33000", "Bordeaux"),
            debtor("Transports Keller SAS", "67000", "Strasbourg"),
            debtor("Pharmacie des Lilas SELARL", "97200", "Fort-de-France"));
    private static final StepKind[] CONTACT_KINDS = {StepKind.COURTEOUS_REMINDER, StepKind.FIRM_REMINDER,
        StepKind.PHONE_CALL, StepKind.FORMAL_NOTICE};
    private static final StepKind[] LAST_KINDS = {StepKind.COURTEOUS_REMINDER, StepKind.FIRM_REMINDER,
        StepKind.FORMAL_NOTICE, StepKind.COLLECTION_AGENCY_HANDOFF, StepKind.RECOVERY_ROUTE,
        StepKind.WRITE_OFF_PROPOSAL};

    /**
     * A portfolio to decide on, with the policy and the days to decide over.
     *
     * @param policy the policy of every claim
     * @param cases the cases, with unique ids
     * @param from the first day to decide on
     * @param to the last day to decide on, inclusive
     */
    public record Scenario(DunningPolicy policy, List<RecoveryCase> cases, LocalDate from, LocalDate to) {
    }

    /** Creates the domain. */
    public DunningArbitraries() {
    }

    @Provide
    Arbitrary<DunningPolicy> providePolicies() {
        return policies();
    }

    @Provide
    Arbitrary<Scenario> provideScenarios() {
        return scenarios();
    }

    private static Party debtor(String name, String postalCode, String city) {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name(name)
                .address(Samples.address(postalCode, city, "FR")).build();
    }

    /**
     * Valid policies of one to five steps: a first step counted from the due date (possibly before it), the others
     * from the previous step or the due date, in calendar or working days, contact steps then possibly a terminal one;
     * spacing from 0 to 7 days, sometimes a cap, every grouping.
     *
     * @return the generator
     */
    public static Arbitrary<DunningPolicy> policies() {
        Arbitrary<List<List<Integer>>> steps = Arbitraries.integers().between(0, 9999).list().ofSize(8)
                .list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<List<Integer>> settings = Arbitraries.integers().between(0, 9999).list().ofSize(8);
        return Combinators.combine(steps, settings).as(DunningArbitraries::policy);
    }

    private static DunningPolicy policy(List<List<Integer>> specs, List<Integer> settings) {
        DunningPolicy.Builder builder = DunningPolicy.builder().name("generated");
        int previousDueOffset = Integer.MIN_VALUE;
        boolean previousFromDueDate = false;
        for (int i = 0; i < specs.size(); i++) {
            List<Integer> r = specs.get(i);
            boolean last = i == specs.size() - 1;
            StepKind kind = last ? LAST_KINDS[r.get(0) % LAST_KINDS.length] : CONTACT_KINDS[r.get(0) % CONTACT_KINDS.length];
            StepTrigger trigger;
            OffsetUnit unit = r.get(3) % 5 == 0 ? OffsetUnit.WORKING_DAYS : OffsetUnit.CALENDAR_DAYS;
            if (i == 0) {
                int offset = r.get(2) % 28 - 7;
                trigger = StepTrigger.of(Anchor.DUE_DATE, offset, unit);
                previousDueOffset = offset;
                previousFromDueDate = true;
            } else if (r.get(1) % 3 == 0) {
                int offset = previousFromDueDate ? previousDueOffset + 1 + r.get(2) % 15 : r.get(2) % 40;
                trigger = StepTrigger.of(Anchor.DUE_DATE, offset, OffsetUnit.CALENDAR_DAYS);
                previousDueOffset = offset;
                previousFromDueDate = true;
            } else {
                trigger = StepTrigger.of(Anchor.PREVIOUS_STEP, 1 + r.get(2) % 15, unit);
                previousFromDueDate = false;
            }
            DunningStep.Builder step = DunningStep.builder().key("s" + i + "-" + kind.name().toLowerCase(java.util.Locale.ROOT))
                    .kind(kind).trigger(trigger).templateKey("t" + i)
                    .requiresValidation(r.get(5) % 4 == 0 || kind.requiresValidationByDefault())
                    .chargesCosts(r.get(6) % 2 == 0)
                    .basis(r.get(7) % 2 == 0 ? Reason.of("Generated step " + i + ".")
                            : Reason.of("Generated step " + i + " with a basis.", LegalCode.CIVIL_CODE.article("1344")));
            if (kind == StepKind.PHONE_CALL) {
                step.addChannel(Channel.PHONE_TASK);
            } else if (kind.isContact()) {
                int mask = 1 + r.get(4) % 7;
                if ((mask & 1) != 0) {
                    step.addChannel(Channel.EMAIL);
                }
                if ((mask & 2) != 0) {
                    step.addChannel(Channel.LETTER);
                }
                if ((mask & 4) != 0) {
                    step.addChannel(Channel.REGISTERED_LETTER);
                }
            }
            if (r.get(5) % 7 == 0) {
                step.minimumAmount(Amount.euros(BigDecimal.valueOf(r.get(6) % 300_000L, 2)));
            }
            builder.addStep(step.build());
        }
        builder.minimumSpacingDays(settings.get(0) % 8);
        if (settings.get(1) % 3 == 0) {
            builder.contactCap(ContactCap.of(1 + settings.get(2) % 4, 5 + settings.get(3) % 36));
        }
        builder.grouping(Grouping.values()[settings.get(4) % Grouping.values().length]);
        builder.exhaustedAfterDays(1 + settings.get(5) % 20);
        builder.instalmentGraceDays(settings.get(6) % 6);
        builder.accelerationClause(settings.get(7) % 2 == 0);
        return builder.build();
    }

    /**
     * Scenarios: a generated policy and a portfolio of one to four debtors with one to three claims each, decided
     * from ten days before {@link #FIRST_DUE} over 150 days.
     *
     * @return the generator
     */
    public static Arbitrary<Scenario> scenarios() {
        return Combinators.combine(policies(), portfolios(true))
                .as((policy, cases) -> new Scenario(policy, cases, FIRST_DUE.minusDays(10), FIRST_DUE.plusDays(140)));
    }

    /**
     * Scenarios whose timelines are empty: nothing but the claims, for properties about the schedule alone.
     *
     * @return the generator
     */
    public static Arbitrary<Scenario> quietScenarios() {
        return Combinators.combine(policies(), portfolios(false))
                .as((policy, cases) -> new Scenario(policy, cases, FIRST_DUE.minusDays(10), FIRST_DUE.plusDays(140)));
    }

    /**
     * Portfolios of one to four debtors (of the same creditor) with one to three claims each, ids {@code D<i>-C<j>}.
     *
     * @param withEvents whether to give the claims events
     * @return the generator
     */
    public static Arbitrary<List<RecoveryCase>> portfolios(boolean withEvents) {
        Arbitrary<List<Integer>> claim = Arbitraries.integers().between(0, 9999).list().ofSize(24);
        return claim.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(DEBTORS.size())
                .map(debtors -> {
                    List<RecoveryCase> cases = new ArrayList<>();
                    for (int d = 0; d < debtors.size(); d++) {
                        for (int c = 0; c < debtors.get(d).size(); c++) {
                            cases.add(recoveryCase("D" + d + "-C" + c, DEBTORS.get(d), debtors.get(d).get(c),
                                    withEvents));
                        }
                    }
                    return cases;
                });
    }

    private static RecoveryCase recoveryCase(String reference, Party debtor, List<Integer> r, boolean withEvents) {
        LocalDate due = FIRST_DUE.plusDays(r.get(0) % (LAST_DUE.toEpochDay() - FIRST_DUE.toEpochDay() + 1));
        Amount principal = Amount.euros(BigDecimal.valueOf(5_000 + r.get(1) * 50L, 2));
        Claim claim = Claim.builder().reference(reference).creditor(CREDITOR).debtor(debtor)
                .origin(ClaimOrigin.INVOICE).principal(principal).issueDate(due.minusDays(30)).dueDate(due).build();
        if (!withEvents) {
            return RecoveryCase.of(claim);
        }
        return RecoveryCase.of(claim, events(due, principal, r));
    }

    private static Amount share(Amount principal, int percent) {
        return principal.multipliedBy(BigDecimal.valueOf(percent, 2), RoundingMode.DOWN);
    }

    private static List<CaseEvent> events(LocalDate due, Amount principal, List<Integer> r) {
        List<CaseEvent> events = new ArrayList<>();
        if (r.get(2) % 10 < 3) {
            Amount part = share(principal, 10 + r.get(3) % 30);
            if (part.isPositive()) {
                events.add(new CaseEvent.PaymentReceived(due.plusDays(r.get(3) % 60), part));
            }
        }
        if (r.get(4) % 10 == 0) {
            events.add(new CaseEvent.PaymentReceived(due.plusDays(r.get(5) % 90), principal));
        }
        if (r.get(6) % 5 == 0) {
            LocalDate opened = due.plusDays(r.get(7) % 50);
            events.add(new CaseEvent.DisputeOpened(opened, "quality of the goods"));
            if (r.get(8) % 5 < 3) {
                events.add(new CaseEvent.DisputeClosed(opened.plusDays(1 + r.get(8) % 40)));
            }
        }
        if (r.get(9) % 7 == 0) {
            LocalDate made = due.plusDays(r.get(10) % 40);
            events.add(new CaseEvent.PromiseToPay(made, made.plusDays(1 + r.get(10) % 20), principal));
        }
        if (r.get(11) % 5 == 0) {
            ContactChannel channel = r.get(12) % 2 == 0 ? ContactChannel.EMAIL : ContactChannel.LETTER;
            events.add(new CaseEvent.ReminderSent(due.plusDays(r.get(12) % 30 - 5), channel));
        }
        if (r.get(13) % 10 == 0) {
            events.add(new CaseEvent.DueDatePostponed(due.plusDays(r.get(14) % 20), due.plusDays(5 + r.get(14) % 40)));
        }
        if (r.get(15) % 12 == 0) {
            LocalDate started = due.plusDays(r.get(16) % 30);
            events.add(new CaseEvent.AmicableProcessStarted(started, AmicableProcess.MEDIATION));
            if (r.get(16) % 3 != 0) {
                events.add(new CaseEvent.AmicableProcessEnded(started.plusDays(10 + r.get(16) % 40),
                        AmicableProcess.MEDIATION));
            }
        }
        if (r.get(17) % 20 == 0) {
            LocalDate opened = due.plusDays(r.get(18) % 40);
            events.add(new CaseEvent.InsolvencyOpened(opened, InsolvencyKind.REORGANISATION,
                    Optional.of(opened.plusDays(10))));
        }
        if (r.get(19) % 20 == 0) {
            LocalDate filed = due.plusDays(20 + r.get(20) % 40);
            events.add(new CaseEvent.CourtActionFiled(filed, CourtProceedings.ORDER_FOR_PAYMENT));
            if (r.get(20) % 2 == 0) {
                events.add(new CaseEvent.CourtActionWithdrawn(filed.plusDays(15)));
            }
        }
        if (r.get(21) % 8 == 0) {
            LocalDate agreed = due.plusDays(r.get(22) % 30);
            List<Amount> parts = principal.splitEvenly(3);
            List<Instalment> instalments = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                instalments.add(Instalment.of(agreed.plusDays(10).plusMonths(i), parts.get(i)));
            }
            events.add(new CaseEvent.PaymentPlanAgreed(agreed, instalments));
            int paid = r.get(23) % 4;
            for (int i = 0; i < paid; i++) {
                events.add(new CaseEvent.PaymentReceived(instalments.get(i).dueDate(), instalments.get(i).amount()));
            }
        }
        return events;
    }
}
