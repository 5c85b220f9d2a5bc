package org.recouvrement.examples.erp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recouvrement.claim.ClaimNature;
import org.recouvrement.claim.Instalment;
import org.recouvrement.examples.sample.SampleData;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;

class AgedBalanceExportTest {

    private static List<RecoveryCase> cases;

    @BeforeAll
    static void load() {
        cases = SampleData.cases();
    }

    // ------------------------------------------------------------------------------------------------ the sample

    @Test
    void theSampleHoldsAbout200InvoicesOf60Debtors() {
        assertEquals(210, cases.size());
        assertEquals(60, debtors().size());
        assertEquals(cases.size(), cases.stream().map(RecoveryCase::id).distinct().count(), "one case per invoice");
        assertTrue(cases.stream().allMatch(c -> c.claim().creditor().equals(SampleData.creditor())));
    }

    @Test
    void theDebtorsSpanTheTerritoriesAndKindsTheExamplesNeed() {
        Set<Party> debtors = debtors();
        assertEquals(20, count(debtors, p -> p.kind() == PartyKind.CONSUMER && p.territory().isFrench()));
        assertEquals(4, count(debtors, p -> p.kind() == PartyKind.CONSUMER
                && p.territory() == Territory.ALSACE_MOSELLE));
        assertEquals(6, count(debtors, p -> p.kind() == PartyKind.CONSUMER && p.territory().isFrenchOverseas()));
        assertEquals(5, count(debtors, p -> p.kind() == PartyKind.CONSUMER && p.territory() == Territory.BELGIUM));
        assertEquals(6, count(debtors, p -> p.kind() == PartyKind.COMPANY && p.territory() == Territory.BELGIUM
                && p.belgianEnterpriseNumber().isPresent()));
        assertEquals(1, count(debtors, p -> p.territory() == Territory.OTHER_EU_MEMBER_STATE));
        // every French business debtor carries a SIREN (valid, or it would not have been read)
        assertTrue(debtors.stream().filter(p -> p.territory().isFrench() && p.kind().isProfessional())
                .allMatch(p -> p.siren().isPresent()));
    }

    @Test
    void knowsTheTerritoryOfADebtorFromItsPostalCode() {
        assertEquals(Territory.MAYOTTE, debtor("Ahmed Soilihi").territory());
        assertEquals(Territory.ALSACE_MOSELLE, debtor("Isabelle Weber").territory());
        assertEquals(Territory.REUNION, debtor("Priya Ramassamy").territory());
        assertEquals(Territory.METROPOLITAN_FRANCE, debtor("Hôtel du Golfe SARL").territory(), "Corsica");
        Party german = debtor("Hotel Schwarzwaldblick GmbH");
        assertEquals(Territory.OTHER_EU_MEMBER_STATE, german.territory());
        assertEquals(Language.GERMAN, german.language());
        Party flemish = debtor("Hotel Zeezicht NV");
        assertEquals(Territory.BELGIUM, flemish.territory());
        assertEquals(Language.DUTCH, flemish.language());
    }

    @Test
    void readsAnAcknowledgedClaimWithItsAmounts() {
        RecoveryCase file = invoice("Transports Vaillant et Fils SAS", LocalDate.of(2021, 6, 14));
        assertEquals(Amount.euros("9840.00"), file.claim().principal());
        assertEquals(Optional.of(Amount.euros("8200.00")), file.claim().amountExcludingVat());
        assertEquals(LocalDate.of(2021, 8, 13), file.claim().dueDate(), "60 days from the invoice");
        assertEquals(ClaimNature.COMMERCIAL_BETWEEN_MERCHANTS, file.claim().nature());
        assertEquals(List.of(new CaseEvent.DebtAcknowledged(LocalDate.of(2024, 2, 20))),
                file.events(CaseEvent.DebtAcknowledged.class));
        assertEquals(Amount.euros("8340.00"), file.outstandingBalance(SampleData.EXPORTED_ON));
    }

