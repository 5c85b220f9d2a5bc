package org.recouvrement.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.recouvrement.recovery.RecoveryCase;
import picocli.CommandLine.Command;

/**
 * {@code recouvrement interest}: the late-payment interest and fixed recovery compensation owed on a date, period by
 * period, at each statutory rate; with the articles of law.
 *
 * <p>Reads and checks the case; the answer itself is not wired into this build yet, and the command says so with exit
 * code 1.
 */
@Command(name = "interest",
        mixinStandardHelpOptions = true,
        description = {"The late-payment interest and fixed recovery compensation owed on a date, period by period, at each "
                + "statutory rate; with the articles of law.", ""})
final class InterestCommand extends CaseCommand {

    InterestCommand(Recouvrement.Context context) {
        super(context);
    }

    @Override
    int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out) {
        throw new NotAvailableException("interest", "interest");
    }
}
