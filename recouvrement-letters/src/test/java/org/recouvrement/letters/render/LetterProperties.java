package org.recouvrement.letters.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.samskivert.mustache.Escapers;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recouvrement.letters.AmountStatement;
import org.recouvrement.letters.ClaimItem;
import org.recouvrement.letters.FormalNotice;
import org.recouvrement.letters.Letter;
import org.recouvrement.letters.Mention;
import org.recouvrement.letters.MissingMentionsException;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.recovery.ContactChannel;

/**
 * Invariants of rendering for any party name, address and reference, including markup, quotes, accents,
 * right-to-left scripts, emoji, control characters and lone surrogates.
 */
class LetterProperties {

    private static final LetterRenderer RENDERER = LetterRenderer.withDefaults();

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("<script>alert(1)</script>", "\"quoted\" & 'single'", "Éloïse Ærøskøbing", "שלום עליכם",
                        "مرحبا بكم", "😀🎉", "{{title}}", "a|b", "</p><h1>", "&amp;", "\u0000\u0007\u001b",
                        "\ud800", "\u202e reversed", "O'Brien & Fils", "  spaced   out  ", "line\nbreak"),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(20));
        return pieces.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l)).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Letter> letters() {
        return Combinators.combine(hostile(), hostile(), hostile(), hostile(), hostile(),
                Arbitraries.of(Language.FRENCH, Language.DUTCH, Language.ENGLISH))
                .as(LetterProperties::notice);
    }

    static FormalNotice notice(String creditorName, String debtorName, String line, String city, String reference,
            Language language) {
        Party creditor = Party.builder().kind(PartyKind.COMPANY).name(creditorName)
                .address(PostalAddress.builder().addLine(line).postalCode("69002").city(city).country("FR").build())
                .build();
        Party debtor = Party.builder().kind(PartyKind.CONSUMER).name(debtorName)
                .address(PostalAddress.builder().addLine(line).addLine(reference).postalCode("1000").city(city)
                        .country("BE").build())
                .build();
        AmountStatement statement = AmountStatement.builder().asOf(LocalDate.of(2026, 3, 31))
                .addClaim(ClaimItem.builder().reference(reference).description(debtorName)
                        .issueDate(LocalDate.of(2026, 1, 2)).dueDate(LocalDate.of(2026, 2, 1))
                        .principal(Amount.euros("980.00")).build())
                .build();
        return FormalNotice.builder().date(LocalDate.of(2026, 3, 31)).language(language).creditor(creditor)
                .debtor(debtor).statement(statement).paymentDeadline(LocalDate.of(2026, 4, 15))
                .dispatch(ContactChannel.REGISTERED_LETTER).fileReference(reference).signatory(creditorName).build();
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void anyNameAddressAndReferenceRendersEscapedInWellFormedHtml(@ForAll("letters") Letter letter) throws Exception {
        String html = RENDERER.render(letter, OutputFormat.HTML).text();
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertFalse(html.contains("</p><h1>"), "user text never becomes markup");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (String value : List.of(letter.creditor().name(), letter.debtor().name(), letter.fileReference().get())) {
            String escaped = Escapers.HTML.escape(LetterContext.clean(value));
            assertTrue(html.contains(escaped), () -> "missing escaped " + escaped);
        }
        String text = RENDERER.render(letter, OutputFormat.TEXT).text();
        for (String word : LetterContext.clean(letter.debtor().name()).split("[ \\t\\r\\n]+")) {
            assertTrue(text.contains(word), () -> "missing '" + word + "' in " + text);
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void renderingIsDeterministic(@ForAll("letters") Letter letter) {
        for (OutputFormat format : List.of(OutputFormat.TEXT, OutputFormat.HTML)) {
            RenderedDocument first = RENDERER.render(letter, format);
            RenderedDocument second = RENDERER.render(letter, format);
            assertArrayEquals(first.bytes(), second.bytes());
            assertEquals(first.sha256(), second.sha256());
            assertEquals(first.snapshot().toJson(), second.snapshot().toJson());
        }
    }

    @Property(tries = 4)
    void anyNameRendersAsTheSamePdfTwice(@ForAll("letters") Letter letter) {
        RenderedDocument first = RENDERER.render(letter, OutputFormat.PDF);
        assertArrayEquals(first.bytes(), RENDERER.render(letter, OutputFormat.PDF).bytes());
        assertTrue(first.size() > 1000);
    }

    @Property(tries = 300)
    void aFormalNoticeNeverRendersWithoutItsMandatoryMentions(@ForAll boolean withStatement,
            @ForAll boolean withDueDate, @ForAll boolean withDeadline, @ForAll("channels") ContactChannel channel,
            @ForAll boolean withDispatch) {
        ClaimItem.Builder claim = ClaimItem.builder().reference("FA-1").principal(Amount.euros("980.00"));
        if (withDueDate) {
            claim.dueDate(LocalDate.of(2026, 2, 1));
        }
        FormalNotice.Builder builder = FormalNotice.builder().date(LocalDate.of(2026, 3, 31))
                .creditor(Party.builder().kind(PartyKind.COMPANY).name("Créancier SA").address(PostalAddress.builder()
                        .addLine("1 rue A").postalCode("75001").city("Paris").country("FR").build()).build())
                .debtor(Party.builder().kind(PartyKind.CONSUMER).name("Débiteur").address(PostalAddress.builder()
                        .addLine("2 rue B").postalCode("75002").city("Paris").country("FR").build()).build());
        if (withStatement) {
            builder.statement(AmountStatement.builder().asOf(LocalDate.of(2026, 3, 31)).addClaim(claim.build()).build());
        }
        if (withDeadline) {
            builder.paymentDeadline(LocalDate.of(2026, 4, 15));
        }
        if (withDispatch) {
            builder.dispatch(channel);
        }
        FormalNotice notice = builder.build();
        List<Mention> expected = new ArrayList<>();
        if (!withStatement) {
            expected.add(Mention.AMOUNT_WITH_BREAKDOWN);
        }
        if (!withStatement || !withDueDate) {
            expected.add(Mention.DUE_DATE);
        }
        if (!withDeadline) {
            expected.add(Mention.PAYMENT_DEADLINE);
        }
        if (!withDispatch || channel != ContactChannel.REGISTERED_LETTER && channel != ContactChannel.JUDICIAL_OFFICER) {
            expected.add(Mention.REGISTERED_DISPATCH);
        }
        if (expected.isEmpty()) {
            String text = RENDERER.render(notice, OutputFormat.TEXT).text().replace('\u00a0', ' ').replace('\u202f', ' ');
            for (String mention : List.of("MISE EN DEMEURE", "Créancier SA", "1 rue A", "Débiteur", "2 rue B",
                    "980,00 €", "1er février 2026", "15 avril 2026", "article 1344 du Code civil", "1231-6 et 1344-1",
                    channel == ContactChannel.REGISTERED_LETTER ? "Lettre recommandée" : "commissaire de justice")) {
                assertTrue(text.contains(mention), () -> mention + " missing in " + text);
            }
        } else {
            MissingMentionsException e = assertThrows(MissingMentionsException.class,
                    () -> RENDERER.render(notice, OutputFormat.HTML));
            assertEquals(expected, e.missing());
        }
    }

    @Provide
    Arbitrary<ContactChannel> channels() {
        return Arbitraries.of(ContactChannel.class);
    }
}
