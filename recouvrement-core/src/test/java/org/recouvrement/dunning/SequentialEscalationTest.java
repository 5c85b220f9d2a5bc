package org.recouvrement.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SequentialEscalationTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("Run daily and record every action: the steps come one by one, in order, on their dates")
    void stepsComeInOrder() {
        Portfolio portfolio = Portfolio.of(Policies.fourSteps().build()).with(Claims.invoice("A", "1000.00", DUE));
        List<DunningDecision> decisions = portfolio.daily(DUE.minusDays(5), DUE.plusDays(60), true);
        assertEquals(List.of(
                "2026-03-09 r1 A",
                "2026-03-19 r2 A",
                "2026-03-29 notice A",
                "2026-04-13 route A"), Portfolio.trace(decisions));
        assertEquals(DunningStatus.ROUTE_STARTED, portfolio.decide(DUE.plusDays(61)).snapshot("A").orElseThrow().status());
    }
}
