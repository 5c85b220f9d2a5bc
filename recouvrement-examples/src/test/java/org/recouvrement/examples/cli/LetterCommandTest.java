package org.recouvrement.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recouvrement.examples.cli.RecouvrementTest.Run;

class LetterCommandTest {

    private static final String EXAMPLE = LimitationCommandTest.EXAMPLE;
    private static final String DEBTOR = "Brasserie du Port SAS";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesAFormalNoticeAsPdfWhoseTextNamesTheDebtor(@TempDir Path directory) throws Exception {
        Path pdf = directory.resolve("letters/FA-2026-0117.pdf");
        Run run = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30", "--kind", "formal-notice",
                "--output", pdf.toString(), "--signatory", "Jeanne Durand, gérante");
        assertEquals(0, run.code(), run.err());
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(bytes.length > 1000, "a PDF of " + bytes.length + " bytes");
        String text = text(bytes);
        assertTrue(text.contains(DEBTOR), text);
        assertTrue(text.contains("MISE EN DEMEURE"), text);
        assertTrue(text.contains("Jeanne Durand, gérante"), text);
        assertTrue(run.out().contains("Letter       formal-notice in FRENCH, PDF"), run.out());
        assertTrue(run.out().contains("SHA-256      " + sha256(bytes)), run.out());
        assertTrue(run.out().contains("Balance      EUR 3151.41"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"courteous-reminder", "firm-reminder", "formal-notice"})
    void printsEachKindAsTextWithTheStatementOfTheDay(String kind) {
        Run run = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30", "--kind", kind);
        assertEquals(0, run.code(), run.err());
        String text = plain(run.out());
        assertTrue(text.contains(DEBTOR), text);
        assertTrue(text.contains("Nos références : FA-2026-0117"), text);
        assertTrue(text.contains("Lyon, le 30 juin 2026"), text);
        // the interest of the day and the balance, from the interest statement (see InterestCommandTest)
        assertTrue(text.contains("Total des intérêts"), text);
        assertTrue(text.contains("111,41 €"), text);
        assertTrue(text.contains("3 151,41 €"), text);
    }

    @Test
    void aFirmReminderAsksToPayByTheDateGivenOrFifteenDaysLater() {
        Run given = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30", "--kind", "FIRM_REMINDER",
                "--pay-by", "2026-07-10");
        assertEquals(0, given.code(), given.err());
        assertTrue(plain(given.out()).contains("10 juillet 2026"), given.out());

        Run byDefault = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30", "--kind", "firm-reminder");
        assertTrue(plain(byDefault.out()).contains("15 juillet 2026"), byDefault.out());
    }

    @Test
    void writesHtmlAndChoosesTheFormatFromTheFileName(@TempDir Path directory) throws Exception {
        Path html = directory.resolve("notice.html");
        Run run = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30", "--kind", "courteous-reminder",
                "-o", html.toString());
        assertEquals(0, run.code(), run.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<html"), page);
        assertTrue(page.contains(DEBTOR), page);
    }

    @Test
    void printsAPdfOnTheStandardOutputAsBytes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Recouvrement.run(new String[] {"letter", "--as-of", "2026-06-30", "--kind", "formal-notice",
            "--format", "pdf"}, new ByteArrayInputStream(Files.readAllBytes(Path.of(EXAMPLE))),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-06-30T10:00:00Z"), Recouvrement.DEFAULT_ZONE));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        assertTrue(text(bytes).contains(DEBTOR));
    }

    @Test
    void printsJsonWithTheDigestTheSnapshotAndTheDocument() throws Exception {
        Run text = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30", "--kind", "formal-notice",
                "--json");
        assertEquals(0, text.code(), text.err());
        JsonNode answer = JSON.readTree(text.out());
        assertEquals("formal-notice", answer.get("kind").asText());
        assertEquals("TEXT", answer.get("format").asText());
        String content = answer.get("content").asText();
        assertTrue(content.contains(DEBTOR));
        assertEquals(sha256(content.getBytes(StandardCharsets.UTF_8)), answer.get("sha256").asText());
        assertEquals("FORMAL_NOTICE", answer.get("snapshot").get("kind").asText());

        Run pdf = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30", "--kind", "formal-notice",
                "--format", "PDF", "--json");
        JsonNode document = JSON.readTree(pdf.out());
        byte[] bytes = Base64.getDecoder().decode(document.get("contentBase64").asText());
        assertEquals(document.get("size").asInt(), bytes.length);
        assertTrue(text(bytes).contains(DEBTOR));
    }

    @Test
    void refusesAnUnknownKindAPastPaymentDateAndAnUnpublishedRate() {
        Run kind = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30", "--kind", "love-letter");
        assertEquals(2, kind.code());
        kind.assertOneLineError();
        assertEquals("recouvrement letter: --kind 'love-letter' is not a letter this command renders; expected one of "
                + "courteous-reminder, firm-reminder, formal-notice", kind.err().strip());

        Run missing = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30");
        assertEquals(2, missing.code());
        missing.assertOneLineError();
        assertTrue(missing.err().contains("--kind"), missing.err());

        Run past = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30", "--kind", "formal-notice",
                "--pay-by", "2026-06-30");
        assertEquals(2, past.code());
        past.assertOneLineError();
        assertTrue(past.err().contains("--pay-by 2026-06-30 is not after the letter's date 2026-06-30"), past.err());

        Run rate = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-11-23", "--kind", "formal-notice");
        assertEquals(2, rate.code());
        rate.assertOneLineError();
        assertTrue(rate.err().contains("--use-latest-known-rate"), rate.err());
        Run assumed = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-11-23", "--kind", "formal-notice",
                "--use-latest-known-rate");
        assertEquals(0, assumed.code(), assumed.err());
        assertTrue(plain(assumed.out()).contains("23 novembre 2026"), assumed.out());
    }

    @Test
    void namesAnOutputThatCannotBeWritten(@TempDir Path directory) throws IOException {
        Path blocker = Files.writeString(directory.resolve("file"), "x");
        Run run = RecouvrementTest.run("letter", EXAMPLE, "--as-of", "2026-06-30", "--kind", "formal-notice",
                "-o", blocker.resolve("notice.pdf").toString());
        assertEquals(2, run.code());
        run.assertOneLineError();
        assertTrue(run.err().contains("--output") && run.err().contains("cannot be written"), run.err());
    }

    /** French typography separates with no-break spaces; the tests compare with plain ones. */
    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
