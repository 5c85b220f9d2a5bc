package org.recouvrement.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.examples.cli.RecouvrementTest.Run;

class InterestCommandTest {

    private static final String EXAMPLE = LimitationCommandTest.EXAMPLE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("B2B penalties at the ECB rate + 10 points (2.15 % + 10 = 12.15 % in 2026-S1), the 40 € compensation, "
            + "a payment imputed to interest, then costs, then principal (C. com. art. L441-10, D441-5; "
            + "C. civ. art. 1343-1)")
    void printsThePeriodsTheTotalsAndWhy() {
        Run run = RecouvrementTest.run("interest", EXAMPLE, "--as-of", "2026-06-30");
        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertTrue(out.contains("Regime       FRENCH_COMMERCIAL_RATE (C. com. art. L441-10)"), out);
        // 4800.00 × 12.15 % × 33 / 365 = 52.73; 3092.73 × 12.15 % × 57 / 365 = 58.68
        assertTrue(out.contains("2026-04-02..2026-05-04    33    EUR 4800.00   12.15%    EUR 52.73  "
                + "C. com. art. L441-10"), out);
        assertTrue(out.contains("2026-05-05..2026-06-30    57    EUR 3092.73   12.15%    EUR 58.68"), out);
        assertTrue(out.contains("to interest 52.73, costs 40.00, capitalised interest 0.00, principal 1707.27"), out);
        assertTrue(out.contains("Interest     EUR 111.41"), out);
        assertTrue(out.contains("Compensation EUR 40.00"), out);
        assertTrue(out.contains("Balance      EUR 3151.41"), out);
        assertTrue(out.contains("[C. com. art. L441-10; C. com. art. D441-5]"), out);
    }

    @Test
    void printsJson() throws Exception {
        Run run = RecouvrementTest.run("interest", EXAMPLE, "--as-of", "2026-06-30", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("FRENCH_COMMERCIAL_RATE", answer.get("regime").asText());
        assertEquals("EUR", answer.get("currency").asText());
        assertEquals("2026-04-02", answer.get("interestFrom").asText());
        assertEquals(2, answer.get("lines").size());
        JsonNode first = answer.get("lines").get(0);
        assertEquals(33, first.get("days").asInt());
        assertEquals("12.15", first.get("rate").asText());
        assertEquals("52.73", first.get("interest").asText());
        assertEquals("C. com. art. L441-10", first.get("reference").get("citation").asText());
        assertEquals("111.41", answer.get("totalInterest").asText());
        assertTrue(answer.get("compensation").get("owed").asBoolean());
        assertEquals("40.00", answer.get("compensation").get("total").asText());
        assertEquals("1707.27", answer.get("payments").get(0).get("toPrincipal").asText());
        assertEquals("3151.41", answer.get("balance").asText());
        assertFalse(answer.get("assumesUnpublishedRates").asBoolean());
    }

    @Test
    @DisplayName("No ECB rate is known for 2026-S2: a date after 2026-06-30 is refused, naming the period and the option")
    void aPeriodWithoutAPublishedRateIsBadInputNamingIt() {
        Run run = RecouvrementTest.run("interest", EXAMPLE, "--as-of", "2026-11-23");
        assertEquals(2, run.code());
        run.assertOneLineError();
        assertEquals("recouvrement interest: --as-of 2026-11-23: no ECB_MAIN_REFINANCING_RATE rate is published for "
                + "2026-07-01..2026-12-31 (needed for 2026-07-01); add --use-latest-known-rate to assume the latest "
                + "published rate, or ask about an earlier date", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void theLatestKnownRateIsUsedOnlyWhenAskedAndTheStatementSaysSo() throws Exception {
        Run run = RecouvrementTest.run("interest", EXAMPLE, "--as-of", "2026-11-23", "--use-latest-known-rate",
                "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertTrue(answer.get("assumesUnpublishedRates").asBoolean());
        JsonNode last = answer.get("lines").get(2);
        assertEquals("2026-07-01", last.get("from").asText());
        assertEquals("LATEST_KNOWN_RATE_ASSUMED", last.get("notes").get(0).asText());
        // 3092.73 × 12.15 % × 146 / 365 = 150.31
        assertEquals("150.31", last.get("interest").asText());
        assertEquals("261.72", answer.get("totalInterest").asText());

        Run table = RecouvrementTest.run("interest", EXAMPLE, "--as-of", "2026-11-23", "--use-latest-known-rate");
        assertTrue(table.out().contains("(latest known rate assumed)"), table.out());
    }
}
