package org.recouvrement.recovery;

/**
 * The kind of enforcement step taken; each interrupts limitation (C. civ. art. 2244).
 */
public enum EnforcementKind {
    /** An act of forced execution: attachment of bank accounts, of wages, seizure and sale. */
    FORCED_EXECUTION,
    /** A conservatory measure (<i>mesure conservatoire</i>), even if later lifted. */
    CONSERVATORY_MEASURE,
    /** A command to pay prior to seizure and sale (<i>commandement aux fins de saisie-vente</i>). */
    COMMAND_TO_PAY
}
