package org.recouvrement.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.recouvrement.recovery.RecoveryCase;
import picocli.CommandLine.Command;

/**
 * {@code recouvrement letter}: renders the letter the case calls for (reminder, formal notice, payment-plan proposal,
 * proof of claim).
 *
 * <p>Reads and checks the case; the answer itself is not wired into this build yet, and the command says so with exit
 * code 1.
 */
@Command(name = "letter",
        mixinStandardHelpOptions = true,
        description = {"Renders the letter the case calls for (reminder, formal notice, payment-plan proposal, proof of "
                + "claim).", ""})
final class LetterCommand extends CaseCommand {

    LetterCommand(Recouvrement.Context context) {
        super(context);
    }

    @Override
    int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out) {
        throw new NotAvailableException("letter", "the letters renderer");
    }
}
