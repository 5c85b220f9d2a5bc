package org.recouvrement.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.recouvrement.dunning.ActionItem;
import org.recouvrement.dunning.Dunning;
import org.recouvrement.dunning.DunningDecision;
import org.recouvrement.dunning.PolicySet;
import org.recouvrement.dunning.ProposedAction;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.DunningArbitraries;

/**
 * Invariants of the letters of generated dunning: a portfolio is dunned day after day, each action executed, and every
 * letter written on the way is checked.
 */
class ActionLettersProperties {

    @Provide
    Arbitrary<DunningArbitraries.Scenario> scenarios() {
        return DunningArbitraries.scenarios();
    }

    @Property(tries = 40)
    void aLetterAddsUpToWhatItsActionClaimsAndListsItsClaims(@ForAll("scenarios") DunningArbitraries.Scenario scenario) {
        List<RecoveryCase> cases = new ArrayList<>(scenario.cases());
        PolicySet policies = PolicySet.of(scenario.policy());
        for (LocalDate day = scenario.from(); !day.isAfter(scenario.to()); day = day.plusDays(4)) {
            DunningDecision decision = Dunning.decide(cases, policies, day);
            for (ProposedAction action : decision.actions()) {
                Optional<Letter> letter = ActionLetters.standard().letterFor(action);
                assertEquals(ActionLetters.documentKind(action).isPresent() && action.items().stream()
                        .allMatch(item -> item.amounts().planArrears().isEmpty()), letter.isPresent(), action::toString);
                if (letter.isPresent()) {
                    Statistics.label("letters").collect(letter.get().kind());
                    check(action, letter.get(), day);
                }
                cases = executed(cases, action, day);
            }
        }
    }

    private static void check(ProposedAction action, Letter letter, LocalDate day) {
        AmountStatement statement = letter.statement().orElseThrow();
        Amount claimed = action.items().stream().map(item -> item.amounts().total()).reduce(Amount::plus).orElseThrow();
        assertEquals(claimed, statement.balance(), () -> action + "\n" + statement);
        assertEquals(action.items().stream().map(ActionItem::recoveryCase).map(RecoveryCase::id).sorted().toList(),
                statement.claims().stream().map(ClaimItem::reference).sorted().toList());
        assertEquals(day, letter.date());
        assertEquals(Optional.of(letter.kind()), ActionLetters.documentKind(action));
        Optional<LocalDate> payBy = letter instanceof FirmReminder firm ? firm.paymentDeadline()
                : letter instanceof FormalNotice notice ? notice.paymentDeadline()
                : letter instanceof ConsumerFirstReminder first ? first.paymentDeadline() : Optional.empty();
        payBy.ifPresent(date -> assertTrue(date.isAfter(day), date::toString));
        assertEquals(letter instanceof CourteousReminder || letter instanceof GroupedReminder, payBy.isEmpty());
    }

    private static List<RecoveryCase> executed(List<RecoveryCase> cases, ProposedAction action, LocalDate day) {
        List<RecoveryCase> next = new ArrayList<>(cases.size());
        for (RecoveryCase file : cases) {
            next.add(action.caseIds().contains(file.id()) ? file.withEvent(action.executed(day)) : file);
        }
        return next;
    }
}
