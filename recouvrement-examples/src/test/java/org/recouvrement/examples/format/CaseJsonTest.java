package org.recouvrement.examples.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.EndOfMonthMethod;
import org.recouvrement.claim.Evidence;
import org.recouvrement.claim.EvidenceKind;
import org.recouvrement.claim.Guarantee;
import org.recouvrement.claim.GuaranteeKind;
import org.recouvrement.claim.Instalment;
import org.recouvrement.claim.PaymentTerms;
import org.recouvrement.examples.sample.SampleData;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.party.Siret;
import org.recouvrement.recovery.AmicableProcess;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.CourtProceedings;
import org.recouvrement.recovery.DecisionKind;
import org.recouvrement.recovery.EnforcementKind;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;

class CaseJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // ------------------------------------------------------------------------------------------------ round trips

    @Test
    void everySampleCaseReadsBackEqual() {
        for (RecoveryCase file : SampleData.cases()) {
            String json = CaseJson.write(file);
            RecoveryCase read = CaseJson.read(json);
            assertEquals(file, read, file.id());
            assertEquals(json, CaseJson.write(read), "writing is stable for " + file.id());
        }
    }

    @Test
    void everyKindOfEventReadsBackEqual() {
        RecoveryCase file = RecoveryCase.of(fullClaim(), everyKindOfEvent());
        Set<String> kinds = new HashSet<>();
        file.events().forEach(e -> kinds.add(EventType.of(e).name()));
        assertEquals(new HashSet<>(EventType.names()), kinds, "the example holds every kind of event");
        assertEquals(file, CaseJson.read(CaseJson.write(file)));
    }

    @Test
    void aClaimWithEveryAttributeReadsBackEqual() {
        Claim claim = fullClaim();
        assertEquals(claim, CaseJson.readClaim(CaseJson.writeClaim(claim)));
        Claim endOfMonth = fullClaim(PaymentTerms.daysEndOfMonth(45, EndOfMonthMethod.DAYS_THEN_END_OF_MONTH));
        assertEquals(endOfMonth, CaseJson.readClaim(CaseJson.writeClaim(endOfMonth)));
    }

    @Test
    void anEventAloneReadsBackEqual() {
        CaseEvent event = new CaseEvent.PromiseToPay(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 30),
                Amount.euros("7460.00"));
        assertEquals("{\"type\":\"PromiseToPay\",\"date\":\"2026-11-05\",\"promisedDate\":\"2026-11-30\","
                + "\"amount\":\"7460.00\"}", CaseJson.writeEvent(event));
        assertEquals(event, CaseJson.readEvent(CaseJson.writeEvent(event), Amount.EUR));
    }

    @Test
    void writesWithUnixLineEndsAndAmountsAsStrings() {
        String json = CaseJson.write(SampleData.cases().get(0));
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
        assertTrue(json.contains("\"principal\": \"8940.00\""), json);
    }

    @Test
    void readsAmountsGivenAsJsonNumbersExactly() throws IOException {
        ObjectNode json = sample();
        ((ObjectNode) json.get("claim")).put("principal", new java.math.BigDecimal("8940.1"));
        assertEquals(Amount.euros("8940.10"), CaseJson.read(json.toString()).claim().principal());
    }

    @Test
    void readsThePortfolioOfTheExampleInTheDocs() throws IOException {
        // docs/case-example.json, shown in docs/CASE-FORMAT.md
        String text = Files.readString(Path.of("../docs/case-example.json"), StandardCharsets.UTF_8);
        RecoveryCase file = CaseJson.read(text);
        assertEquals("FA-2026-0117", file.id());
        assertEquals(text, CaseJson.write(file), "the example is in the form CaseJson writes");
        assertEquals(List.of(file), CaseJson.readCases("[" + text + "]"));
    }

    // ------------------------------------------------------------------------------------------------ errors

    @Test
    void namesTheMissingField() throws IOException {
        assertError("claim.debtor (none) is required", j -> claim(j).remove("debtor"));
        assertError("claim.debtor.address.postalCode (none) is required",
                j -> ((ObjectNode) claim(j).get("debtor").get("address")).remove("postalCode"));
        assertError("claim.principal (none) is required", j -> claim(j).put("principal", (String) null));
        assertError("claim (none) is required", j -> j.remove("claim"));
        assertError("claim.dueDate (none) is required unless paymentTerms is given", j -> {
            claim(j).remove("dueDate");
            claim(j).remove("paymentTerms");
        });
        assertError("events[1].channel (none) is required", j -> ((ObjectNode) j.get("events").get(1))
                .remove("channel"));
    }

    @Test
    void namesTheFieldOfAValueOfTheWrongForm() throws IOException {
        assertError("claim.principal '8940,00' is not a decimal number such as 1250.00",
                j -> claim(j).put("principal", "8940,00"));
        assertError("claim.principal 8940.005 has more than 2 decimal places for EUR; round it explicitly with "
                + "Amount.of(value, currency, roundingMode)", j -> claim(j).put("principal", "8940.005"));
        assertError("claim.origin 'invoice' is not one of INVOICE, CONTRACT, LOAN, JUDGMENT, OTHER",
                j -> claim(j).put("origin", "invoice"));
        assertError("claim.issueDate '2020-02-30' is not a date of the form 2026-03-31",
                j -> claim(j).put("issueDate", "2020-02-30"));
        assertError("claim.currency 'EURO' is not an ISO 4217 currency code", j -> claim(j).put("currency", "EURO"));
        assertError("claim.reference 42 is not a JSON string", j -> claim(j).put("reference", 42));
        assertError("claim.debtor.merchant 'no' is not true or false",
                j -> ((ObjectNode) claim(j).get("debtor")).put("merchant", "no"));
        assertError("events[0].type 'Payment' is not a kind of event; expected one of AccelerationDeclared, ",
                j -> ((ObjectNode) j.get("events").get(0)).put("type", "Payment"));
        assertError("events (object) is not a JSON array", j -> j.putObject("events"));
    }

    @Test
    void refusesUnknownFieldsSoThatATypingMistakeIsNotLost() throws IOException {
        assertError("claim.perfomanceDate (unknown) is not a field of a claim; expected one of ",
                j -> claim(j).put("perfomanceDate", "2020-10-05"));
        assertError("events[0].amount (unknown) is not a field of a ReminderSent event; expected one of channel, "
                + "date, type", j -> ((ObjectNode) j.get("events").get(0)).put("amount", "10.00"));
    }

    @Test
    void namesTheFieldOfWhatTheLibraryRefuses() throws IOException {
        assertError("claim.dueDate 2020-01-01 is before issueDate 2020-10-12",
                j -> claim(j).put("dueDate", "2020-01-01"));
        assertError("claim.debtor.siren '123456789' fails the Luhn check digit", j -> {
            ObjectNode debtor = (ObjectNode) claim(j).get("debtor");
            debtor.put("kind", "COMPANY");
            debtor.put("siren", "123456789");
        });
        assertError("events[0].date 2019-01-01 is before the claim arose on 2020-10-05",
                j -> ((ObjectNode) j.get("events").get(0)).put("date", "2019-01-01"));
        assertError("events[2].amount EUR -5.00 must be positive",
                j -> ((ObjectNode) j.get("events").get(2)).put("amount", "-5.00"));
    }

    @Test
    void namesWhereTheTextIsNotJson() {
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseJson.read("{\"claim\": {,}}"));
        assertTrue(e.getMessage().startsWith("JSON at line 1 column 12 is not valid JSON: Unexpected character"),
                e.getMessage());
        assertOneLine(e);
        assertEquals("JSON (empty) is not a JSON document",
                assertThrows(CaseFormatException.class, () -> CaseJson.read(" ")).getMessage());
        assertEquals("case (array) is not a JSON object (a case)",
                assertThrows(CaseFormatException.class, () -> CaseJson.read("[]")).getMessage());
        CaseFormatException duplicate = assertThrows(CaseFormatException.class,
                () -> CaseJson.read("{\"claim\": {}, \"claim\": {}}"));
        assertTrue(duplicate.getMessage().contains("Duplicate field 'claim'"), duplicate.getMessage());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static ObjectNode sample() throws IOException {
        // FA-2020-...: Karim Haddad, consumer; events: two reminders, then a payment of 2000.00.
        return (ObjectNode) JSON.readTree(CaseJson.write(SampleData.cases().get(0)));
    }

    private static ObjectNode claim(ObjectNode json) {
        return (ObjectNode) json.get("claim");
    }

    private static void assertError(String expectedStart, Consumer<ObjectNode> change) throws IOException {
        ObjectNode json = sample();
        change.accept(json);
        CaseFormatException e = assertThrows(CaseFormatException.class, () -> CaseJson.read(json.toString()));
        assertTrue(e.getMessage().startsWith(expectedStart), "expected '" + expectedStart + "' but was '"
                + e.getMessage() + "'");
        assertOneLine(e);
    }

    private static void assertOneLine(Exception e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    static Claim fullClaim() {
        return fullClaim(PaymentTerms.statutoryDefault());
    }

    static Claim fullClaim(PaymentTerms terms) {
        Party creditor = SampleData.creditor();
        Party debtor = Party.builder()
                .kind(PartyKind.COMPANY)
                .merchant(true)
                .name("Brasserie du Port SAS")
                .address(PostalAddress.builder().addLines("18 quai de la Fosse", "Bâtiment B").postalCode("44000")
                        .city("Nantes").country("FR").build())
                .siret(Siret.parse("05231846600019"))
                .build();
        return Claim.builder()
                .reference("FA-2026-0117")
                .creditor(creditor)
                .debtor(debtor)
                .origin(ClaimOrigin.CONTRACT)
                .principal(Amount.euros("4800.00"))
                .amountIncludingVat(Amount.euros("4800.00"))
                .amountExcludingVat(Amount.euros("4000.00"))
                .issueDate(LocalDate.of(2026, 3, 2))
                .performanceDate(LocalDate.of(2026, 2, 27))
                .paymentTerms(terms)
                .addInstalments(Instalment.of(LocalDate.of(2026, 4, 1), Amount.euros("2400.00")),
                        Instalment.of(LocalDate.of(2026, 5, 1), Amount.euros("2400.00")))
                .contractualInterestRate(Rate.ofPercent("12.5"))
                .penaltyClause(Amount.euros("480.00"))
                .capitalisationClause(true)
                .addEvidence(Evidence.of(EvidenceKind.PURCHASE_ORDER, "Bon de commande BC-2026-114",
                        LocalDate.of(2026, 2, 10)), Evidence.of(EvidenceKind.INVOICE, "Facture FA-2026-0117"))
                .addGuarantees(Guarantee.builder().kind(GuaranteeKind.SURETY).amount(Amount.euros("2000.00"))
                        .provider("Caution Mutuelle du Commerce").build(),
                        Guarantee.builder().kind(GuaranteeKind.RETENTION_OF_TITLE).build())
                .build();
    }

    static List<CaseEvent> everyKindOfEvent() {
        LocalDate d = LocalDate.of(2026, 4, 10);
        Amount a = Amount.euros("100.00");
        List<CaseEvent> events = new ArrayList<>(List.of(
                new CaseEvent.PaymentReceived(d, a),
                new CaseEvent.CreditNoteIssued(d, a),
                new CaseEvent.ReminderSent(d, ContactChannel.EMAIL),
                new CaseEvent.FormalNoticeSent(d, ContactChannel.REGISTERED_LETTER),
                new CaseEvent.FormalNoticeDelivered(d.plusDays(2)),
                new CaseEvent.DebtAcknowledged(d),
                new CaseEvent.DisputeOpened(d, "quantité livrée ; \"conforme\" ?"),
                new CaseEvent.DisputeClosed(d.plusDays(20)),
                new CaseEvent.PromiseToPay(d, d.plusDays(30), a),
                new CaseEvent.PaymentPlanAgreed(d, List.of(Instalment.of(d.plusMonths(1), a),
                        Instalment.of(d.plusMonths(2), a))),
                new CaseEvent.PaymentPlanBreached(d.plusMonths(3)),
                new CaseEvent.AccelerationDeclared(d.plusMonths(3)),
                new CaseEvent.DueDatePostponed(d, d.plusMonths(1)),
                new CaseEvent.AmicableProcessStarted(d, AmicableProcess.MEDIATION),
                new CaseEvent.AmicableProcessEnded(d.plusMonths(2), AmicableProcess.MEDIATION),
                new CaseEvent.SmallClaimsProcedureAccepted(d),
                new CaseEvent.SmallClaimsProcedureRefused(d.plusDays(5)),
                new CaseEvent.MeasureOfInquiryOrdered(d),
                new CaseEvent.MeasureOfInquiryCompleted(d.plusMonths(4)),
                new CaseEvent.ImpedimentStarted(d, "force majeure"),
                new CaseEvent.ImpedimentEnded(d.plusDays(9)),
                new CaseEvent.CourtActionFiled(d, CourtProceedings.ORDER_FOR_PAYMENT),
                new CaseEvent.CourtActionWithdrawn(d.plusDays(3)),
                new CaseEvent.CourtActionLapsed(d.plusDays(4)),
                new CaseEvent.CourtActionDismissed(d.plusDays(6)),
                new CaseEvent.DecisionRendered(d, DecisionKind.ORDER_FOR_PAYMENT, Optional.of(a)),
                new CaseEvent.DecisionRendered(d, DecisionKind.JUDGMENT, Optional.empty()),
                new CaseEvent.DecisionServed(d.plusDays(8)),
                new CaseEvent.EnforcementMeasureTaken(d, EnforcementKind.COMMAND_TO_PAY),
                new CaseEvent.InsolvencyOpened(d, InsolvencyKind.LIQUIDATION, Optional.of(d.plusDays(14))),
                new CaseEvent.InsolvencyOpened(d, InsolvencyKind.SAFEGUARD, Optional.empty()),
                new CaseEvent.ProofOfClaimFiled(d.plusDays(20), a),
                new CaseEvent.InsolvencyClosed(d.plusYears(1)),
                new CaseEvent.WrittenOff(d.plusYears(1)),
                new CaseEvent.ActionExecuted(d, "reminder-1"),
                new CaseEvent.ActionRejected(d, "formal-notice-1"),
                new CaseEvent.StepWaived(d, "phone-call", "debtor asked for letters only")));
        return events;
    }

    @Test
    void theSchemaNamesEveryKindOfEventAndEveryAttribute() throws IOException {
        JsonNode schema = JSON.readTree(Files.readString(Path.of("../docs/recouvrement-case.schema.json"),
                StandardCharsets.UTF_8));
        JsonNode kinds = schema.get("$defs").get("event").get("properties").get("type").get("enum");
        List<String> names = new ArrayList<>();
        kinds.forEach(k -> names.add(k.asText()));
        assertEquals(new java.util.TreeSet<>(EventType.names()), new java.util.TreeSet<>(names));
        assertEquals(EventType.names().size(), names.size());
        ArrayNode cases = (ArrayNode) schema.get("$defs").get("event").get("allOf");
        assertEquals(EventType.names().size(), cases.size(), "one rule per kind of event");
        for (JsonNode rule : cases) {
            String type = rule.get("if").get("properties").get("type").get("const").asText();
            EventType eventType = EventType.named(type).orElseThrow();
            Set<String> expected = new HashSet<>(List.of("type"));
            List<String> required = new ArrayList<>(List.of("type"));
            for (EventType.Attribute attribute : eventType.attributes()) {
                expected.add(attribute.name());
                if (!attribute.optional()) {
                    required.add(attribute.name());
                }
            }
            Set<String> declared = new HashSet<>();
            rule.get("then").get("properties").fieldNames().forEachRemaining(declared::add);
            assertEquals(expected, declared, type);
            List<String> declaredRequired = new ArrayList<>();
            rule.get("then").get("required").forEach(r -> declaredRequired.add(r.asText()));
            assertEquals(required, declaredRequired, type);
        }
    }
}
