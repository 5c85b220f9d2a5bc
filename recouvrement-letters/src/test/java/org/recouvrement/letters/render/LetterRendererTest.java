package org.recouvrement.letters.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recouvrement.letters.AmountStatement;
import org.recouvrement.letters.ClaimItem;
import org.recouvrement.letters.CourteousReminder;
import org.recouvrement.letters.FormalNotice;
import org.recouvrement.letters.Letter;
import org.recouvrement.letters.LetterFixtures;
import org.recouvrement.letters.Mention;
import org.recouvrement.letters.MissingMentionsException;
import org.recouvrement.letters.Tone;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Language;

class LetterRendererTest {

    private static final LetterRenderer DEFAULTS = LetterRenderer.withDefaults();

    private static CourteousReminder reminder(Tone tone) {
        return CourteousReminder.builder().date(LocalDate.of(2026, 2, 20)).tone(tone)
                .creditor(LetterFixtures.creditor()).debtor(LetterFixtures.debtor())
                .statement(AmountStatement.builder().asOf(LocalDate.of(2026, 2, 20)).addClaim(ClaimItem.builder()
                        .reference("FA-2026-0117").dueDate(LocalDate.of(2026, 2, 14)).principal(Amount.euros(1250))
                        .build()).build())
                .build();
    }

    @Test
    @DisplayName("an incomplete formal notice refuses to render, listing every missing mention")
    void refusesIncompleteLetters() {
        FormalNotice notice = FormalNotice.builder().date(LocalDate.of(2026, 3, 31))
                .creditor(LetterFixtures.creditor()).debtor(LetterFixtures.debtor()).build();
        for (OutputFormat format : OutputFormat.values()) {
            MissingMentionsException e = assertThrows(MissingMentionsException.class,
                    () -> DEFAULTS.render(notice, format));
            assertEquals(List.of(Mention.AMOUNT_WITH_BREAKDOWN, Mention.DUE_DATE, Mention.PAYMENT_DEADLINE,
                    Mention.REGISTERED_DISPATCH), e.missing());
        }
    }

    @Test
    @DisplayName("a rendering carries its bytes, media type, SHA-256 digest and snapshot")
    void renderedDocument() {
        RenderedDocument html = DEFAULTS.render(LetterFixtures.formalNotice(Language.FRENCH), OutputFormat.HTML);
        assertEquals("text/html; charset=UTF-8", html.mediaType());
        assertEquals(RenderedDocument.sha256(html.bytes()), html.sha256());
        assertEquals(64, html.sha256().length());
        DocumentSnapshot snapshot = html.snapshot();
        assertEquals(Amount.euros("1056.31"), snapshot.balance().orElseThrow());
        assertEquals(LocalDate.of(2026, 4, 10), snapshot.deadlines().get("paymentDeadline"));
        assertEquals("C. com. art. L441-10", snapshot.legalBases().get(3));
        assertTrue(snapshot.templates().get("formal-notice.fr.mustache").startsWith("builtin sha256:"));
        String json = snapshot.toJson();
        for (String expected : List.of("\"kind\": \"FORMAL_NOTICE\"", "\"balance\": \"EUR 1056.31\"",
                "\"paymentDeadline\": \"2026-04-10\"", "\"dispatch\": \"REGISTERED_LETTER\"", "\"rate\": \"12.15%\"",
                "\"REGISTERED_DISPATCH\"", "\"debtor\": \"Brasserie du Port SAS\"")) {
            assertTrue(json.contains(expected), () -> expected + " not in " + json);
        }
        assertFalse(snapshot.toString().contains("Brasserie"), "toString leaves the parties out");
        DocumentSnapshot text = DEFAULTS.render(LetterFixtures.formalNotice(Language.FRENCH), OutputFormat.TEXT)
                .snapshot();
        assertEquals(snapshot.deadlines(), text.deadlines());
        assertEquals(snapshot.balance(), text.balance());
        assertTrue(text.templates().containsKey("layout.txt.mustache"), text.templates().toString());
    }

