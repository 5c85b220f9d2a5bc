package org.recouvrement.examples.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recouvrement.dunning.DunningPresets;
import org.recouvrement.dunning.DunningPolicy;
import org.recouvrement.dunning.PolicySet;
import org.recouvrement.examples.sample.SampleData;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;

class DunningTakeOverTest {

    private static final DunningPolicy B2B = DunningPresets.franceB2B();

    @Test
    void aFormalNoticeSentPassesEveryStepUpToTheFormalNotice() {
        RecoveryCase file = sample("FA-2021-0033");
        RecoveryCase taken = DunningTakeOver.takeOver(file, B2B);
        assertEquals(List.of("pre-due-reminder", "courteous-reminder", "firm-reminder", "phone-call", "formal-notice"),
                waivedKeys(taken));
        // The waivers are dated the last contact the ERP recorded: the formal notice of 7 February 2022.
        assertEquals(List.of(LocalDate.of(2022, 2, 7)),
                taken.events(CaseEvent.StepWaived.class).stream().map(CaseEvent::date).distinct().toList());
    }

    @Test
    void eachReminderSentPassesOneReminderAfterTheDueDate() {
        RecoveryCase file = sample("FA-2021-0033");
        RecoveryCase withoutNotice = RecoveryCase.of(file.claim(), file.events().stream()
                .filter(event -> event instanceof CaseEvent.ReminderSent).toList());
        assertEquals(List.of("pre-due-reminder", "courteous-reminder"),
                waivedKeys(DunningTakeOver.takeOver(withoutNotice, B2B)));
        RecoveryCase twoReminders = withoutNotice.withEvent(
                new CaseEvent.ReminderSent(LocalDate.of(2022, 1, 26), ContactChannel.LETTER));
        assertEquals(List.of("pre-due-reminder", "courteous-reminder", "firm-reminder"),
                waivedKeys(DunningTakeOver.takeOver(twoReminders, B2B)));
    }

    @Test
    void aCaseWithoutContactOrAlreadyDunnedByTheLibraryIsLeftAsItIs() {
        RecoveryCase file = sample("FA-2021-0033");
        RecoveryCase noContact = RecoveryCase.of(file.claim());
        assertSame(noContact, DunningTakeOver.takeOver(noContact, B2B));
        RecoveryCase dunned = file.withEvent(new CaseEvent.StepWaived(LocalDate.of(2022, 3, 1), "phone-call", "none"));
        assertSame(dunned, DunningTakeOver.takeOver(dunned, B2B));
    }

    @Test
    void takesOverAPortfolioWithEachCasesOwnPolicy() {
        List<RecoveryCase> cases = SampleData.cases();
        List<RecoveryCase> taken = DunningTakeOver.takeOver(cases, PolicySet.standard());
        assertEquals(cases.size(), taken.size());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).id(), taken.get(i).id(), "same order");
        }
        // A French consumer reminded once by e-mail: the B2C policy's first step, nothing more.
        RecoveryCase consumer = taken.stream().filter(c -> c.id().equals("FA-2026-0406")).findFirst().orElseThrow();
        assertEquals(List.of("courteous-reminder"), waivedKeys(consumer));
    }

    private static RecoveryCase sample(String reference) {
        return SampleData.cases().stream().filter(c -> c.id().equals(reference)).findFirst().orElseThrow();
    }

    /** The keys of the steps waived, in the policy's order (the timeline orders events of one day its own way). */
    private static List<String> waivedKeys(RecoveryCase file) {
        List<String> order = B2B.steps().stream().map(step -> step.key()).toList();
        return file.events(CaseEvent.StepWaived.class).stream().map(CaseEvent.StepWaived::stepKey)
                .sorted(java.util.Comparator.comparingInt(order::indexOf)).toList();
    }
}
