package org.recouvrement.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.recouvrement.recovery.RecoveryCase;
import picocli.CommandLine.Command;

/**
 * {@code recouvrement limitation}: when the claim becomes time-barred (prescription, forclusion), what interrupted or
 * suspended the clock, and the long-stop; with the articles of law.
 *
 * <p>Reads and checks the case; the answer itself is not wired into this build yet, and the command says so with exit
 * code 1.
 */
@Command(name = "limitation",
        mixinStandardHelpOptions = true,
        description = {"When the claim becomes time-barred (prescription, forclusion), what interrupted or suspended the "
                + "clock, and the long-stop; with the articles of law.", ""})
final class LimitationCommand extends CaseCommand {

    LimitationCommand(Recouvrement.Context context) {
        super(context);
    }

    @Override
    int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out) {
        throw new NotAvailableException("limitation", "limitation periods");
    }
}
