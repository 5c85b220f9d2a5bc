package org.recouvrement.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.recouvrement.recovery.RecoveryCase;
import picocli.CommandLine.Command;

/**
 * {@code recouvrement decide}: what to do today under the dunning policy: the proposed actions with their reasons and
 * dates. Takes one case or an array of cases.
 *
 * <p>Reads and checks the case; the answer itself is not wired into this build yet, and the command says so with exit
 * code 1.
 */
@Command(name = "decide",
        mixinStandardHelpOptions = true,
        description = {"What to do today under the dunning policy: the proposed actions with their reasons and dates. Takes "
                + "one case or an array of cases.", ""})
final class DecideCommand extends CaseCommand {

    DecideCommand(Recouvrement.Context context) {
        super(context);
    }

    @Override
    boolean acceptsSeveralCases() {
        return true;
    }

    @Override
    int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out) {
        throw new NotAvailableException("decide", "the dunning decision");
    }
}
