package org.recouvrement.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recouvrement.dunning.DunningPresets;
import org.recouvrement.examples.cli.RecouvrementTest.Run;
import org.recouvrement.examples.format.CaseJson;
import org.recouvrement.examples.sample.SampleData;
import org.recouvrement.recovery.RecoveryCase;

class DecideCommandTest {

    private static final String EXAMPLE = LimitationCommandTest.EXAMPLE;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("While the promise to pay of 31 July 2026 runs, nothing is proposed and the case is paused")
    void proposesNothingWhileAPromiseRuns() {
        Run run = RecouvrementTest.run("decide", EXAMPLE, "--as-of", "2026-06-30");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Decision     2026-06-30: 1 case, 0 actions, 0 warnings\n"), run.out());
        assertTrue(run.out().contains("  FA-2026-0117     PAUSED"), run.out());
        assertFalse(run.out().lines().anyMatch(line -> line.endsWith(" ")), "no trailing spaces");
    }

    @Test
    @DisplayName("After the promise, the courteous reminder, its reasons and amounts: 3,092.73 principal and 93.68 "
            + "interest at 12.15 % (C. com. L441-10), the 40 € compensation paid by the part payment")
    void proposesTheNextStepWithItsAmountsAndReasons() throws Exception {
        Run run = RecouvrementTest.run("decide", EXAMPLE, "--as-of", "2026-08-03", "--use-latest-known-rate");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("  step:courteous-reminder:"), run.out());
        assertTrue(run.out().contains("    when       2026-08-01 to 2026-08-08"), run.out());
        assertTrue(run.out().contains("    claims     EUR 3186.41\n"), run.out());
        assertTrue(run.out().contains("after the promise to pay by 2026-07-31 ran out"), run.out());

        JsonNode json = JSON.readTree(RecouvrementTest.run("decide", EXAMPLE, "--as-of", "2026-08-03",
                "--use-latest-known-rate", "--json").out());
        JsonNode action = json.get("actions").get(0);
        assertEquals("courteous-reminder", action.get("step").get("key").asText());
        assertEquals("France B2B", action.get("policy").asText());
        assertEquals("3092.73", action.get("items").get(0).get("principal").asText());
        assertEquals("93.68", action.get("items").get(0).get("interest").asText());
        assertEquals("3186.41", action.get("total").asText());
        assertTrue(action.get("complete").asBoolean());
        assertEquals("ACTIVE", json.get("cases").get(0).get("status").asText());
        assertTrue(action.get("reasons").size() > 0);
    }

    @Test
    @DisplayName("Without --use-latest-known-rate, a period of the second semester of 2026 has no published rate: the "
            + "amounts are marked incomplete and the option is named")
    void marksTheAmountsIncompleteWithoutAPublishedRate() throws Exception {
        Run run = RecouvrementTest.run("decide", EXAMPLE, "--as-of", "2026-08-03");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("(incomplete: interest not computed)"), run.out());
        assertTrue(run.out().contains("add --use-latest-known-rate"), run.out());
        JsonNode json = JSON.readTree(RecouvrementTest.run("decide", EXAMPLE, "--as-of", "2026-08-03", "--json").out());
        assertFalse(json.get("actions").get(0).get("complete").asBoolean());
    }

    @Test
    @DisplayName("A debtor in judicial liquidation (opened 15 September 2026, BODACC 29 September): a proof of claim for each "
            + "claim, to be validated, within two months of the publication (C. com. R622-24)")
    void decidesAPortfolioGivenAsAnArray() throws Exception {
        List<RecoveryCase> thermique = SampleData.cases().stream()
                .filter(file -> file.claim().debtor().name().equals("Thermique Bâtiment Nord SAS")).toList();
        assertEquals(3, thermique.size());
        String array = "[" + String.join(",", thermique.stream().map(CaseJson::write).toList()) + "]";
        JsonNode json = JSON.readTree(RecouvrementTest.withInput(array, "decide", "--as-of", "2026-11-23",
                "--use-latest-known-rate", "--json").out());
        assertEquals(3, json.get("cases").size());
        assertEquals(3, json.get("actions").size(), json.toPrettyString());
        for (JsonNode proof : json.get("actions")) {
            assertEquals("PROOF_OF_CLAIM", proof.get("kind").asText(), proof.toPrettyString());
            assertEquals(1, proof.get("caseIds").size());
            assertTrue(proof.get("requiresValidation").asBoolean());
            // 29 September + 2 months = Sunday 29 November, moved to Monday 30 November (CPC art. 642).
            assertEquals("2026-11-30", proof.get("latestDate").asText(), proof.toPrettyString());
        }
    }

    @Test
    void takesAPolicyOfItsOwnAndRefusesABadOne(@TempDir Path directory) throws Exception {
        Path house = directory.resolve("house.json");
        Files.writeString(house, DunningPresets.franceB2B().withName("House rules").toJson(), StandardCharsets.UTF_8);
        Run run = RecouvrementTest.run("decide", EXAMPLE, "--as-of", "2026-08-03", "--policy", house.toString(),
                "--use-latest-known-rate", "--json");
        assertEquals(0, run.code(), run.err());
        assertEquals("House rules", JSON.readTree(run.out()).get("actions").get(0).get("policy").asText());

        Path bad = directory.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"broken\", \"steps\": []}", StandardCharsets.UTF_8);
        Run refused = RecouvrementTest.run("decide", EXAMPLE, "--policy", bad.toString());
        assertEquals(2, refused.code(), refused.out());
        refused.assertOneLineError();
        assertTrue(refused.err().startsWith("recouvrement decide: --policy '" + bad + "': "), refused.err());

        Run missing = RecouvrementTest.run("decide", EXAMPLE, "--policy", directory.resolve("none.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }
}
