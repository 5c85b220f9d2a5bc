package org.recouvrement.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recouvrement.examples.format.CaseJson;
import org.recouvrement.examples.sample.SampleData;

class RecouvrementTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), Recouvrement.DEFAULT_ZONE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one run printed, and its exit code. */
    record Run(int code, String out, String err) {
        /** The error output is exactly one line. */
        void assertOneLineError() {
            assertFalse(err.isBlank(), "an error message is printed");
            assertEquals(1, err.strip().lines().count(), "one line: " + err);
        }
    }

    static Run withInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Recouvrement.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                CLOCK);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return withInput("", args);
    }

    // ------------------------------------------------------------------------------------------------ help

    @Test
    void helpExplainsEveryCommandAndTheExitCodes() {
        Run run = run("--help");
        assertEquals(0, run.code());
        for (String command : List.of("deadline", "limitation", "interest", "routes", "decide", "letter")) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " in " + run.out());
        }
        assertTrue(run.out().contains("2   bad input"), run.out());
    }

    @Test
    void deadlineHelpListsTheTimeLimits() {
        Run run = run("deadline", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("order-for-payment-opposition"), run.out());
        assertTrue(run.out().contains("european-order-for-payment-opposition"), run.out());
    }

    @Test
    void withoutACommandSaysWhichAreAvailable() {
        Run run = run();
        assertEquals(2, run.code());
        run.assertOneLineError();
        assertTrue(run.err().contains("a command is required"), run.err());
    }

    // ------------------------------------------------------------------------------------------------ deadline

    @Test
    void deadlinePrintsTheExpiryAndWhy() {
        // The example of DeadlineCalculator: CPC art. 1416, 641, 643 (+1 month for Guadeloupe), 642 (weekend).
        Run run = run("deadline", "--time-limit", "order-for-payment-opposition", "--from", "2026-03-02",
                "--court", "METROPOLITAN_FRANCE", "--party", "GUADELOUPE");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("Raw end      2026-04-02 (Thursday)"), run.out());
        assertTrue(run.out().contains("2026-04-02 -> 2026-05-02  distance extension"), run.out());
        assertTrue(run.out().contains("Expires      2026-05-04 (Monday), at 24:00 (2026-05-05T00:00:00+02:00 "
                + "Europe/Paris)"), run.out());
        assertTrue(run.out().contains("[CPC art. 643]"), run.out());
    }

    @Test
    void deadlinePrintsJson() throws Exception {
        Run run = run("deadline", "--time-limit", "ORDER_FOR_PAYMENT_OPPOSITION", "--from", "2026-03-02",
                "--court", "metropolitan-france", "--party", "guadeloupe", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("2026-05-04", answer.get("expiryDate").asText());
        assertEquals("2026-05-05T00:00:00+02:00", answer.get("expiresAt").asText());
        assertEquals("Europe/Paris", answer.get("zone").asText());
        assertEquals("CPC art. 1416", answer.get("timeLimit").get("reference").get("citation").asText());
        assertEquals(2, answer.get("adjustments").size());
        assertEquals("DISTANCE_EXTENSION", answer.get("adjustments").get(0).get("kind").asText());
        assertEquals("CPC art. 643", answer.get("adjustments").get(0).get("reason").get("references").get(0)
                .get("citation").asText());
        assertTrue(answer.get("explanation").size() >= 4);
    }

    @Test
    void deadlineOfAPeriodGivenOnTheCommandLine() throws Exception {
        // 15 days from Wednesday 1 July 2026: the day of the act does not count (CPC art. 641) -> Thursday 16 July.
        Run run = run("deadline", "--period", "15D", "--from", "2026-07-01", "--court", "METROPOLITAN_FRANCE",
                "--basis", "CPC art. 905-2", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("2026-07-16", answer.get("expiryDate").asText());
        assertEquals("Time limit of 15 days", answer.get("timeLimit").get("name").asText());
        assertEquals("CPC art. 905-2", answer.get("timeLimit").get("reference").get("citation").asText());
    }

    @Test
    void deadlineCountedBackwardsIsAdvancedOffAWeekend() throws Exception {
        // At least 15 days before a hearing on Monday 20 July 2026: Sunday 5 July, advanced to Friday 3 July (CPC
        // art. 642 does not extend a time limit counted backwards; LEGAL-REFERENCE 2.1).
        Run run = run("deadline", "--period", "15D", "--backward", "--from", "2026-07-20", "--court",
                "METROPOLITAN_FRANCE", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("BACKWARD", answer.get("timeLimit").get("direction").asText());
        assertEquals("2026-07-05", answer.get("rawEnd").asText());
        assertEquals("2026-07-03", answer.get("expiryDate").asText());
    }

    @Test
    void deadlineBeforeABelgianCourtCountsUnderTheJudicialCode() throws Exception {
        Run run = run("deadline", "--period", "1M", "--from", "2026-03-02", "--court", "BELGIUM", "--json");
        assertEquals(0, run.code(), run.err());
        JsonNode answer = JSON.readTree(run.out());
        assertEquals("BELGIUM", answer.get("timeLimit").get("jurisdiction").asText());
        assertTrue(answer.get("explanation").toString().contains("C. jud."), answer.toString());
    }

    @Test
    void deadlineRejectsADateThatDoesNotExist() {
        Run run = run("deadline", "--time-limit", "appeal", "--from", "2026-02-30", "--court", "METROPOLITAN_FRANCE");
        assertEquals(2, run.code());
        run.assertOneLineError();
        assertTrue(run.err().contains("--from"), run.err());
        assertTrue(run.err().contains("'2026-02-30' is not a date"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void deadlineRejectsAnUnknownTimeLimit() {
        Run run = run("deadline", "--time-limit", "appeal-to-heaven", "--from", "2026-03-02", "--court",
                "METROPOLITAN_FRANCE");
        assertEquals(2, run.code());
        run.assertOneLineError();
        assertTrue(run.err().startsWith("recouvrement deadline: --time-limit 'appeal-to-heaven' is not a known time "
                + "limit; expected one of order-for-payment-opposition, "), run.err());
    }

    @Test
    void deadlineRejectsAnUnknownTerritoryAMissingOptionAndBothKindsOfTimeLimit() {
        Run territory = run("deadline", "--time-limit", "appeal", "--from", "2026-03-02", "--court", "ATLANTIS");
        assertEquals(2, territory.code());
        territory.assertOneLineError();
        assertTrue(territory.err().contains("--court") && territory.err().contains("'ATLANTIS'"), territory.err());

        Run missing = run("deadline", "--time-limit", "appeal", "--from", "2026-03-02");
        assertEquals(2, missing.code());
        missing.assertOneLineError();
        assertTrue(missing.err().contains("--court"), missing.err());

        Run both = run("deadline", "--time-limit", "appeal", "--period", "15D", "--from", "2026-03-02", "--court",
                "METROPOLITAN_FRANCE");
        assertEquals(2, both.code());
        both.assertOneLineError();
        assertTrue(both.err().contains("--time-limit") && both.err().contains("--period"), both.err());

        Run period = run("deadline", "--period", "fortnight", "--from", "2026-03-02", "--court", "BELGIUM");
        assertEquals(2, period.code());
        assertTrue(period.err().contains("--period") && period.err().contains("'fortnight'"), period.err());
    }

    @Test
    void deadlineReportsWhatTheLibraryRefusesAsBadInput() {
        // No built-in calendar for another member state: the library names the field.
        Run noCalendar = run("deadline", "--time-limit", "appeal", "--from", "2026-03-02", "--court",
                "OTHER_EU_MEMBER_STATE");
        assertEquals(2, noCalendar.code());
        noCalendar.assertOneLineError();
        assertTrue(noCalendar.err().contains("OTHER_EU_MEMBER_STATE"), noCalendar.err());

        // A French time limit asked of a Belgian court.
        Run wrongOrder = run("deadline", "--time-limit", "appeal", "--from", "2026-03-02", "--court", "BELGIUM");
        assertEquals(2, wrongOrder.code());
        wrongOrder.assertOneLineError();
    }

    // ------------------------------------------------------------------------------------------------ case commands

    /** The command and its arguments; {@code letter} also needs the kind of letter. */
    private static String[] command(String command, String... rest) {
        List<String> args = new ArrayList<>();
        args.add(command);
        if (command.equals("letter")) {
            args.add("--kind");
            args.add("formal-notice");
        }
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limitation", "interest", "routes", "decide", "letter"})
    void aCaseCommandRejectsBadJson(String command) {
        Run run = withInput("{\"claim\": {\"reference\": ", command(command, "--as-of", "2026-11-23"));
        assertEquals(2, run.code());
        run.assertOneLineError();
        assertTrue(run.err().startsWith("recouvrement " + command + ": JSON at line 1 column "), run.err());
        assertTrue(run.err().contains("is not valid JSON"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"limitation", "interest", "routes", "decide", "letter"})
    void aCaseCommandNamesAMissingField(String command) throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(sampleCase());
        ((ObjectNode) json.get("claim")).remove("debtor");
        Run run = withInput(json.toString(), command(command));
        assertEquals(2, run.code());
        run.assertOneLineError();
        assertEquals("recouvrement " + command + ": claim.debtor (none) is required", run.err().strip());

        ObjectNode noPrincipal = (ObjectNode) JSON.readTree(sampleCase());
        ((ObjectNode) noPrincipal.get("claim")).remove("principal");
        Run second = withInput(noPrincipal.toString(), command(command));
        assertEquals(2, second.code());
        assertTrue(second.err().contains("claim.principal (none) is required"), second.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"limitation", "interest", "routes", "decide", "letter"})
    void aCaseCommandNamesAFileThatDoesNotExistAndABadDate(String command, @TempDir Path directory) {
        Run run = run(command(command, directory.resolve("nowhere.json").toString()));
        assertEquals(2, run.code());
        run.assertOneLineError();
        assertTrue(run.err().contains("FILE '") && run.err().contains("does not exist"), run.err());

        Run date = withInput(sampleCase(), command(command, "--as-of", "23/11/2026"));
        assertEquals(2, date.code());
        assertTrue(date.err().contains("--as-of"), date.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"limitation", "interest", "routes", "decide", "letter"})
    void aCaseCommandExplainsItselfInItsHelp(String command) {
        Run run = run(command, "--help");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("--as-of") && run.out().contains("--json"), run.out());
    }

    @Test
    void onlyDecideTakesSeveralCases() {
        String two = "[" + sampleCase() + "," + CaseJson.write(SampleData.cases().get(1)) + "]";
        Run decide = withInput(two, "decide", "--as-of", "2026-06-30");
        assertEquals(0, decide.code(), decide.err());
        assertTrue(decide.out().contains(": 2 cases,"), decide.out());

        Run limitation = withInput(two, "limitation");
        assertEquals(2, limitation.code());
        withInput(two, "limitation").assertOneLineError();
        assertTrue(limitation.err().contains("not a JSON object") || limitation.err().contains("one case"),
                limitation.err());
    }

    private static String sampleCase() {
        return CaseJson.write(SampleData.cases().get(0));
    }
}
