package org.recouvrement.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.examples.cli.RecouvrementTest.Run;
import org.recouvrement.examples.format.CaseJson;
import org.recouvrement.examples.sample.SampleData;

class LimitationCommandTest {

    /** The case of docs/case-example.json: due 2026-04-01, part payment 2026-05-04, then a formal notice. */
    static final String EXAMPLE = "../docs/case-example.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("A part payment interrupts, a formal notice does not: five years from the payment "
            + "(C. com. art. L110-4; C. civ. art. 2240, 2231)")
    void printsTheLastDayAndWhatEachEventDid() {
        Run run = RecouvrementTest.run("limitation", EXAMPLE, "--as-of", "2026-06-30");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        assertTrue(out.contains("Period       5 years (C. com. art. L110-4), limitation period (FR_COMMERCIAL)"), out);
        assertTrue(out.contains("Runs from    2026-05-04 (Monday)"), out);
        assertTrue(out.contains("Last day     2031-05-04 (Sunday), time-barred when it ends at 24:00"), out);
        assertTrue(out.contains("Status       running, 1769 days left"), out);
        assertTrue(out.contains("2026-05-04  PaymentReceived              interrupted"), out);
        assertTrue(out.contains("2026-06-15  FormalNoticeSent             no effect"), out);
        assertTrue(out.contains("[C. civ. art. 2240; Cass. 1re civ., 25 Feb 2016, n° 15-15.994; C. civ. art. 2231]"),
                out);
        assertFalse(out.lines().anyMatch(line -> line.endsWith(" ")), "no trailing spaces");
    }

    @Test
    void printsJsonFromTheStandardInput() throws Exception {
        Run run = RecouvrementTest.withInput(Files.readString(Path.of(EXAMPLE)), "limitation", "-", "--as-of",
                "2026-06-30", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("FA-2026-0117", answer.get("caseId").asText());
        assertEquals("FRANCE", answer.get("governingLaw").asText());
        assertEquals("FR_COMMERCIAL", answer.get("rule").asText());
        assertEquals("P5Y", answer.get("period").get("length").asText());
        assertEquals("C. com. art. L110-4", answer.get("period").get("reference").get("citation").asText());
        assertEquals("2026-05-04", answer.get("start").asText());
        assertEquals("2031-05-04", answer.get("expiry").asText());
        assertEquals("2046-04-01", answer.get("longStop").asText());
        assertEquals("RUNNING", answer.get("status").asText());
        assertFalse(answer.get("timeBarred").asBoolean());
        assertEquals(1769, answer.get("remainingDays").asInt());
        JsonNode events = answer.get("events");
        assertEquals(5, events.size());
        assertEquals("ReminderSent", events.get(0).get("type").asText());
        assertEquals("NO_EFFECT", events.get(0).get("effect").asText());
        assertEquals("INTERRUPTED", events.get(1).get("effect").asText());
        assertEquals("2031-05-04", events.get(1).get("expiryAfter").asText());
        assertEquals("C. civ. art. 2240", events.get(1).get("reason").get("references").get(0).get("citation")
                .asText());
        assertEquals(1, answer.get("parts").size());
        assertTrue(answer.get("explanation").size() >= 5);
    }

    @Test
    @DisplayName("A consumer's invoice of 2020 paid in part on 2021-01-11 is time-barred two years later "
            + "(C. conso. art. L218-2)")
    void aSampleConsumerClaimIsTimeBarred() throws Exception {
        String json = CaseJson.write(SampleData.cases().stream().filter(c -> c.id().equals("FA-2020-0006"))
                .findFirst().orElseThrow());
        Run run = RecouvrementTest.withInput(json, "limitation", "--as-of", "2026-11-23", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("FR_PROFESSIONAL_AGAINST_CONSUMER", answer.get("rule").asText());
        assertEquals("EXPIRED", answer.get("status").asText());
        assertTrue(answer.get("timeBarred").asBoolean());
        assertEquals("2023-01-11", answer.get("expiry").asText());
        assertEquals(0, answer.get("remainingDays").asInt());
    }
}
