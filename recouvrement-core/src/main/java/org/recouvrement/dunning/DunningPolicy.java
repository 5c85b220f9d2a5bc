package org.recouvrement.dunning;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.internal.Checks;

/**
 * A dunning policy (<i>scénario de relance</i>): the ordered steps a claim goes through, the minimum spacing and the
 * cap on the contacts with one debtor, and how the steps of several claims of a debtor are grouped.
 *
 * <p>Steps are passed in order, one at a time: a step is passed when an action proposed for it is recorded as
 * executed or rejected, or when a waiver of it is recorded ({@code CaseEvent.StepWaived}); none is skipped silently.
 * See {@link DunningPlanner} for how the dates are computed.
 *
 * <pre>{@code
 * DunningPolicy policy = DunningPolicy.builder()
 *     .name("Small customers")
 *     .addStep(courteous)
 *     .addStep(firm)
 *     .addStep(formalNotice)
 *     .minimumSpacingDays(5)
 *     .contactCap(ContactCap.of(3, 30))
 *     .grouping(Grouping.PER_DEBTOR_AND_STEP)
 *     .build();
 * String json = policy.toJson();
 * DunningPolicy.parse(json).equals(policy); // true
 * }</pre>
 *
 * <p>Building checks the policy and throws {@link InvalidPolicyException} naming the path of the fault
 * ({@code steps[2].key}): at least one step; unique keys; the first step counted from the due date; two successive
 * steps counted from the due date in the same unit in increasing order; the delays within bounds. The shipped policies
 * are in {@link DunningPresets}.
 */
@Value.Immutable
public abstract class DunningPolicy {

