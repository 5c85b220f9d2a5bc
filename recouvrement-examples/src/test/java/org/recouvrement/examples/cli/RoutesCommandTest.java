package org.recouvrement.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.examples.cli.RecouvrementTest.Run;
import org.recouvrement.examples.format.CaseJson;
import org.recouvrement.examples.sample.SampleData;

class RoutesCommandTest {

    private static final String EXAMPLE = LimitationCommandTest.EXAMPLE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("A reminder and a formal notice sent, EUR 3151.41 owed: the small-claims procedure comes next "
            + "(CPCE art. L125-1, ceiling EUR 5000 since 2020)")
    void printsTheRecommendedStepAndEveryRoute() {
        Run run = RecouvrementTest.run("routes", EXAMPLE, "--as-of", "2026-06-30");
        assertEquals(0, run.code(), run.err());
        String out = run.out();
        assertTrue(out.contains("Recommended  SIMPLIFIED_SMALL_CLAIM_RECOVERY"), out);
        assertTrue(out.contains("Limitation   time-barred after 2031-05-04"), out);
        assertTrue(out.contains("ELIGIBLE     ORDER_FOR_PAYMENT                    président du tribunal de commerce"),
                out);
        assertTrue(out.contains("INELIGIBLE   EUROPEAN_ORDER_FOR_PAYMENT"), out);
        assertTrue(out.contains("[Reg. (EC) No 1896/2006 art. 3]"), out);
        assertFalse(out.lines().anyMatch(line -> line.endsWith(" ")), "no trailing spaces");
    }

    @Test
    void printsJson() throws Exception {
        Run run = RecouvrementTest.run("routes", EXAMPLE, "--as-of", "2026-06-30", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("FA-2026-0117", answer.get("caseId").asText());
        assertEquals("SIMPLIFIED_SMALL_CLAIM_RECOVERY", answer.get("recommended").asText());
        assertEquals("CPCE art. L125-1", answer.get("recommendation").get(0).get("references").get(0).get("citation")
                .asText());
        assertFalse(answer.get("timeBarred").asBoolean());
        assertEquals("2031-05-04", answer.get("limitationExpiry").asText());
        JsonNode order = route(answer, "ORDER_FOR_PAYMENT");
        assertEquals("ELIGIBLE", order.get("eligibility").asText());
        assertTrue(order.get("judicial").asBoolean());
        assertEquals("président du tribunal de commerce", order.get("forum").get("name").asText());
        assertFalse(order.get("lawyerMandatory").get("value").asBoolean());
        assertEquals("INELIGIBLE", route(answer, "EUROPEAN_ORDER_FOR_PAYMENT").get("eligibility").asText());
        assertEquals(13, answer.get("routes").size());
    }

    @Test
    @DisplayName("Judicial liquidation published in the BODACC on 2026-09-29: only the proof of claim, within two "
            + "months, to Monday 2026-11-30 (C. com. art. L622-24, R622-24; CPC art. 642)")
    void aSampleCaseInInsolvencyCallsForTheProofOfClaim() throws Exception {
        String json = CaseJson.write(SampleData.cases().stream().filter(c -> c.id().equals("FA-2026-0144"))
                .findFirst().orElseThrow());
        Run run = RecouvrementTest.withInput(json, "routes", "--as-of", "2026-11-23", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("PROOF_OF_CLAIM", answer.get("recommended").asText());
        JsonNode deadline = answer.get("nextDeadlines").get(0);
        assertEquals("PROOF_OF_CLAIM", deadline.get("route").asText());
        assertEquals("2026-11-30", deadline.get("lastDay").asText());
        assertTrue(deadline.get("creditorMustAct").asBoolean());
        assertEquals("INELIGIBLE", route(answer, "ORDER_FOR_PAYMENT").get("eligibility").asText());
    }

    private static JsonNode route(JsonNode answer, String kind) {
        for (JsonNode route : answer.get("routes")) {
            if (route.get("kind").asText().equals(kind)) {
                return route;
            }
        }
        throw new AssertionError("no route " + kind + " in " + answer);
    }
}
