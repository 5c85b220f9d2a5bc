package org.recouvrement.letters.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recouvrement.letters.Letter;
import org.recouvrement.letters.LetterFixtures;
import org.recouvrement.party.Language;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * PDF output: the text PDFBox extracts holds the mandatory mentions and the amounts, the font is embedded, the page is
 * A4, the output is PDF/A-3b as veraPDF validates it, and the same letter gives the same bytes. PDFs are slow to
 * render, so the suite renders few of them: the formal notice, in the three languages, and the collection agency's
 * letter.
 */
class PdfRenderingTest {

    private static final LetterRenderer RENDERER = LetterRenderer.withDefaults();
    private static byte[] frenchNotice;

    @BeforeAll
    static void render() {
        frenchNotice = RENDERER.render(LetterFixtures.formalNotice(Language.FRENCH), OutputFormat.PDF).bytes();
    }

    /** The extracted text, with no-break and narrow no-break spaces read as spaces and lines joined. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    @DisplayName("the formal notice's PDF states both parties, the words 'mise en demeure', the amounts, the due date,"
            + " the date to pay by, the consequences and the legal bases (C. civ. 1344, 1231-6, 1344-1; C. com. L441-10)")
    void formalNoticeMentions() throws IOException {
        String text = text(frenchNotice);
        for (String expected : List.of("Atelier Lumière SARL", "4 rue des Orfèvres", "69002 Lyon",
                "Brasserie du Port SAS", "18 quai de la Fosse", "44000 Nantes", "MISE EN DEMEURE", "mettons en demeure",
                "Lettre recommandée avec demande d'avis de réception", "1 250,00 €", "6,66 €", "9,65 €", "40,00 €",
                "-250,00 €", "1 056,31 €", "exigible depuis le 14 février 2026", "au plus tard le 10 avril 2026",
                "injonction de payer", "article 1344 du Code civil", "1231-6 et 1344-1", "L441-10", "D441-5")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in: " + text);
        }
    }

    @Test
    void dutchAndEnglishFormalNoticesStateTheAmountsInTheirLanguage() throws IOException {
        String dutch = text(RENDERER.render(LetterFixtures.formalNotice(Language.DUTCH), OutputFormat.PDF).bytes());
        assertTrue(dutch.contains("€ 1.056,31") && dutch.contains("10 april 2026") && dutch.contains("INGEBREKESTELLING"),
                dutch);
        String english = text(RENDERER.render(LetterFixtures.formalNotice(Language.ENGLISH), OutputFormat.PDF).bytes());
        assertTrue(english.contains("€1,056.31") && english.contains("10 April 2026")
                && english.contains("FORMAL NOTICE (MISE EN DEMEURE)"), english);
    }

    @Test
    @DisplayName("the collection agency's PDF reproduces CPCE art. L111-8 al. 2 and 3 (R124-4 5°)")
    void collectionAgencyLetterReproducesL1118() throws IOException {
        Letter letter = LetterFixtures.all(Language.FRENCH).get("collection-agency-letter");
        String text = text(RENDERER.render(letter, OutputFormat.PDF).bytes());
        for (String expected : List.of("Recouvra Conseil SAS", "recouvrement amiable", "Atelier Lumière SARL",
                "Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier",
                "à la charge du débiteur de mauvaise foi", "1 056,31 €", "R124-4")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in: " + text);
        }
    }

    @Test
    @DisplayName("A4 pages, every font embedded, metadata dated from the letter's own date")
    void pageFontsAndMetadata() throws IOException {
        try (PDDocument document = Loader.loadPDF(frenchNotice)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            assertEquals(595, Math.round(box.getWidth()));
            assertEquals(842, Math.round(box.getHeight()));
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().endsWith("DejaVuSerif") || font.getName().endsWith("DejaVuSerif-Bold"),
                            font.getName());
                }
            }
            Calendar created = document.getDocumentInformation().getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertEquals(2026, created.get(Calendar.YEAR));
            assertEquals(Calendar.MARCH, created.get(Calendar.MONTH));
            assertEquals(31, created.get(Calendar.DAY_OF_MONTH));
            assertEquals(0, created.get(Calendar.HOUR_OF_DAY));
        }
    }

    @Test
    @DisplayName("the same letter renders to the same PDF bytes")
    void deterministic() {
        byte[] again = RENDERER.render(LetterFixtures.formalNotice(Language.FRENCH), OutputFormat.PDF).bytes();
        assertArrayEquals(frenchNotice, again);
    }

    @Test
    @DisplayName("the PDF is valid PDF/A-3b according to veraPDF")
    void pdfA3b() throws Exception {
        // veraPDF's own rule checks lower-case names with the default locale and misread 'Integer' under tr_TR;
        // the PDF's bytes do not depend on the locale (see rendersTheSameBytesWhateverTheDefaultLocaleAndZone).
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            validate();
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    @DisplayName("the same bytes under any default locale and time zone")
    void rendersTheSameBytesWhateverTheDefaultLocaleAndZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(new Locale("ar", "EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Apia"));
            byte[] other = RENDERER.render(LetterFixtures.formalNotice(Language.FRENCH), OutputFormat.PDF).bytes();
            assertArrayEquals(frenchNotice, other);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    private static void validate() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance()
                        .createParser(new ByteArrayInputStream(frenchNotice), PDFAFlavour.PDFA_3_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, List<String>> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                            Collectors.mapping(TestAssertion::getMessage, Collectors.toList())));
            assertTrue(result.isCompliant(), () -> "not PDF/A-3b: " + failures);
        }
    }
}