    DunningPolicy() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link DunningPolicy}. Required: name and at least one step; every other attribute has a default.
     */
    public static final class Builder extends ImmutableDunningPolicy.Builder {
        Builder() {
        }
    }

    /**
     * Reads a policy from its JSON form, as {@link #toJson()} writes it. Nothing is read from a file: the caller
     * supplies the text.
     *
     * @param json the JSON text
     * @return the policy
     * @throws InvalidPolicyException if the text is not valid JSON, has an unknown or missing attribute, or describes
     *     an invalid policy; the field is the path of the fault, such as {@code steps[2].trigger.offset}
     */
    public static DunningPolicy parse(CharSequence json) {
        Checks.present(json, "json");
        return PolicyJson.read(json.toString());
    }

    /**
     * Returns the name of the policy, unique within a {@link PolicySet}.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * Returns the steps, in the order they are passed.
     *
     * @return the steps, at least one
     */
    public abstract List<DunningStep> steps();

    /**
     * Returns the minimum number of days between two contacts with the same debtor: a contact step is not proposed
     * before that many days have passed since the last contact (by any of the debtor's claims, an ERP-recorded
     * reminder or formal notice included). Zero allows several contacts on the same day.
     *
     * @return the days; 0 by default
     */
    @Value.Default
    public int minimumSpacingDays() {
        return 0;
    }

    /**
     * Returns the cap on contacts with one debtor, if any.
     *
     * @return the cap
     */
    public abstract Optional<ContactCap> contactCap();

    /**
     * Returns how the steps of several claims of a debtor due on the same day are grouped.
     *
     * @return the grouping; {@link Grouping#PER_DEBTOR_AND_STEP} by default
     */
    @Value.Default
    public Grouping grouping() {
        return Grouping.PER_DEBTOR_AND_STEP;
    }

    /**
     * Returns the number of days after the last step was passed at which the decision proposes, explicitly, that the
     * policy is exhausted for the claim (rather than falling silent).
     *
     * @return the days, at least 1; 15 by default
     */
    @Value.Default
    public int exhaustedAfterDays() {
        return 15;
    }

    /**
     * Returns the number of days after its earliest date within which an action should be executed; its latest date.
     *
     * @return the days; 7 by default
     */
    @Value.Default
    public int actionWindowDays() {
        return 7;
    }

    /**
     * Returns the number of days an instalment of a payment plan may be late before it counts as missed.
     *
     * @return the days; 0 by default
     */
    @Value.Default
    public int instalmentGraceDays() {
        return 0;
    }

    /**
     * Tells whether the payment plans the creditor agrees include an acceleration clause (<i>clause de déchéance du
     * terme</i>): on a missed instalment, the decision proposes to declare the whole balance due. Without it, dunning
     * resumes for the instalments missed only.
     *
     * @return true with an acceleration clause; false by default
     */
    @Value.Default
    public boolean accelerationClause() {
        return false;
    }

    /**
     * Returns how many days before a claim becomes time-barred the decision warns that reminders do not interrupt
     * limitation.
     *
     * @return the days; 90 by default
     */
    @Value.Default
    public int limitationWarningDays() {
        return 90;
    }

    /**
     * Returns the step of a key.
     *
     * @param key the step key
     * @return the step, or empty if the policy has none of that key
     */
    public Optional<DunningStep> step(String key) {
        Checks.present(key, "key");
        int index = indexOf(key);
        return index < 0 ? Optional.empty() : Optional.of(steps().get(index));
    }

    /**
     * Returns the JSON form of the policy, which {@link #parse(CharSequence)} reads back into an equal policy. The
     * output is deterministic: same policy, same text.
     *
     * @return the JSON text
     */
    public String toJson() {
        return PolicyJson.write(this);
    }

    /**
     * Returns a copy of this policy with another name.
     *
     * @param name the name
     * @return the new policy
     */
    public DunningPolicy withName(String name) {
        return copy(Checks.present(name, "name"), steps(), minimumSpacingDays(), contactCap(), grouping());
    }

    /**
     * Returns a copy of this policy with other steps.
     *
     * @param steps the steps, in order
     * @return the new policy
     */
    public DunningPolicy withSteps(List<DunningStep> steps) {
        return copy(name(), Checks.present(steps, "steps"), minimumSpacingDays(), contactCap(), grouping());
    }

    /**
     * Returns a copy of this policy in which a step replaces the step of the same key.
     *
     * @param step the new step
     * @return the new policy
     * @throws InvalidPolicyException if the policy has no step of that key
     */
    public DunningPolicy withStep(DunningStep step) {
        Checks.present(step, "step");
        int index = indexOf(step.key());
        if (index < 0) {
            throw new InvalidPolicyException("step.key", "'" + step.key() + "'", "is not the key of a step of policy '"
                    + name() + "'");
        }
        List<DunningStep> steps = new java.util.ArrayList<>(steps());
        steps.set(index, step);
        return withSteps(steps);
    }

    /**
     * Returns a copy of this policy with another minimum spacing between contacts.
     *
     * @param days the days
     * @return the new policy
     */
    public DunningPolicy withMinimumSpacingDays(int days) {
        return copy(name(), steps(), days, contactCap(), grouping());
    }

    /**
     * Returns a copy of this policy with another cap on contacts, or none.
     *
     * @param cap the cap, or empty for none
     * @return the new policy
     */
    public DunningPolicy withContactCap(Optional<ContactCap> cap) {
        return copy(name(), steps(), minimumSpacingDays(), Checks.present(cap, "cap"), grouping());
    }

    /**
     * Returns a copy of this policy with another grouping.
     *
     * @param grouping the grouping
     * @return the new policy
     */
    public DunningPolicy withGrouping(Grouping grouping) {
        return copy(name(), steps(), minimumSpacingDays(), contactCap(), Checks.present(grouping, "grouping"));
    }

    private DunningPolicy copy(String name, List<DunningStep> steps, int spacing, Optional<ContactCap> cap,
            Grouping grouping) {
        return builder().name(name).addAllSteps(steps).minimumSpacingDays(spacing).contactCap(cap).grouping(grouping)
                .exhaustedAfterDays(exhaustedAfterDays()).actionWindowDays(actionWindowDays())
                .instalmentGraceDays(instalmentGraceDays()).accelerationClause(accelerationClause())
                .limitationWarningDays(limitationWarningDays()).build();
    }

    int indexOf(String key) {
        List<DunningStep> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new InvalidPolicyException("name", "''", "must not be blank");
        }
        List<DunningStep> steps = steps();
        if (steps.isEmpty()) {
            throw new InvalidPolicyException("steps", "[]", "must hold at least one step");
        }
        for (int i = 0; i < steps.size(); i++) {
            DunningStep step = steps.get(i);
            for (int j = 0; j < i; j++) {
                if (steps.get(j).key().equals(step.key())) {
                    throw new InvalidPolicyException("steps[" + i + "].key", "'" + step.key() + "'",
                            "is already the key of steps[" + j + "]; keys must be unique");
                }
            }
            StepTrigger trigger = step.trigger();
            if (i == 0 && trigger.anchor() == Anchor.PREVIOUS_STEP) {
                throw new InvalidPolicyException("steps[0].trigger.anchor", Anchor.PREVIOUS_STEP,
                        "is impossible for the first step, which has no previous step; count it from DUE_DATE");
            }
            if (i > 0 && trigger.anchor() == Anchor.DUE_DATE) {
                StepTrigger previous = steps.get(i - 1).trigger();
                if (previous.anchor() == Anchor.DUE_DATE && previous.unit() == trigger.unit()
                        && trigger.offset() <= previous.offset()) {
                    throw new InvalidPolicyException("steps[" + i + "].trigger.offset", trigger.offset(),
                            "must be greater than the offset " + previous.offset() + " of steps[" + (i - 1)
                                    + "], also counted from the due date");
                }
            }
        }
        requireBetween("minimumSpacingDays", minimumSpacingDays(), 0, 3650);
        requireBetween("exhaustedAfterDays", exhaustedAfterDays(), 1, 3650);
        requireBetween("actionWindowDays", actionWindowDays(), 0, 3650);
        requireBetween("instalmentGraceDays", instalmentGraceDays(), 0, 365);
        requireBetween("limitationWarningDays", limitationWarningDays(), 0, 3650);
    }

    private static void requireBetween(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidPolicyException(field, value, "must be between " + min + " and " + max);
        }
    }
}
