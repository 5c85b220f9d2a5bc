package org.recouvrement.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.party.Territory;

/**
 * Golden cases: month ends, Easter-based holidays, Alsace-Moselle, overseas holidays, distance extensions, backward
 * time limits, Belgian counting, an EU time limit and the history of French holidays. Each row names its source.
 */
class DeadlineCasesTest {

    private final DeadlineCalculator calculator = DeadlineCalculator.standard();

    @ParameterizedTest(name = "{0}: {10}")
    @CsvFileSource(resources = "deadline-cases.csv", numLinesToSkip = 1)
    void expiresAsTheSourceSays(String id, String period, Direction direction, TimeLimitKind kind,
            Jurisdiction jurisdiction, LocalDate origin, Territory court, Territory party, LocalDate rawEnd,
            LocalDate expiry, String source) {
        ProceduralTimeLimit limit = ProceduralTimeLimit.builder()
                .name(id)
                .period(Period.parse(period))
                .direction(direction)
                .kind(kind)
                .jurisdiction(jurisdiction)
                .reference(LegalCode.CODE_OF_CIVIL_PROCEDURE.article("640"))
                .build();

        Deadline deadline = party == null ? calculator.compute(limit, origin, court)
                : calculator.compute(limit, origin, court, party);

        assertEquals(rawEnd, deadline.rawEnd(), "raw end");
        assertEquals(expiry, deadline.expiryDate(), "expiry");
        assertEquals(expiry, party == null ? calculator.expiryDate(limit, origin, court)
                : calculator.expiryDate(limit, origin, court, party), "fast path");
        assertTrue(calculator.calendarOf(court).isWorkingDay(deadline.expiryDate()), "expires on a working day");
        assertEquals(!rawEnd.equals(expiry), !deadline.adjustments().isEmpty(), "a move is explained");
        assertFalse(deadline.explanation().references().isEmpty(), "cites its law");
    }
}
