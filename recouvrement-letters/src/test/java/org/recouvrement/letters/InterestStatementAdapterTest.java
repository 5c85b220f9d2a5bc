package org.recouvrement.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;

/** A letter claims exactly what core's interest statement computed, line by line. */
class InterestStatementAdapterTest {

    private static Party company(String name, String postalCode, String city) {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name(name)
                .address(PostalAddress.builder().addLine("1 rue du Port").postalCode(postalCode).city(city)
                        .country("FR").build())
                .build();
    }

    @Test
    @DisplayName("B2B invoice across semesters with a partial payment: lines, 40 € compensation and balance carried over")
    void carriesTheStatementIntoTheLetter() {
        Claim claim = Claim.builder().reference("FA-2025-0042").creditor(company("Atelier Lumière SARL", "69002", "Lyon"))
                .debtor(company("Brasserie du Port SAS", "44000", "Nantes")).origin(ClaimOrigin.INVOICE)
                .principal(Amount.euros("12000.00")).issueDate(LocalDate.of(2025, 3, 3))
                .dueDate(LocalDate.of(2025, 4, 2)).build();
        RecoveryCase file = RecoveryCase.of(claim, List.of(
                new CaseEvent.PaymentReceived(LocalDate.of(2025, 9, 15), Amount.euros("4000.00"))));
        LocalDate asOf = LocalDate.of(2026, 3, 31);
        InterestStatement statement = InterestCalculator.standard().statement(file, asOf);

        AmountStatement letter = AmountStatement.from(file, statement);

        assertTrue(letter.interest().size() >= 3, letter.interest().toString());
        assertEquals(statement.totalInterest(), letter.interestTotal());
        assertEquals(Amount.euros(40), letter.chargesTotal());
        assertEquals(statement.balance(), letter.balance());
        assertEquals(asOf, letter.asOf());
        assertEquals("FA-2025-0042", letter.interest().get(0).claimReference().orElseThrow());
    }
}
