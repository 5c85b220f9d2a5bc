package org.recouvrement.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recouvrement.money.Amount;
import org.recouvrement.testing.RecouvrementArbitraries;

class RecoveryCaseProperties {

    @Provide
    Arbitrary<RecoveryCase> cases() {
        return RecouvrementArbitraries.recoveryCases();
    }

    @Property(tries = 300)
    void theOrderEventsAreAddedInDoesNotMatter(@ForAll("cases") RecoveryCase file, @ForAll long seed) {
        List<CaseEvent> shuffled = new ArrayList<>(file.events());
        Collections.shuffle(shuffled, new Random(seed));
        RecoveryCase rebuilt = RecoveryCase.of(file.claim());
        for (CaseEvent event : shuffled) {
            rebuilt = rebuilt.withEvent(event);
        }
        assertEquals(file, rebuilt);
        assertEquals(file.events(), RecoveryCase.of(file.claim(), shuffled).events());
    }

    @Property(tries = 300)
    void eventsAreInDateOrder(@ForAll("cases") RecoveryCase file) {
        for (int i = 1; i < file.events().size(); i++) {
            assertFalse(file.events().get(i).date().isBefore(file.events().get(i - 1).date()));
        }
    }

    @Property(tries = 300)
    void theBalanceIsThePrincipalLessWhatWasPaid(@ForAll("cases") RecoveryCase file) {
        LocalDate end = LocalDate.of(2040, 1, 1);
        Amount paid = Amount.zero(file.claim().currency());
        for (CaseEvent.PaymentReceived payment : file.events(CaseEvent.PaymentReceived.class)) {
            paid = paid.plus(payment.amount());
        }
        assertEquals(file.claim().principal().minus(paid), file.outstandingBalance(end));
        assertEquals(paid, file.amountPaid(end));
        assertEquals(file.claim().principal(), file.outstandingBalance(file.claimArose().minusDays(1)));
    }
}