    @Test
    @DisplayName("a template placed in the integrator's directory replaces the library's")
    void directoryOverride(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("formal-notice.fr.mustache"),
                "{{#heading}}MISE EN DEMEURE – modèle du cabinet{{/heading}}\n{{#p}}Solde : {{st.balance}}{{/p}}\n",
                StandardCharsets.UTF_8);
        LetterRenderer renderer = LetterRenderer.builder().templateDirectory(directory).build();
        RenderedDocument text = renderer.render(LetterFixtures.formalNotice(Language.FRENCH), OutputFormat.TEXT);
        assertTrue(text.text().contains("MISE EN DEMEURE – modèle du cabinet"), text.text());
        assertFalse(text.text().contains("nous vous mettons en demeure"), text.text());
        assertTrue(text.snapshot().templates().get("formal-notice.fr.mustache").startsWith("directory sha256:"));
        assertTrue(DEFAULTS.render(LetterFixtures.formalNotice(Language.FRENCH), OutputFormat.TEXT).text()
                .contains("mettons en demeure"), "the default renderer is untouched");
    }

    @Test
    @DisplayName("a class-path prefix supplies a new tone and overrides single labels; other kinds keep the defaults")
    void classpathOverride() {
        LetterRenderer renderer = LetterRenderer.builder()
                .templateClasspath(LetterRendererTest.class.getClassLoader(), "com/acme/letters").build();
        String cordial = renderer.render(reminder(Tone.of("cordial")), OutputFormat.TEXT).text();
        assertTrue(cordial.contains("ACME – Rappel de facture impayée"), cordial);
        assertTrue(cordial.contains("Relance cordiale pour Brasserie du Port SAS"), cordial);
        String standard = renderer.render(reminder(Tone.STANDARD), OutputFormat.TEXT).text();
        assertTrue(standard.contains("Sauf erreur ou omission"), standard);
        assertTrue(standard.contains("Reste à payer"), "the label comes from the integrator's messages: " + standard);
        assertFalse(standard.contains("Solde restant dû"), standard);
        assertTrue(standard.contains("Facture n°"), "other labels keep the library's text");
    }

    @Test
    @DisplayName("a tone without templates of its own falls back to the standard template")
    void toneFallsBack() {
        String text = DEFAULTS.render(reminder(Tone.of("warm")), OutputFormat.TEXT).text();
        assertTrue(text.contains("Sauf erreur ou omission"), text);
    }

    @Test
    @DisplayName("templates see plain data only: no Java method is reachable, an unknown name fails loudly")
    void templatesCannotReachJava(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("courteous-reminder.fr.mustache"), "{{creditor.getClass}}");
        LetterRenderer renderer = LetterRenderer.builder().templateDirectory(directory).build();
        TemplateException e = assertThrows(TemplateException.class,
                () -> renderer.render(reminder(Tone.STANDARD), OutputFormat.TEXT));
        assertEquals("courteous-reminder.fr.mustache", e.template());
        Files.writeString(directory.resolve("courteous-reminder.fr.mustache"), "{{#st.claims}}{{principal.value}}{{/st.claims}}");
        LetterRenderer again = LetterRenderer.builder().templateDirectory(directory).build();
        assertThrows(TemplateException.class, () -> again.render(reminder(Tone.STANDARD), OutputFormat.TEXT));
    }

    @Test
    void missingTemplateIsATemplateException() {
        Letter german = CourteousReminder.builder().date(LocalDate.of(2026, 2, 20))
                .language(Language.GERMAN).creditor(LetterFixtures.creditor()).debtor(LetterFixtures.debtor())
                .statement(AmountStatement.builder().asOf(LocalDate.of(2026, 2, 20)).addClaim(ClaimItem.builder()
                        .reference("A").dueDate(LocalDate.of(2026, 2, 14)).principal(Amount.euros(1)).build()).build())
                .build();
        TemplateException e = assertThrows(TemplateException.class, () -> DEFAULTS.render(german, OutputFormat.HTML));
        assertTrue(e.getMessage().contains("messages.de.properties"), e.getMessage());
    }
}
