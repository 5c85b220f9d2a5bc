package org.recouvrement.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.recouvrement.recovery.RecoveryCase;
import picocli.CommandLine.Command;

/**
 * {@code recouvrement routes}: which recovery routes are open on a date (formal notice, small-claims procedure, order
 * for payment, summary proceedings, European order for payment, proof of claim...), which are closed, and why.
 *
 * <p>Reads and checks the case; the answer itself is not wired into this build yet, and the command says so with exit
 * code 1.
 */
@Command(name = "routes",
        mixinStandardHelpOptions = true,
        description = {"Which recovery routes are open on a date (formal notice, small-claims procedure, order for payment, "
                + "summary proceedings, European order for payment, proof of claim...), which are closed, and why.", ""})
final class RoutesCommand extends CaseCommand {

    RoutesCommand(Recouvrement.Context context) {
        super(context);
    }

    @Override
    int answer(List<RecoveryCase> cases, LocalDate asOf, PrintWriter out) {
        throw new NotAvailableException("routes", "the route advisor");
    }
}
