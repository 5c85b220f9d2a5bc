package org.recouvrement.dunning;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;

/**
 * One level of a dunning policy (<i>niveau de relance</i>): what to do, when, through which channels, with which
 * template, and on what basis.
 *
 * <pre>{@code
 * DunningStep firm = DunningStep.builder()
 *     .key("firm-reminder")
 *     .kind(StepKind.FIRM_REMINDER)
 *     .trigger(StepTrigger.daysAfterPreviousStep(14))
 *     .addChannel(Channel.EMAIL)
 *     .addChannel(Channel.LETTER)
 *     .templateKey("firm-reminder")
 *     .chargesCosts(true)
 *     .basis(Reason.of("Late-payment penalties and the 40 € compensation are due without reminder",
 *         LegalCode.COMMERCIAL_CODE.article("L441-10")))
 *     .build();
 * }</pre>
 *
 * <p>Building checks the step: the key is made of letters, digits, {@code '-'}, {@code '_'} and {@code '.'}; a
 * contact step has at least one channel, a phone call only the phone task channel and no other step that channel; no
 * channel is listed twice; the minimum amount is not negative. Errors are {@link InvalidPolicyException}.
 */
@Value.Immutable
public abstract class DunningStep {

    DunningStep() {
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
     * Builds a {@link DunningStep}. Required: key, kind, trigger, template key, basis; channels are required for a
     * contact step.
     */
    public static final class Builder extends ImmutableDunningStep.Builder {
        Builder() {
        }
    }

    /**
     * Returns the stable key of the step, unique within its policy. Action identifiers carry it, so changing it
     * changes the identifiers of the actions proposed for the step.
     *
     * @return the key, such as {@code "firm-reminder"}
     */
    public abstract String key();

    /**
     * Returns what the step does.
     *
     * @return the kind
     */
    public abstract StepKind kind();

    /**
     * Returns when the step falls due.
     *
     * @return the trigger
     */
    public abstract StepTrigger trigger();

    /**
     * Returns the smallest outstanding principal for which the step is taken. A claim below it is not skipped
     * silently: the decision proposes that a person waive the step or close the claim.
     *
     * @return the minimum, if any
     */
    public abstract Optional<Amount> minimumAmount();

    /**
     * Returns the channels the step uses, in the policy's order of preference.
     *
     * @return the channels; at least one for a contact step
     */
    public abstract List<Channel> channels();

    /**
     * Returns the key of the template the letter or task is rendered with, such as a document kind of the letters
     * module ({@code "formal-notice"}).
     *
     * @return the template key
     */
    public abstract String templateKey();

    /**
     * Tells whether a person must validate the action before it is executed.
     *
     * @return by default true for a formal notice and the terminal kinds ({@link StepKind#requiresValidationByDefault()})
     */
    @Value.Default
    public boolean requiresValidation() {
        return kind().requiresValidationByDefault();
    }

    /**
     * Tells whether the step's letter may claim recovery costs on top of principal and interest: the fixed recovery
     * compensation owed by a professional debtor and a contractual penalty. The penalty is claimed only once the
     * debtor has been put on notice, by this step if it is a formal notice (C. civ. art. 1231-5). For a consumer in
     * Belgium, costs are never claimed by the first reminder nor before its waiting time has run (CDE art. XIX.2),
     * whatever this says.
     *
     * @return true if costs are claimed; false by default
     */
    @Value.Default
    public boolean chargesCosts() {
        return false;
    }

    /**
     * Returns why the step is there: its legal basis, or a statement that it is practice and not law.
     *
     * @return the basis, given as a reason in every action proposed for the step
     */
    public abstract Reason basis();

    /**
     * Tells whether the step rests on practice only: its basis cites no legal reference.
     *
     * @return true for a practice step
     */
    public boolean isPractice() {
        return basis().references().isEmpty();
    }

    /**
     * Returns a copy of this step with another trigger.
     *
     * @param trigger the trigger
     * @return the new step
     */
    public DunningStep withTrigger(StepTrigger trigger) {
        return copy(Checks.present(trigger, "trigger"), minimumAmount(), channels(), requiresValidation(),
                chargesCosts());
    }

    /**
     * Returns a copy of this step with a minimum amount.
     *
     * @param minimum the smallest outstanding principal for which the step is taken
     * @return the new step
     */
    public DunningStep withMinimumAmount(Amount minimum) {
        return copy(trigger(), Optional.of(Checks.present(minimum, "minimum")), channels(), requiresValidation(),
                chargesCosts());
    }

    /**
     * Returns a copy of this step with other channels.
     *
     * @param channels the channels, in order of preference
     * @return the new step
     */
    public DunningStep withChannels(List<Channel> channels) {
        return copy(trigger(), minimumAmount(), Checks.present(channels, "channels"), requiresValidation(),
                chargesCosts());
    }

    /**
     * Returns a copy of this step that does or does not need a person's validation.
     *
     * @param validation true if a person must validate the action
     * @return the new step
     */
    public DunningStep withRequiresValidation(boolean validation) {
        return copy(trigger(), minimumAmount(), channels(), validation, chargesCosts());
    }

    /**
     * Returns a copy of this step that does or does not claim costs.
     *
     * @param costs true if the letter claims recovery costs
     * @return the new step
     */
    public DunningStep withChargesCosts(boolean costs) {
        return copy(trigger(), minimumAmount(), channels(), requiresValidation(), costs);
    }

    private DunningStep copy(StepTrigger trigger, Optional<Amount> minimum, List<Channel> channels,
            boolean validation, boolean costs) {
        return builder().key(key()).kind(kind()).trigger(trigger).minimumAmount(minimum).addAllChannels(channels)
                .templateKey(templateKey()).requiresValidation(validation).chargesCosts(costs).basis(basis()).build();
    }

    @Value.Check
    void check() {
        checkKey("key", key());
        if (templateKey().isBlank()) {
            throw new InvalidPolicyException("templateKey", "''", "must not be blank");
        }
        if (kind().isContact() && channels().isEmpty()) {
            throw new InvalidPolicyException("channels", "[]", "must hold at least one channel for a " + kind()
                    + " step, which contacts the debtor");
        }
        for (int i = 0; i < channels().size(); i++) {
            Channel channel = channels().get(i);
            if (channels().subList(0, i).contains(channel)) {
                throw new InvalidPolicyException("channels[" + i + "]", channel, "is listed twice");
            }
            if (kind() == StepKind.PHONE_CALL && channel != Channel.PHONE_TASK) {
                throw new InvalidPolicyException("channels[" + i + "]", channel, "is not possible for a PHONE_CALL step; "
                        + "use PHONE_TASK");
            }
            if (kind() != StepKind.PHONE_CALL && channel == Channel.PHONE_TASK) {
                throw new InvalidPolicyException("channels[" + i + "]", channel, "is possible only for a PHONE_CALL step");
            }
        }
        if (minimumAmount().isPresent() && minimumAmount().get().isNegative()) {
            throw new InvalidPolicyException("minimumAmount", minimumAmount().get(), "must not be negative");
        }
    }

    static void checkKey(String field, String key) {
        if (key.isEmpty() || key.length() > 64) {
            throw new InvalidPolicyException(field, "'" + key + "'", "must have 1 to 64 characters");
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            if (!allowed) {
                throw new InvalidPolicyException(field, "'" + key + "'", "may hold only letters, digits, '-', '_' and "
                        + "'.'; it is part of action identifiers");
            }
        }
    }
}
