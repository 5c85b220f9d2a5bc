package org.recouvrement.route;

import org.recouvrement.internal.Checks;
import org.recouvrement.law.Reason;

/**
 * A yes-or-no answer of the law and the reason for it, such as "a lawyer is mandatory: the claim exceeds 10,000 €
 * (CPC art. 760, 761)".
 *
 * @param value the answer
 * @param reason why, with its legal reference
 */
public record RuleAnswer(boolean value, Reason reason) {

    /**
     * Checks the answer.
     *
     * @param value the answer
     * @param reason why
     */
    public RuleAnswer {
        Checks.present(reason, "reason");
    }
}
