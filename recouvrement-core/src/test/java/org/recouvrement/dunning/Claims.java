package org.recouvrement.dunning;

import java.time.LocalDate;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.testing.Samples;

/**
 * Invoices for scenario tests.
 */
final class Claims {

    static final Party CREDITOR = Samples.frenchCompany();
    static final Party DEBTOR = Samples.otherFrenchCompany();

    private Claims() {
    }

    /** An invoice of the sample creditor to the sample debtor, issued 30 days before its due date. */
    static RecoveryCase invoice(String reference, String amount, LocalDate due) {
        return invoice(reference, DEBTOR, amount, due);
    }

    static RecoveryCase invoice(String reference, Party debtor, String amount, LocalDate due) {
        return RecoveryCase.of(claim(reference, CREDITOR, debtor, amount, due));
    }

    static Claim claim(String reference, Party creditor, Party debtor, String amount, LocalDate due) {
        return Claim.builder().reference(reference).creditor(creditor).debtor(debtor).origin(ClaimOrigin.INVOICE)
                .principal(Amount.euros(amount)).issueDate(due.minusDays(30)).performanceDate(due.minusDays(30))
                .dueDate(due).build();
    }
}
