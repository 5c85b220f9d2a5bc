package org.recouvrement.letters.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.recouvrement.letters.Letter;
import org.recouvrement.letters.LetterFixtures;
import org.recouvrement.party.Language;

/**
 * What each kind of letter must say, in every language, checked on the rendered text independently of the golden
 * files, so that a golden file rewritten by mistake cannot hide a lost mention. Sources: LEGAL-REFERENCE 5.1
 * (formal notice), CPCE art. R124-4 and L111-8 (collection agency), CDE art. XIX.2 (Belgian first reminder), CPC
 * art. 1407 and 1408 (order for payment), C. com. art. L622-25 (proof of claim), C. civ. art. 1376 and 2240
 * (acknowledgement of debt).
 */
class LetterContentTest {

    private static final LetterRenderer RENDERER = LetterRenderer.withDefaults();

    private static String text(String kind, Language language) {
        Letter letter = LetterFixtures.all(language).get(kind);
        return Blocks.collapse(RENDERER.render(letter, OutputFormat.TEXT).text())
                .replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static void says(String text, String... phrases) {
        for (String phrase : phrases) {
            assertTrue(text.contains(phrase), () -> "'" + phrase + "' missing in: " + text);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "FRENCH; mise en demeure; 1 056,31 €; 14 février 2026; 10 avril 2026; Lettre recommandée avec demande d'avis de réception; injonction de payer",
        "DUTCH; ingebrekestelling (mise en demeure); € 1.056,31; 14 februari 2026; 10 april 2026; Aangetekende brief met ontvangstbewijs; betalingsbevel",
        "ENGLISH; formal notice (mise en demeure); €1,056.31; 14 February 2026; 10 April 2026; Registered letter with acknowledgement of receipt; order for payment"})
    void formalNotice(Language language, String words, String balance, String dueDate, String deadline,
            String dispatch, String court) {
        String text = text("formal-notice", language);
        says(text, words, balance, dueDate, deadline, dispatch, court, "Atelier Lumière SARL", "4 rue des Orfèvres",
                "69002 Lyon", "Brasserie du Port SAS", "18 quai de la Fosse", "44000 Nantes", "1344", "1231-6",
                "1344-1", "L441-10", "D441-5");
        String consumer = text("formal-notice-consumer", language);
        says(consumer, words, "1231-6", "1344-1", "Claire Martin");
        assertFalse(consumer.contains("L441-10"), "no B2B penalties against a consumer");
        assertFalse(consumer.contains("40 €") || consumer.contains("€ 40") || consumer.contains("€40"),
                "no 40 € compensation against a consumer");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FRENCH", "DUTCH", "ENGLISH"})
    void collectionAgencyLetter(Language language) {
        says(text("collection-agency-letter", language), "Recouvra Conseil SAS", "25 boulevard Haussmann",
                "Atelier Lumière SARL", "4 rue des Orfèvres", "R124-4", "L111-8",
                "« Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf"
                        + " s'ils concernent un acte dont l'accomplissement est prescrit par la loi au créancier. Toute"
                        + " stipulation contraire est réputée non écrite, sauf disposition législative contraire. »",
                "« Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour"
                        + " recouvrer sa créance peut demander au juge de l'exécution de laisser tout ou partie des"
                        + " frais ainsi exposés à la charge du débiteur de mauvaise foi. »",
                "IBAN FR76", "RC-2026-0815");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "FRENCH; 0417.497.106; 27 avril 2026; quatorze jours; 40,00 €; XIX.2; abonnement annuel de fitness 2026; 31 mars 2026",
        "DUTCH; 0417.497.106; 27 april 2026; veertien kalenderdagen; € 40,00; XIX.2; jaarabonnement fitness 2026; 31 maart 2026",
        "ENGLISH; 0417.497.106; 27 April 2026; fourteen calendar days; €40.00; XIX.2; annual fitness membership 2026; 31 March 2026"})
    void consumerFirstReminder(Language language, String enterprise, String deadline, String delay, String damages,
            String article, String product, String dueDate) {
        says(text("consumer-first-reminder", language), "Vitalis Fitness SRL", enterprise, deadline, delay, damages,
                article, product, dueDate);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FRENCH", "DUTCH", "ENGLISH"})
    void courtDocuments(Language language) {
        says(text("order-for-payment-request", language), "1405", "1407", "1408", "12946*02", "D-2025-311",
                "BL-2026-0042", "tribunal de commerce de Nantes", "Jeanne Durand");
        says(text("proof-of-claim", language), "L622-24", "L622-25", "R622-24", "BODACC",
                "SELARL Mandataires de l'Ouest", "FA-2026-0117");
        says(text("acknowledgement-of-debt", language), "1376", "2240", "______________________________");
        says(text("payment-plan-agreement", language), "2240", "2231", "Brasserie du Port SAS");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"FRENCH", "DUTCH", "ENGLISH"})
    void everyLetterStatesItsBalance(Language language) {
        Map<String, Letter> letters = LetterFixtures.all(language);
        for (String kind : List.of("courteous-reminder", "firm-reminder", "grouped-reminder", "payment-plan-proposal")) {
            Letter letter = letters.get(kind);
            String balance = org.recouvrement.letters.LetterFormatting.amount(letter.statement().get().balance(),
                    language).replace('\u00a0', ' ').replace('\u202f', ' ');
            says(text(kind, language), balance);
        }
    }
}
