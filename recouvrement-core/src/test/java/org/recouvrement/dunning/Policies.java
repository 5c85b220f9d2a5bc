package org.recouvrement.dunning;

import org.recouvrement.law.LegalCode;
import org.recouvrement.law.Reason;

/**
 * Small policies for scenario tests, easier to follow than the presets.
 */
final class Policies {

    private Policies() {
    }

    static DunningStep step(String key, StepKind kind, StepTrigger trigger, Channel... channels) {
        DunningStep.Builder builder = DunningStep.builder().key(key).kind(kind).trigger(trigger).templateKey(key)
                .basis(Reason.of("Test step " + key + "."));
        for (Channel channel : channels) {
            builder.addChannel(channel);
        }
        return builder.build();
    }

    /**
     * Four steps: r1 seven days after the due date (e-mail); r2 ten days later (e-mail); notice ten days later
     * (registered letter, with a legal basis); route fifteen days later.
     */
    static DunningPolicy.Builder fourSteps() {
        return DunningPolicy.builder()
                .name("test")
                .addStep(step("r1", StepKind.COURTEOUS_REMINDER, StepTrigger.daysAfterDueDate(7), Channel.EMAIL))
                .addStep(step("r2", StepKind.FIRM_REMINDER, StepTrigger.daysAfterPreviousStep(10), Channel.EMAIL))
                .addStep(DunningStep.builder().key("notice").kind(StepKind.FORMAL_NOTICE)
                        .trigger(StepTrigger.daysAfterPreviousStep(10)).addChannel(Channel.REGISTERED_LETTER)
                        .templateKey("formal-notice")
                        .basis(Reason.of("Formal notice", LegalCode.CIVIL_CODE.article("1344"))).build())
                .addStep(step("route", StepKind.RECOVERY_ROUTE, StepTrigger.daysAfterPreviousStep(15)));
    }
}
