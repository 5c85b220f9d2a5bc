package org.recouvrement.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The dunning state of one case on a date, as read from its timeline, with the action it calls for if one is due.
 */
final class CaseState {

    private final RecoveryCase file;
    private final DunningPolicy policy;
    private final DunningStatus status;
    private final Pause pause;
    private final int stepsPassed;
    private final DunningStep nextStep;
    private final LocalDate nextDate;
    private final Amount balance;
    private final Candidate candidate;
    private final List<LocalDate> contacts;
    private final List<DunningWarning> warnings;
    private final LegalFacts.TimeBar timeBar;
    private final boolean consumerRules;
    private final Optional<Amount> arrears;

    CaseState(RecoveryCase file, DunningPolicy policy, DunningStatus status, Pause pause, int stepsPassed,
            DunningStep nextStep, LocalDate nextDate, Amount balance, Candidate candidate, List<LocalDate> contacts,
            List<DunningWarning> warnings, LegalFacts.TimeBar timeBar, boolean consumerRules,
            Optional<Amount> arrears) {
        this.file = file;
        this.policy = policy;
        this.status = status;
        this.pause = pause;
        this.stepsPassed = stepsPassed;
        this.nextStep = nextStep;
        this.nextDate = nextDate;
        this.balance = balance;
        this.candidate = candidate;
        this.contacts = contacts;
        this.warnings = warnings;
        this.timeBar = timeBar;
        this.consumerRules = consumerRules;
        this.arrears = arrears;
    }

    RecoveryCase file() {
        return file;
    }

    String id() {
        return file.id();
    }

    DunningPolicy policy() {
        return policy;
    }

    DunningStatus status() {
        return status;
    }

    /** The pause, or null. */
    Pause pause() {
        return pause;
    }

    int stepsPassed() {
        return stepsPassed;
    }

    /** The next step, or null. */
    DunningStep nextStep() {
        return nextStep;
    }

    /** The date of the next action, or null. */
    LocalDate nextDate() {
        return nextDate;
    }

    Amount balance() {
        return balance;
    }

    /** The action due on the date of the decision, or null. */
    Candidate candidate() {
        return candidate;
    }

    /** The distinct days the debtor was contacted about this claim, in order. */
    List<LocalDate> contacts() {
        return contacts;
    }

    List<DunningWarning> warnings() {
        return warnings;
    }

    /** The limitation assessment made while deciding, or null if none was needed. */
    LegalFacts.TimeBar timeBar() {
        return timeBar;
    }

    boolean consumerRules() {
        return consumerRules;
    }

    Optional<Amount> arrears() {
        return arrears;
    }
}