    @Test
    void readsTheInsolvencyWithItsBodaccPublication() {
        List<RecoveryCase> insolvent = cases.stream()
                .filter(c -> !c.events(CaseEvent.InsolvencyOpened.class).isEmpty()).collect(Collectors.toList());
        assertEquals(3, insolvent.size());
        for (RecoveryCase file : insolvent) {
            assertEquals("Thermique Bâtiment Nord SAS", file.claim().debtor().name());
            assertEquals(List.of(new CaseEvent.InsolvencyOpened(LocalDate.of(2026, 9, 15), InsolvencyKind.LIQUIDATION,
                    Optional.of(LocalDate.of(2026, 9, 29)))), file.events(CaseEvent.InsolvencyOpened.class));
        }
    }

    @Test
    void readsTheDisputeThePromiseAndThePaymentPlan() {
        RecoveryCase disputed = only(CaseEvent.DisputeOpened.class);
        assertEquals("Hôtel Les Tilleuls SAS", disputed.claim().debtor().name());

        RecoveryCase promised = only(CaseEvent.PromiseToPay.class);
        assertEquals(new CaseEvent.PromiseToPay(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 30),
                Amount.euros("7460.00")), promised.events(CaseEvent.PromiseToPay.class).get(0));
        assertEquals(PartyKind.CONSUMER, promised.claim().debtor().kind());

