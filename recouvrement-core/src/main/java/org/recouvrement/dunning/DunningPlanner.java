package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestOptions;
import org.recouvrement.law.Reason;
import org.recouvrement.party.Party;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The dunning planner: given the cases of a portfolio, the creditor's policies and a date, what should be done now,
 * and why (<i>facts + policy + date → decision</i>).
 *
 * <pre>{@code
 * DunningDecision decision = DunningPlanner.standard().decide(cases, PolicySet.standard(), LocalDate.of(2026, 3, 25));
 * for (ProposedAction action : decision.actions()) {
 *     send(action);                                        // the caller renders and sends
 *     for (ActionItem item : action.items()) {
 *         store(item.caseId(), action.executed(today));    // and records what it did
 *     }
 * }
 * }</pre>
 *
 * <h2>How the state of a case is read</h2>
 * The state is read from the case's timeline only, up to the date of the decision; the planner keeps nothing between
 * calls. A step is <b>passed</b> when an action proposed for it is recorded as executed ({@code ActionExecuted}) or
 * rejected ({@code ActionRejected}), or when a waiver of it is recorded ({@code StepWaived}); each distinct step action
 * recorded on a case passes exactly one step, the next one, so a letter grouping claims at different levels advances
 * each claim by one level. Reminders and formal notices the ERP recorded itself ({@code ReminderSent},
 * {@code FormalNoticeSent}) count as contacts with the debtor (for the spacing, the cap, and the start of the Belgian
 * consumer's waiting time) but do not pass steps; {@link ProposedAction#contactEvent} gives the one to record next to
 * the execution, so that the other engines see the contact. Several contacts on one day count once. A reminder
 * scheduled before the due date that was not taken by the due date lapses: it is passed as of the due date, reported
 * in the next action's reasons, and never sent late.
 *
 * <h2>When the next step falls due</h2>
 * A step counted from the due date falls on the due date (the new one after a {@code DueDatePostponed}) plus its
 * offset; a step counted from the previous step, on the day the previous step was passed plus its offset, or on the new
 * due date plus its offset if the due date was postponed since. A partial payment after the last step restarts the
 * current wait: the step falls no earlier than the payment plus the step's wait (its offset, or for a step counted
 * from the due date, its offset less the previous step's). A step never falls on the day the previous one was passed,
 * nor before the day after a pause ended. The level is never changed by a payment or a postponement: only the timing.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li><b>Pure and deterministic.</b> The same cases, policies and date give an equal decision, whatever the order
 *       of evaluation, the number of threads, the locale or the time zone. Deciding never sends nor stores anything.
 *       </li>
 *   <li><b>Idempotent.</b> Once the actions of a decision are recorded as executed on their date, the same decision
 *       rerun that day proposes nothing: no step falls on the day its predecessor was passed, no other proposal is
 *       repeated once answered, and action identifiers are stable.</li>
 *   <li><b>Catch-up, once.</b> A batch that did not run for days proposes, for each claim, only the next step (with
 *       its original earliest date), never several levels at once; the following steps come in order on later runs,
 *       spaced by the contact rules.</li>
 *   <li><b>Sequential escalation.</b> Steps are passed in order, one at a time; none is skipped without a recorded
 *       waiver or rejection (a lapsed pre-due reminder aside). A step whose minimum amount the claim does not reach is not skipped: a
 *       {@link ActionKind#BELOW_STEP_MINIMUM} proposal asks a person to decide.</li>
 *   <li><b>Contact rules.</b> No contact step is proposed for a debtor (with the same creditor) less than the policy's
 *       minimum spacing after the last contact by any of the debtor's claims, nor beyond the policy's cap; the step is
 *       deferred and the snapshot says until when and why.</li>
 *   <li><b>Pauses.</b> No step is proposed for a claim under dispute (only that claim is paused), a promise to pay
 *       until its date, an honoured payment plan, a mediation, a small-claims procedure, an impediment, court
 *       proceedings, or insolvency proceedings, which call for the proof of claim only, with its deadline.</li>
 *   <li><b>Terminal states.</b> A paid, written-off, handed-off or routed claim gets nothing more; a time-barred claim
 *       gets an explicit {@link ActionKind#CLOSE_TIME_BARRED} proposal, never a threat; a claim past the last step gets
 *       an explicit {@link ActionKind#POLICY_EXHAUSTED} proposal, not silence.</li>
 *   <li><b>Grouping.</b> Steps of several claims of a debtor due the same day make one communication per debtor and
 *       step, per debtor, or per claim, as the policy says.</li>
 * </ul>
 *
 * <h2>Cost</h2>
 * Deciding is linear in the number of cases and events. For a case with nothing due it reads the timeline once and
 * allocates a snapshot; limitation is assessed only when the claim could be near its end; interest statements are
 * computed only when the caller asks an item or a snapshot for its amounts; the reasons of an action are composed when
 * the caller asks for them ({@link ProposedAction#reasons()}). The cases are grouped by creditor and debtor, then each
 * debtor is decided as one task: large collections are decided with a parallel stream of debtors unless
 * {@link #withParallelism(boolean)} turns it off; the result is the same.
 *
 * <p>Immutable and thread-safe.
 */
public final class DunningPlanner {

    private static final int PARALLEL_THRESHOLD = 2048;
    private static final List<String> NO_IDS = List.of();
    private static final Comparator<ProposedAction> BY_ID = Comparator.comparing(ProposedAction::id);

    private final AmountsCalculator amounts;
    private final LegalFacts legal;
    private final boolean parallel;

    private DunningPlanner(AmountsCalculator amounts, LegalFacts legal, boolean parallel) {
        this.amounts = amounts;
        this.legal = legal;
        this.parallel = parallel;
    }

    /**
     * Returns the planner with the standard interest calculator and its default options, and the standard
     * limitation and route engines.
     *
     * @return the planner
     */
    public static DunningPlanner standard() {
        return Standard.PLANNER;
    }

    private static final class Standard {
        static final DunningPlanner PLANNER = new DunningPlanner(
                new AmountsCalculator(InterestCalculator.standard(), InterestOptions.defaults()),
                StandardLegalFacts.INSTANCE, true);
    }

    /**
     * Returns a planner computing amounts with the given interest options, for example
     * {@link org.recouvrement.interest.UnknownRatePolicy#USE_LATEST_KNOWN_RATE} for dates whose statutory rate is not
     * yet published (the amounts then say so).
     *
     * @param options the interest options
     * @return a new planner
     */
    public DunningPlanner withInterestOptions(InterestOptions options) {
        Checks.present(options, "options");
        return new DunningPlanner(new AmountsCalculator(amounts.calculator(), options), legal, parallel);
    }

    /**
     * Returns a planner computing interest with the given calculator (other rate tables).
     *
     * @param calculator the interest calculator
     * @return a new planner
     */
    public DunningPlanner withInterestCalculator(InterestCalculator calculator) {
        Checks.present(calculator, "calculator");
        return new DunningPlanner(new AmountsCalculator(calculator, amounts.options()), legal, parallel);
    }

    /**
     * Returns a planner that evaluates large collections in parallel or not. The decision is the same either way.
     *
     * @param parallel true to use a parallel stream for large collections (the default)
     * @return a new planner
     */
    public DunningPlanner withParallelism(boolean parallel) {
        return new DunningPlanner(amounts, legal, parallel);
    }

    DunningPlanner withLegalFacts(LegalFacts facts) {
        return new DunningPlanner(amounts, Checks.present(facts, "facts"), parallel);
    }

    /**
     * Decides what to do for one case.
     *
     * @param file the case
     * @param policies the policies
     * @param asOf the date of the decision
     * @return the decision
     */
    public DunningDecision decide(RecoveryCase file, PolicySet policies, LocalDate asOf) {
        Checks.present(file, "file");
        return decide(List.of(file), policies, asOf);
    }

    /**
     * Decides what to do for every case of a portfolio on a date.
     *
     * @param cases the cases; their ids (claim references) must be unique among a debtor's claims
     * @param policies the policies
     * @param asOf the date of the decision
     * @return the decision
     * @throws InvalidValueException if two claims of the same debtor and creditor have the same reference
     */
    public DunningDecision decide(Collection<? extends RecoveryCase> cases, PolicySet policies, LocalDate asOf) {
        Checks.present(cases, "cases");
        Checks.present(policies, "policies");
        Checks.present(asOf, "asOf");
        RecoveryCase[] files = cases.toArray(new RecoveryCase[0]);
        for (RecoveryCase file : files) {
            Checks.present(file, "cases[]");
        }
        Debtors debtors = Debtors.of(files);
        Context context = new Context(files, policies, asOf, new CaseEvaluator(asOf, legal, false),
                asOf.minusDays(lookBack(policies)), new CaseSnapshot[files.length],
                new DunningWarning[files.length][]);
        boolean inParallel = parallel && files.length >= PARALLEL_THRESHOLD;
        IntStream indices = IntStream.range(0, debtors.count());
        List<List<ProposedAction>> perDebtor = (inParallel ? indices.parallel() : indices)
                .mapToObj(debtor -> decideDebtor(context, debtors, debtor))
                .collect(Collectors.toList());

        List<ProposedAction> actions = ordered(perDebtor, inParallel);
        List<DunningWarning> warnings = new ArrayList<>();
        for (DunningWarning[] some : context.warnings()) {
            if (some != null) {
                warnings.addAll(Arrays.asList(some));
            }
        }
        return ImmutableDunningDecision.of(asOf, actions, Arrays.asList(context.snapshots()), warnings);
    }

    /**
     * Returns the actions of every debtor, in debtor order, sorted by earliest date then identifier; equal keys keep
     * their order. The dates are sorted as numbers first, so that identifiers are compared only between actions of
     * the same day; in parallel, the days are sorted and their actions ordered on every core.
     */
    private static List<ProposedAction> ordered(List<List<ProposedAction>> perDebtor, boolean inParallel) {
        int count = 0;
        for (List<ProposedAction> some : perDebtor) {
            count += some.size();
        }
        ProposedAction[] all = new ProposedAction[count];
        long[] keys = new long[count];
        int n = 0;
        for (List<ProposedAction> some : perDebtor) {
            for (ProposedAction action : some) {
                keys[n] = action.earliestDate().toEpochDay() << 32 | n;
                all[n++] = action;
            }
        }
        if (inParallel) {
            Arrays.parallelSort(keys);
        } else {
            Arrays.sort(keys);
        }
        ProposedAction[] sorted = new ProposedAction[count];
        List<int[]> days = new ArrayList<>();
        int from = 0;
        while (from < count) {
            int to = from + 1;
            while (to < count && keys[to] >> 32 == keys[from] >> 32) {
                to++;
            }
            days.add(new int[] {from, to});
            from = to;
        }
        Stream<int[]> dayStream = inParallel ? days.parallelStream() : days.stream();
        dayStream.forEach(day -> {
            for (int i = day[0]; i < day[1]; i++) {
                sorted[i] = all[(int) keys[i]];
            }
            if (day[1] - day[0] > 1) {
                Arrays.sort(sorted, day[0], day[1], BY_ID);
            }
        });
        return Arrays.asList(sorted);
    }

    // ------------------------------------------------------------------------------------------- per debtor

    /**
     * What every debtor's decision shares: the cases, the policies, the date, the evaluator, the first day of a
     * contact that counts for the spacing and the cap, and where each case's snapshot and warnings go (each debtor
     * writes the slots of its own cases only).
     */
    private record Context(RecoveryCase[] files, PolicySet policies, LocalDate asOf, CaseEvaluator evaluator,
            LocalDate recent, CaseSnapshot[] snapshots, DunningWarning[][] warnings) {
    }

    /** A step deferred by the contact rules: until when and why. */
    private record Deferral(LocalDate until, Reason reason) {
    }

    /**
     * What groups the steps of a debtor into one communication: the policy, and the claim (per claim), nothing more
     * (per debtor) or the step (per debtor and step). A step key never equals a case id's role here: the policy's
     * grouping decides which one the second part is.
     */
    private record UnitKey(String policy, String part) {
    }

    /** The actions of one debtor, and by position among its cases, the action covering each and its deferral. */
    private record GroupOutcome(List<ProposedAction> actions, ProposedAction[] actionOf, Deferral[] deferralOf) {
    }

    /**
     * Decides for the cases of one debtor (with one creditor): evaluates each case, groups the steps due into
     * communications under the contact rules, proposes the other actions, and writes each case's snapshot and
     * warnings into its slot. The debtor's territory and policy are asked once.
     */
    private List<ProposedAction> decideDebtor(Context context, Debtors debtors, int debtor) {
        RecoveryCase[] files = context.files();
        int[] members = debtors.members(debtor);
        Party party = files[members[0]].claim().debtor();
        Territory territory = party.territory();
        DunningPolicy debtorPolicy = context.policies().debtorPolicy(party, territory);
        CaseState[] states = new CaseState[members.length];
        boolean stepDue = false;
        int others = 0;
        for (int i = 0; i < members.length; i++) {
            RecoveryCase file = files[members[i]];
            DunningPolicy policy = context.policies().claimPolicy(file.claim());
            states[i] = context.evaluator().evaluate(file, policy != null ? policy : debtorPolicy, territory);
            Candidate candidate = states[i].candidate();
            stepDue |= isStep(candidate);
            others += candidate != null && !isStep(candidate) ? 1 : 0;
        }
        GroupOutcome outcome = stepDue ? debtorActions(states, others, context.recent(), context.asOf()) : null;
        List<ProposedAction> actions = outcome == null ? new ArrayList<>(others) : outcome.actions();
        for (int i = 0; i < members.length; i++) {
            CaseState state = states[i];
            Candidate candidate = state.candidate();
            ProposedAction action = null;
            if (candidate != null && candidate.kind() != ActionKind.STEP) {
                action = singleAction(state, candidate, context.asOf());
                actions.add(action);
            } else if (outcome != null) {
                action = outcome.actionOf()[i];
            }
            Deferral deferral = outcome == null ? null : outcome.deferralOf()[i];
            List<String> ids = action == null ? NO_IDS : List.of(action.id());
            context.snapshots()[members[i]] = snapshot(state, context.asOf(), ids, deferral);
            if (!state.warnings().isEmpty()) {
                context.warnings()[members[i]] = state.warnings().toArray(new DunningWarning[0]);
            }
        }
        return actions;
    }

    private static boolean isStep(Candidate candidate) {
        return candidate != null && candidate.kind() == ActionKind.STEP;
    }

    private static int lookBack(PolicySet policies) {
        int days = 1;
        for (DunningPolicy policy : policies.policies()) {
            days = Math.max(days, policy.minimumSpacingDays());
            if (policy.contactCap().isPresent()) {
                days = Math.max(days, policy.contactCap().get().days());
            }
        }
        return days;
    }

    /**
     * Groups the steps due for a debtor into communications, in order, under the policy's contact rules: the contacts
     * that count are those of every case of the debtor recently contacted, the steps proposed today included.
     *
     * @param others how many other actions the debtor's cases call for, to size the list of actions
     */
    private GroupOutcome debtorActions(CaseState[] states, int others, LocalDate recent, LocalDate asOf) {
        List<Integer> due = new ArrayList<>();
        int contactCount = 0;
        for (int i = 0; i < states.length; i++) {
            List<LocalDate> contacts = states[i].contacts();
            if (isStep(states[i].candidate())) {
                due.add(i);
                contactCount += contacts.size();
            } else if (!contacts.isEmpty() && !contacts.get(contacts.size() - 1).isBefore(recent)) {
                contactCount += contacts.size();
            }
        }
        // The distinct contact days, as epoch days in ascending order, with room for today.
        long[] days = new long[contactCount + 1];
        int size = 0;
        for (int i = 0; i < states.length; i++) {
            List<LocalDate> contacts = states[i].contacts();
            if (isStep(states[i].candidate())
                    || !contacts.isEmpty() && !contacts.get(contacts.size() - 1).isBefore(recent)) {
                for (LocalDate contact : contacts) {
                    days[size++] = contact.toEpochDay();
                }
            }
        }
        Arrays.sort(days, 0, size);
        size = distinct(days, size);

        due.sort(Comparator.comparing(i -> states[i].id()));
        for (int i = 1; i < due.size(); i++) {
            String id = states[due.get(i)].id();
            if (id.equals(states[due.get(i - 1)].id())) {
                throw new InvalidValueException("cases", "'" + id + "'", "holds two claims of the same "
                        + "debtor with this reference; case ids must be unique");
            }
        }
        Map<UnitKey, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i : due) {
            CaseState state = states[i];
            DunningPolicy policy = state.policy();
            UnitKey key;
            switch (policy.grouping()) {
                case PER_CLAIM:
                    key = new UnitKey(policy.name(), state.id());
                    break;
                case PER_DEBTOR:
                    key = new UnitKey(policy.name(), "");
                    break;
                default:
                    key = new UnitKey(policy.name(), state.candidate().step().key());
                    break;
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
        }
        List<Unit> units = new ArrayList<>(byKey.size());
        for (List<Integer> members : byKey.values()) {
            units.add(Unit.of(states, members));
        }
        units.sort(UNIT_ORDER);

        List<ProposedAction> actions = new ArrayList<>(units.size() + others);
        ProposedAction[] actionOf = new ProposedAction[states.length];
        Deferral[] deferralOf = new Deferral[states.length];
        long today = asOf.toEpochDay();
        for (Unit unit : units) {
            DunningPolicy policy = unit.states().get(0).policy();
            boolean contact = false;
            for (CaseState state : unit.states()) {
                contact |= state.candidate().isContactStep();
            }
            Deferral floor = null;
            if (contact) {
                floor = contactFloor(policy, days, size, asOf);
                if (floor != null && floor.until().isAfter(asOf)) {
                    for (int i : unit.members()) {
                        deferralOf[i] = floor;
                    }
                    continue;
                }
                if (size == 0 || days[size - 1] != today) {
                    days[size++] = today;
                }
            }
            ProposedAction action = stepAction(unit.states(), floor, asOf);
            actions.add(action);
            for (int i : unit.members()) {
                actionOf[i] = action;
            }
        }
        return new GroupOutcome(actions, actionOf, deferralOf);
    }

    /** Removes the repeated values of a sorted array's first {@code size} values; returns how many remain. */
    private static int distinct(long[] values, int size) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (kept == 0 || values[kept - 1] != values[i]) {
                values[kept++] = values[i];
            }
        }
        return kept;
    }

    /**
     * The claims of one communication, by position among the debtor's cases, with what orders communications: the
     * earliest date, the highest level (first), the first case id.
     */
    private record Unit(List<CaseState> states, List<Integer> members, LocalDate earliest, int level,
            String firstId) {

        static Unit of(CaseState[] all, List<Integer> members) {
            List<CaseState> states = new ArrayList<>(members.size());
            LocalDate earliest = null;
            int level = -1;
            for (int i : members) {
                Candidate candidate = all[i].candidate();
                states.add(all[i]);
                if (earliest == null || candidate.earliest().isBefore(earliest)) {
                    earliest = candidate.earliest();
                }
                level = Math.max(level, candidate.stepIndex());
            }
            return new Unit(states, members, earliest, level, states.get(0).id());
        }
    }

    private static final Comparator<Unit> UNIT_ORDER = Comparator.comparing(Unit::earliest)
            .thenComparing(Comparator.comparingInt(Unit::level).reversed())
            .thenComparing(Unit::firstId);

    /**
     * Returns the first day a contact with the debtor is allowed by the policy's spacing and cap, with the reason, or
     * null if nothing constrains it.
     *
     * @param days the distinct contact days, as epoch days in ascending order, none after the date of the decision
     */
    private static Deferral contactFloor(DunningPolicy policy, long[] days, int size, LocalDate asOf) {
        LocalDate floor = null;
        Reason reason = null;
        int spacing = policy.minimumSpacingDays();
        if (spacing > 0 && size > 0) {
            LocalDate last = LocalDate.ofEpochDay(days[size - 1]);
            LocalDate until = last.plusDays(spacing);
            floor = until;
            reason = Reason.lazy(() -> "The debtor was last contacted on " + last + "; policy '" + policy.name()
                    + "' requires " + spacing + " days between two contacts: not before " + until);
        }
        if (policy.contactCap().isPresent()) {
            ContactCap cap = policy.contactCap().get();
            long today = asOf.toEpochDay();
            long from = today - (cap.days() - 1L);
            int first = size;
            while (first > 0 && days[first - 1] >= from) {
                first--;
            }
            int count = size - first;
            boolean allowed = size > 0 && days[size - 1] == today ? count <= cap.contacts() : count < cap.contacts();
            if (!allowed) {
                LocalDate until = LocalDate.ofEpochDay(days[first + count - cap.contacts()]).plusDays(cap.days());
                if (floor == null || until.isAfter(floor)) {
                    floor = until;
                    reason = Reason.lazy(() -> "The debtor was contacted on " + count + " days of the last "
                            + cap.days() + "; policy '" + policy.name() + "' allows " + cap + ": not before "
                            + until);
                }
            }
        }
        return floor == null ? null : new Deferral(floor, reason);
    }

    private ProposedAction stepAction(List<CaseState> unit, Deferral floor, LocalDate asOf) {
        DunningPolicy policy = unit.get(0).policy();
        CaseState leading = unit.get(0);
        for (CaseState state : unit) {
            if (state.candidate().stepIndex() > leading.candidate().stepIndex()) {
                leading = state;
            }
        }
        DunningStep step = leading.candidate().step();
        List<String> caseIds = new ArrayList<>(unit.size());
        List<String> stepKeys = new ArrayList<>(unit.size());
        List<ActionItem> items = new ArrayList<>(unit.size());
        boolean validation = false;
        for (CaseState state : unit) {
            Candidate candidate = state.candidate();
            caseIds.add(state.id());
            stepKeys.add(candidate.step().key());
            validation |= candidate.requiresValidation();
            items.add(item(state, candidate, asOf));
        }
        LocalDate earliest = null;
        for (CaseState state : unit) {
            LocalDate date = state.candidate().earliest();
            if (earliest == null || date.isAfter(earliest)) {
                earliest = date;
            }
        }
        Reason contactRule = null;
        if (floor != null && floor.until().isAfter(earliest)) {
            earliest = floor.until();
            contactRule = floor.reason();
        }
        return ImmutableProposedAction.of(ActionIds.step(step.key(), caseIds, stepKeys), ActionKind.STEP,
                policy.name(), Optional.of(step), items, leading.file().claim().creditor(),
                leading.file().claim().debtor(), step.channels(), Optional.of(step.templateKey()), earliest,
                earliest.plusDays(policy.actionWindowDays()), policy, legal, Optional.ofNullable(contactRule),
                validation);
    }

    private ProposedAction singleAction(CaseState state, Candidate candidate, LocalDate asOf) {
        LocalDate latest = candidate.latest() != null ? candidate.latest()
                : candidate.earliest().plusDays(state.policy().actionWindowDays());
        Optional<String> template = candidate.kind() == ActionKind.PROOF_OF_CLAIM ? Optional.of("proof-of-claim")
                : Optional.empty();
        return ImmutableProposedAction.of(candidate.id(), candidate.kind(), state.policy().name(),
                Optional.ofNullable(candidate.step()), List.of(item(state, candidate, asOf)),
                state.file().claim().creditor(), state.file().claim().debtor(), List.of(), template,
                candidate.earliest(), latest, state.policy(), legal, Optional.empty(), candidate.requiresValidation());
    }

    private ActionItem item(CaseState state, Candidate candidate, LocalDate asOf) {
        return ImmutableActionItem.of(state.id(), Optional.ofNullable(candidate.step()), candidate.claimsCosts(),
                state.file(), asOf, amounts, state.consumerRules(), candidate.penaltyAllowed(), state.arrears(),
                candidate.costReasons());
    }

    private CaseSnapshot snapshot(CaseState state, LocalDate asOf, List<String> actionIds, Deferral deferral) {
        LocalDate next = deferral != null ? deferral.until() : state.nextDate();
        return ImmutableCaseSnapshot.of(state.id(), asOf, state.status(), state.policy().name(), state.stepsPassed(),
                Optional.ofNullable(state.nextStep()), Optional.ofNullable(next), Optional.ofNullable(state.pause()),
                deferral == null ? Optional.empty() : Optional.of(deferral.reason()), state.balance(), actionIds,
                state.file(), amounts, legal);
    }
}
