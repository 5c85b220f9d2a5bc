package org.recouvrement.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

    private static final Path SOURCE =
            Path.of("src/main/java/org/recouvrement/examples/quickstart/QuickStart.java");
    private static final Path README = Path.of("../README.md");

    @Test
    @DisplayName("Due 2026-04-01, paid in part on 2026-05-04: time-barred after 2031-05-04 (C. com. art. L110-4; "
            + "C. civ. art. 2240), EUR 111.41 of interest at 12.15 % (C. com. art. L441-10), a formal notice next")
    void answersTheFourQuestionsAndWritesTheFormalNotice(@TempDir Path directory) throws IOException {
        Path pdfFile = directory.resolve("formal-notice.pdf");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.run(pdfFile, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(out.contains("Time-barred after 2031-05-04: 5 years (C. com. art. L110-4)"), out);
        assertTrue(out.contains("2026-05-05..2026-06-30 57 d EUR 3092.73 × 12.15% / 365 = EUR 58.68"), out);
        assertTrue(out.contains("total interest EUR 111.41"), out);
        assertTrue(out.contains("compensation EUR 40.00"), out);
        assertTrue(out.contains("balance EUR 3151.41"), out);
        assertTrue(out.contains("Open: ORDER_FOR_PAYMENT"), out);
        assertTrue(out.contains("Next: FORMAL_NOTICE\n"), out);

        byte[] pdf = Files.readAllBytes(pdfFile);
        assertTrue(pdf.length > 1000, "a PDF of " + pdf.length + " bytes");
        assertTrue(out.contains("Wrote " + pdfFile + ": " + pdf.length + " bytes"), out);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Brasserie du Port SAS"), text);
            assertTrue(text.contains("MISE EN DEMEURE"), text);
        }
    }

    @Test
    void theReadmeQuickStartIsThisCode() throws IOException {
        List<String> code = markedBody(Files.readAllLines(SOURCE, StandardCharsets.UTF_8));
        List<String> readme = quickStartBlock(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertTrue(code.size() > 30, "the marked code: " + code);
        assertEquals(String.join("\n", code), String.join("\n", readme),
                "README.md's quick start must be QuickStart.run between its markers, unindented");
    }

    @Test
    void theComparisonNoticesADifference() {
        List<String> source = List.of("class X {", "    void run() {", "        // quick-start:begin",
                "        int a = 1;", "", "            a++;", "        // quick-start:end", "    }", "}");
        assertEquals(List.of("int a = 1;", "", "    a++;"), markedBody(source));
        List<String> readme = List.of("# title", "## Quick start", "", "```java", "int a = 1;", "", "    a++;", "```",
                "## Next", "```java", "other", "```");
        assertEquals(markedBody(source), quickStartBlock(readme));
        assertFalse(markedBody(source).equals(quickStartBlock(List.of("## Quick start", "```java", "int a = 2;",
                "```"))));
    }

    /** The lines between the markers, without the markers' indentation. */
    static List<String> markedBody(List<String> source) {
        int begin = indexOf(source, "// quick-start:begin", 0);
        int end = indexOf(source, "// quick-start:end", begin);
        String indent = source.get(begin).substring(0, source.get(begin).indexOf('/'));
        List<String> body = new ArrayList<>();
        for (String line : source.subList(begin + 1, end)) {
            if (!line.isBlank() && !line.startsWith(indent)) {
                throw new AssertionError("line less indented than the marker: " + line);
            }
            body.add(line.isBlank() ? "" : line.substring(indent.length()));
        }
        return body;
    }

    /** The first Java block of the README's section "Quick start". */
    static List<String> quickStartBlock(List<String> readme) {
        int section = indexOf(readme, "## Quick start", 0);
        int open = indexOf(readme, "```java", section);
        int close = indexOf(readme, "```", open + 1);
        return readme.subList(open + 1, close).stream().map(String::stripTrailing).toList();
    }

    private static int indexOf(List<String> lines, String wanted, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(wanted)) {
                return i;
            }
        }
        throw new AssertionError("no line '" + wanted + "' after line " + (from + 1));
    }
}