        RecoveryCase planned = only(CaseEvent.PaymentPlanAgreed.class);
        List<Instalment> instalments = planned.events(CaseEvent.PaymentPlanAgreed.class).get(0).instalments();
        assertEquals(6, instalments.size());
        assertEquals(Amount.euros("24360.00"), instalments.stream().map(Instalment::amount)
                .reduce(Amount.zero(Amount.EUR), Amount::plus));
        assertEquals(Amount.euros("8120.00"), planned.outstandingBalance(SampleData.EXPORTED_ON));
    }

    @Test
    void holdsOldConsumerClaimsForTheLimitationExamples() {
        // Invoices of 2020-2021 to consumers: two years from the installation, C. conso. art. L218-2.
        long old = cases.stream().filter(c -> c.claim().nature() == ClaimNature.PROFESSIONAL_TO_CONSUMER
                && c.claim().issueDate().getYear() <= 2021).count();
        assertEquals(4, old);
        RecoveryCase nearLimit = invoice("Chantal Bertrand", LocalDate.of(2024, 12, 12));
        assertEquals(Optional.of(LocalDate.of(2024, 12, 8)), nearLimit.claim().performanceDate());
    }

    @Test
    void everyCaseIsOpenAndNoEventPostdatesTheExport() {
        for (RecoveryCase file : cases) {
            assertTrue(file.outstandingBalance(SampleData.EXPORTED_ON).isPositive(), file.id());
            assertFalse(file.events().stream().anyMatch(e -> e.date().isAfter(SampleData.EXPORTED_ON)), file.id());
        }
    }

    // ------------------------------------------------------------------------------------------------ errors

    private static final String HEADER = String.join(";", AgedBalanceExport.INVOICE_COLUMNS);
    private static final String GOOD = "FA-1;2026-03-02;2026-02-27;2026-04-01;30D;INVOICE;EUR;1200.00;1000.00;C1;"
            + "COMPANY;true;Boulangerie Test SARL;1 rue Haute;69003;Lyon;FR;041273855;;;;fr";
    private static final String EVENTS = String.join(";", AgedBalanceExport.EVENT_COLUMNS);

    @Test
    void readsAMinimalExport() {
        List<RecoveryCase> read = read(HEADER + "\n" + GOOD + "\n", EVENTS + "\nFA-1;2026-04-10;PaymentReceived;"
                + "200.00;;;;\n");
        assertEquals(1, read.size());
        assertEquals(Amount.euros("1000.00"), read.get(0).outstandingBalance(LocalDate.of(2026, 4, 30)));
    }

    @Test
    void namesTheLineAndColumnOfABadDate() {
        ExportFormatException e = invoiceError(GOOD.replace("2026-04-01", "2026-04-31"));
        assertEquals("aged-balance.csv line 2, column due_date: '2026-04-31' is not a date of the form 2026-03-31",
                e.getMessage());
        assertEquals(2, e.line());
        assertEquals("due_date", e.column());
        assertEquals("aged-balance.csv", e.source());
    }

    @Test
    void namesTheColumnOfWhatTheLibraryRefuses() {
        assertEquals("aged-balance.csv line 2, column due_date: 2026-01-01 is before issueDate 2026-03-02",
                invoiceError(GOOD.replace("2026-04-01", "2026-01-01")).getMessage());
        assertEquals("aged-balance.csv line 2, column customer_siren: '041273856' fails the Luhn check digit",
                invoiceError(GOOD.replace("041273855", "041273856")).getMessage());
        assertEquals("aged-balance.csv line 2, column amount_incl_vat: '1200,00' is not a decimal number with a "
                + "dot, such as 1250.00", invoiceError(GOOD.replace("1200.00", "1200,00")).getMessage());
        assertEquals("aged-balance.csv line 2, column customer_kind: 'company' is not one of CONSUMER, "
                + "PROFESSIONAL_NATURAL_PERSON, COMPANY, NON_PROFESSIONAL_LEGAL_PERSON, PUBLIC_BODY",
                invoiceError(GOOD.replace(";COMPANY;", ";company;")).getMessage());
        assertEquals("aged-balance.csv line 2, column customer_merchant: true is impossible for a party of kind "
                + "CONSUMER; a merchant acts professionally (C. com. art. L121-1)",
                invoiceError(GOOD.replace(";COMPANY;", ";CONSUMER;").replace(";041273855;", ";;")).getMessage());
        assertEquals("aged-balance.csv line 2, column payment_terms: '30 jours' is not STATUTORY, 30D (days from "
                + "invoice), EOM+45D (end of month then days) or 45D+EOM (days then end of month)",
                invoiceError(GOOD.replace(";30D;", ";30 jours;")).getMessage());
    }

    @Test
    void namesTheProblemsOfTheFileItself() {
        assertEquals("aged-balance.csv line 1, column customer_city: is missing from the header",
                assertThrows(ExportFormatException.class, () -> read(HEADER.replace(";customer_city", "") + "\n",
                        EVENTS + "\n")).getMessage());
        assertEquals("aged-balance.csv line 3, column invoice: 'FA-1' appears twice; first on line 2",
                assertThrows(ExportFormatException.class, () -> read(HEADER + "\n" + GOOD + "\n" + GOOD + "\n",
                        EVENTS + "\n")).getMessage());
        assertEquals("aged-balance.csv line 2: has 21 fields but the header has 22",
                invoiceError(GOOD.substring(0, GOOD.lastIndexOf(';'))).getMessage());
        assertEquals("aged-balance.csv line 2: has a quote that is never closed",
                invoiceError(GOOD.replace("Boulangerie", "\"Boulangerie")).getMessage());
    }

    @Test
    void ignoresASpreadsheetsByteOrderMarkBlankLinesAndWindowsLineEnds() {
        List<RecoveryCase> read = read("\uFEFF" + HEADER + "\r\n\r\n" + GOOD + "\r\n", EVENTS + "\r\n");
        assertEquals("FA-1", read.get(0).id());
        assertEquals("1 rue Haute", read.get(0).claim().debtor().address().lines().get(0));
    }

    @Test
    void quotedCellsMayHoldTheSeparatorAndQuotes() {
        List<RecoveryCase> read = read(HEADER + "\n" + GOOD.replace("Boulangerie Test SARL",
                "\"Boulangerie \"\"Le Test\"\"; SARL\"") + "\n", EVENTS + "\n");
        assertEquals("Boulangerie \"Le Test\"; SARL", read.get(0).claim().debtor().name());
    }

    @Test
    void refusesACustomerWhoseColumnsChangeWithoutShowingPersonalData() {
        String second = GOOD.replace("FA-1", "FA-2").replace("Boulangerie Test SARL", "Boulangerie Autre SARL");
        ExportFormatException e = assertThrows(ExportFormatException.class,
                () -> read(HEADER + "\n" + GOOD + "\n" + second + "\n", EVENTS + "\n"));
        assertEquals("aged-balance.csv line 3, column customer_name: differs from line 2 for the same customer 'C1'",
                e.getMessage());
    }

    @Test
    void namesTheLineAndColumnOfABadEvent() {
        assertEquals("case-events.csv line 2, column invoice: 'FA-9' is not an invoice of aged-balance.csv",
                eventError("FA-9;2026-04-10;PaymentReceived;200.00;;;;").getMessage());
        assertTrue(eventError("FA-1;2026-04-10;Payment;200.00;;;;").getMessage().startsWith(
                "case-events.csv line 2, column event: 'Payment' is not a kind of event; expected one of "
                        + "AccelerationDeclared, ActionExecuted, "));
        assertEquals("case-events.csv line 2, column amount: is empty; a PaymentReceived event requires it (amount)",
                eventError("FA-1;2026-04-10;PaymentReceived;;;;;").getMessage());
        assertEquals("case-events.csv line 2, column amount: EUR -5.00 must be positive",
                eventError("FA-1;2026-04-10;PaymentReceived;-5.00;;;;").getMessage());
        assertEquals("case-events.csv line 2, column code: 'EMAIL' is not used by a PaymentReceived event",
                eventError("FA-1;2026-04-10;PaymentReceived;5.00;EMAIL;;;").getMessage());
        assertEquals("case-events.csv line 2, column code: 'FAX' is not one of EMAIL, LETTER, REGISTERED_LETTER, "
                + "PHONE, JUDICIAL_OFFICER", eventError("FA-1;2026-04-10;ReminderSent;;FAX;;;").getMessage());
        assertEquals("case-events.csv line 2, column other_date: 2026-04-01 is before the promise's date 2026-04-10",
                eventError("FA-1;2026-04-10;PromiseToPay;100.00;;2026-04-01;;").getMessage());
        assertEquals("case-events.csv line 2, column date: 2026-01-01 is before the claim arose on 2026-02-27",
                eventError("FA-1;2026-01-01;ReminderSent;;EMAIL;;;").getMessage());
        assertEquals("case-events.csv line 2, column instalments: '2026-05-01:100.00' is not an instalment of the "
                + "form 2026-07-31=400.00 (instalments separated by |)",
                eventError("FA-1;2026-04-10;PaymentPlanAgreed;;;;2026-05-01:100.00;").getMessage());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static List<RecoveryCase> read(String invoices, String events) {
        return AgedBalanceExport.read(SampleData.creditor(), new StringReader(invoices), new StringReader(events));
    }

    private static ExportFormatException invoiceError(String row) {
        return assertThrows(ExportFormatException.class, () -> read(HEADER + "\n" + row + "\n", EVENTS + "\n"));
    }

    private static ExportFormatException eventError(String row) {
        return assertThrows(ExportFormatException.class, () -> read(HEADER + "\n" + GOOD + "\n",
                EVENTS + "\n" + row + "\n"));
    }

    private static Set<Party> debtors() {
        return cases.stream().map(c -> c.claim().debtor()).collect(Collectors.toSet());
    }

    private static long count(Set<Party> debtors, java.util.function.Predicate<Party> test) {
        return debtors.stream().filter(test).count();
    }

    private static Party debtor(String name) {
        return debtors().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static RecoveryCase invoice(String debtor, LocalDate issued) {
        return cases.stream().filter(c -> c.claim().debtor().name().equals(debtor)
                && c.claim().issueDate().equals(issued)).findFirst().orElseThrow();
    }

    private static <T extends CaseEvent> RecoveryCase only(Class<T> kind) {
        List<RecoveryCase> found = cases.stream().filter(c -> !c.events(kind).isEmpty()).collect(Collectors.toList());
        assertEquals(1, found.size(), kind.getSimpleName());
        return found.get(0);
    }
}
