package org.recouvrement.examples.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.recouvrement.InvalidValueException;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimNature;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.EndOfMonthMethod;
import org.recouvrement.claim.Evidence;
import org.recouvrement.claim.EvidenceKind;
import org.recouvrement.claim.Guarantee;
import org.recouvrement.claim.GuaranteeKind;
import org.recouvrement.claim.Instalment;
import org.recouvrement.claim.PaymentTerms;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.BelgianEnterpriseNumber;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.party.Siren;
import org.recouvrement.party.Siret;
import org.recouvrement.party.VatNumber;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Reads and writes a {@link RecoveryCase} in the JSON case format (<i>dossier au format JSON</i>): the claim, its
 * two parties and the timeline of events, as described in {@code docs/CASE-FORMAT.md} and the JSON Schema
 * {@code docs/recouvrement-case.schema.json}.
 *
 * <pre>{@code
 * RecoveryCase file = CaseJson.read(Files.readString(Path.of("case.json")));
 * String json = CaseJson.write(file);       // reads back to an equal case
 * }</pre>
 *
 * <p>Reading is strict, so that a typing mistake in an ERP's export is reported rather than silently dropped: a
 * missing required field, an unknown field, a value of the wrong form, or a case the library refuses (a due date
 * before the issue date, an event before the claim arose) throws a {@link CaseFormatException} whose one-line message
 * names the field by its path ({@code claim.debtor.address.postalCode}, {@code events[2].amount}). Amounts are read
 * from JSON strings or numbers without going through binary floating point; they are written as strings. Writing is
 * deterministic: the same case gives the same bytes, with {@code \n} line ends, on every machine.
 *
 * <p>Stateless and thread-safe.
 */
public final class CaseJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Set<String> CASE_FIELDS = Set.of("$schema", "claim", "events");
    private static final Set<String> CLAIM_FIELDS = Set.of("reference", "origin", "nature", "currency", "principal",
            "amountIncludingVat", "amountExcludingVat", "issueDate", "performanceDate", "dueDate", "paymentTerms",
            "instalments", "contractualInterestRate", "penaltyClause", "capitalisationClause", "evidence",
            "guarantees", "creditor", "debtor");
    private static final Set<String> PARTY_FIELDS = Set.of("kind", "merchant", "name", "address", "siren", "siret",
            "belgianEnterpriseNumber", "vatNumber", "language");
    private static final Set<String> ADDRESS_FIELDS = Set.of("lines", "postalCode", "city", "country");
    private static final Set<String> TERMS_FIELDS = Set.of("kind", "days", "endOfMonthMethod");
    private static final Set<String> INSTALMENT_FIELDS = Set.of("dueDate", "amount");
    private static final Set<String> EVIDENCE_FIELDS = Set.of("kind", "description", "date");
    private static final Set<String> GUARANTEE_FIELDS = Set.of("kind", "amount", "provider");

    /** The kinds of payment terms, as the {@code paymentTerms.kind} field names them. */
    private enum TermsKind {
        STATUTORY_DEFAULT, DAYS_FROM_INVOICE, DAYS_END_OF_MONTH
    }

    private CaseJson() {
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * Reads one case.
     *
     * @param json the JSON text of one case object
     * @return the case
     * @throws CaseFormatException if the text is not a valid case, naming the field at fault
     */
    public static RecoveryCase read(String json) {
        Objects.requireNonNull(json, "json");
        return caseOf(new Obj(parse(json), ""));
    }

    /**
     * Reads one case from a stream of characters, which is read to its end but not closed.
     *
     * @param in the JSON text of one case object
     * @return the case
     * @throws CaseFormatException if the text is not a valid case, naming the field at fault
     * @throws UncheckedIOException if the text cannot be read
     */
    public static RecoveryCase read(Reader in) {
        return read(readAll(in));
    }

    /**
     * Reads a portfolio: either one case object or an array of case objects.
     *
     * @param json the JSON text
     * @return the cases, in the order given
     * @throws CaseFormatException if the text is not a valid case or array of cases, naming the field at fault
     */
    public static List<RecoveryCase> readCases(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode root = parse(json);
        if (!root.isArray()) {
            return List.of(caseOf(new Obj(root, "")));
        }
        List<RecoveryCase> cases = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            cases.add(caseOf(new Obj(root.get(i), "[" + i + "]")));
        }
        return List.copyOf(cases);
    }

    /**
     * Reads a claim written by {@link #writeClaim(Claim)}.
     *
     * @param json the JSON text of a claim object
     * @return the claim
     * @throws CaseFormatException if the text is not a valid claim, naming the field at fault
     */
    public static Claim readClaim(String json) {
        Objects.requireNonNull(json, "json");
        return claimOf(new Obj(parse(json), "claim"));
    }

    /**
     * Reads an event written by {@link #writeEvent(CaseEvent)}.
     *
     * @param json the JSON text of an event object
     * @param currency the currency of the claim, in which the event's amounts are
     * @return the event
     * @throws CaseFormatException if the text is not a valid event, naming the field at fault
     */
    public static CaseEvent readEvent(String json, Currency currency) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(currency, "currency");
        return eventOf(new Obj(parse(json), "event"), currency);
    }

    private static JsonNode parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "at line " + e.getLocation().getLineNr() + " column "
                    + e.getLocation().getColumnNr();
            String why = firstLine(e.getOriginalMessage());
            throw new CaseFormatException("JSON", where.isEmpty() ? "text" : where, "is not valid JSON: " + why);
        }
        if (root == null || root.isMissingNode()) {
            throw new CaseFormatException("JSON", "(empty)", "is not a JSON document");
        }
        return root;
    }

    private static RecoveryCase caseOf(Obj root) {
        root.requireObject("a case").allowOnly(CASE_FIELDS, "a case");
        Claim claim = claimOf(root.object("claim"));
        List<CaseEvent> events = new ArrayList<>();
        List<Obj> items = root.optionalArray("events");
        for (Obj item : items) {
            CaseEvent event = eventOf(item, claim.currency());
            item.wrap(() -> RecoveryCase.of(claim, List.of(event)));
            events.add(event);
        }
        return root.wrap(() -> RecoveryCase.of(claim, events));
    }

    private static Claim claimOf(Obj json) {
        json.requireObject("a claim").allowOnly(CLAIM_FIELDS, "a claim");
        Currency currency = json.currency("currency");
        Claim.Builder claim = Claim.builder()
                .reference(json.text("reference"))
                .origin(json.code("origin", ClaimOrigin.class))
                .principal(json.amount("principal", currency))
                .issueDate(json.date("issueDate"))
                .creditor(partyOf(json.object("creditor")))
                .debtor(partyOf(json.object("debtor")));
        json.optional("nature", n -> n.code(ClaimNature.class)).ifPresent(claim::nature);
        json.optional("amountIncludingVat", n -> n.amount(currency)).ifPresent(claim::amountIncludingVat);
        json.optional("amountExcludingVat", n -> n.amount(currency)).ifPresent(claim::amountExcludingVat);
        json.optional("performanceDate", Obj::date).ifPresent(claim::performanceDate);
        Optional<LocalDate> due = json.optional("dueDate", Obj::date);
        Optional<PaymentTerms> terms = json.optional("paymentTerms", CaseJson::termsOf);
        if (due.isEmpty() && terms.isEmpty()) {
            throw new CaseFormatException(json.path("dueDate"), "(none)", "is required unless paymentTerms is given");
        }
        due.ifPresent(claim::dueDate);
        terms.ifPresent(claim::paymentTerms);
        for (Obj instalment : json.optionalArray("instalments")) {
            instalment.requireObject("an instalment").allowOnly(INSTALMENT_FIELDS, "an instalment");
            claim.addInstalments(instalment.wrap(() -> Instalment.of(instalment.date("dueDate"),
                    instalment.amount("amount", currency))));
        }
        json.optional("contractualInterestRate", Obj::percent).ifPresent(claim::contractualInterestRate);
        json.optional("penaltyClause", n -> n.amount(currency)).ifPresent(claim::penaltyClause);
        json.optional("capitalisationClause", Obj::bool).ifPresent(claim::capitalisationClause);
        for (Obj evidence : json.optionalArray("evidence")) {
            evidence.requireObject("evidence").allowOnly(EVIDENCE_FIELDS, "evidence");
            EvidenceKind kind = evidence.code("kind", EvidenceKind.class);
            String description = evidence.text("description");
            Optional<LocalDate> date = evidence.optional("date", Obj::date);
            claim.addEvidence(evidence.wrap(() -> date.isPresent() ? Evidence.of(kind, description, date.get())
                    : Evidence.of(kind, description)));
        }
        for (Obj guarantee : json.optionalArray("guarantees")) {
            guarantee.requireObject("a guarantee").allowOnly(GUARANTEE_FIELDS, "a guarantee");
            Guarantee.Builder builder = Guarantee.builder().kind(guarantee.code("kind", GuaranteeKind.class));
            guarantee.optional("amount", n -> n.amount(currency)).ifPresent(builder::amount);
            guarantee.optional("provider", Obj::text).ifPresent(builder::provider);
            claim.addGuarantees(guarantee.wrap(builder::build));
        }
        return json.wrap(claim::build);
    }

    private static PaymentTerms termsOf(Obj json) {
        json.requireObject("payment terms").allowOnly(TERMS_FIELDS, "payment terms");
        TermsKind kind = json.code("kind", TermsKind.class);
        switch (kind) {
            case STATUTORY_DEFAULT:
                json.forbid("days", "is not allowed with kind STATUTORY_DEFAULT (always 30 days from performance)");
                json.forbid("endOfMonthMethod", "is not allowed with kind STATUTORY_DEFAULT");
                return PaymentTerms.statutoryDefault();
            case DAYS_FROM_INVOICE:
                json.forbid("endOfMonthMethod", "is not allowed with kind DAYS_FROM_INVOICE");
                int days = json.integer("days");
                return json.wrap(() -> PaymentTerms.daysFromInvoice(days));
            default:
                int eomDays = json.integer("days");
                EndOfMonthMethod method = json.code("endOfMonthMethod", EndOfMonthMethod.class);
                return json.wrap(() -> PaymentTerms.daysEndOfMonth(eomDays, method));
        }
    }

    private static Party partyOf(Obj json) {
        json.requireObject("a party").allowOnly(PARTY_FIELDS, "a party");
        Party.Builder party = Party.builder()
                .kind(json.code("kind", PartyKind.class))
                .name(json.text("name"))
                .address(addressOf(json.object("address")));
        json.optional("merchant", Obj::bool).ifPresent(party::merchant);
        json.optional("language", n -> n.code(Language.class)).ifPresent(party::language);
        json.optional("siren", n -> n.identifier(Siren::parse)).ifPresent(party::siren);
        json.optional("siret", n -> n.identifier(Siret::parse)).ifPresent(party::siret);
        json.optional("belgianEnterpriseNumber", n -> n.identifier(BelgianEnterpriseNumber::parse))
                .ifPresent(party::belgianEnterpriseNumber);
        json.optional("vatNumber", n -> n.identifier(VatNumber::parse)).ifPresent(party::vatNumber);
        return json.wrap(party::build);
    }

    private static PostalAddress addressOf(Obj json) {
        json.requireObject("an address").allowOnly(ADDRESS_FIELDS, "an address");
        PostalAddress.Builder address = PostalAddress.builder()
                .postalCode(json.text("postalCode"))
                .city(json.text("city"))
                .country(json.text("country"));
        List<Obj> lines = json.array("lines");
        for (Obj line : lines) {
            address.addLines(line.text());
        }
        return json.wrap(address::build);
    }

    private static CaseEvent eventOf(Obj json, Currency currency) {
        json.requireObject("an event");
        String name = json.text("type");
        EventType type = EventType.named(name).orElseThrow(() -> new CaseFormatException(json.path("type"),
                "'" + name + "'", "is not a kind of event; expected one of " + String.join(", ", EventType.names())));
        List<String> allowed = new ArrayList<>();
        allowed.add("type");
        List<Object> values = new ArrayList<>();
        for (EventType.Attribute attribute : type.attributes()) {
            allowed.add(attribute.name());
            Function<Obj, Object> reader = valueReader(attribute, currency);
            values.add(attribute.optional() ? json.optional(attribute.name(), reader).orElse(null)
                    : reader.apply(json.field(attribute.name())));
        }
        json.allowOnly(Set.copyOf(allowed), "a " + name + " event");
        return json.wrap(() -> type.create(values));
    }

    private static Function<Obj, Object> valueReader(EventType.Attribute attribute, Currency currency) {
        switch (attribute.kind()) {
            case DATE:
                return Obj::date;
            case AMOUNT:
                return n -> n.amount(currency);
            case TEXT:
                return Obj::text;
            case CODE:
                return n -> n.code(attribute);
            default:
                return n -> {
                    List<Instalment> instalments = new ArrayList<>();
                    for (Obj item : n.items()) {
                        item.requireObject("an instalment").allowOnly(INSTALMENT_FIELDS, "an instalment");
                        instalments.add(item.wrap(() -> Instalment.of(item.date("dueDate"),
                                item.amount("amount", currency))));
                    }
                    return List.copyOf(instalments);
                };
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    /**
     * Writes a case, pretty-printed with two-space indentation and {@code \n} line ends.
     *
     * @param file the case
     * @return the JSON text, ending with a line end
     */
    public static String write(RecoveryCase file) {
        Objects.requireNonNull(file, "file");
        ObjectNode root = NODES.objectNode();
        root.set("claim", claimNode(file.claim()));
        ArrayNode events = root.putArray("events");
        for (CaseEvent event : file.events()) {
            events.add(eventNode(event));
        }
        return print(root, true);
    }

    /**
     * Writes a claim alone, on one line, as the case store keeps it.
     *
     * @param claim the claim
     * @return the JSON text of the claim object
     */
    public static String writeClaim(Claim claim) {
        return print(claimNode(Objects.requireNonNull(claim, "claim")), false);
    }

    /**
     * Writes one event alone, on one line, as the case store keeps it.
     *
     * @param event the event
     * @return the JSON text of the event object
     */
    public static String writeEvent(CaseEvent event) {
        return print(eventNode(Objects.requireNonNull(event, "event")), false);
    }

    private static String print(JsonNode node, boolean pretty) {
        try {
            return pretty ? MAPPER.writer(PRETTY).writeValueAsString(node) + "\n" : MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode claimNode(Claim claim) {
        ObjectNode json = NODES.objectNode();
        json.put("reference", claim.reference());
        json.put("origin", claim.origin().name());
        json.put("nature", claim.nature().name());
        json.put("currency", claim.currency().getCurrencyCode());
        json.put("principal", plain(claim.principal()));
        claim.amountIncludingVat().ifPresent(a -> json.put("amountIncludingVat", plain(a)));
        claim.amountExcludingVat().ifPresent(a -> json.put("amountExcludingVat", plain(a)));
        json.put("issueDate", claim.issueDate().toString());
        claim.performanceDate().ifPresent(d -> json.put("performanceDate", d.toString()));
        json.put("dueDate", claim.dueDate().toString());
        claim.paymentTerms().ifPresent(terms -> json.set("paymentTerms", termsNode(terms)));
        if (!claim.instalments().isEmpty()) {
            ArrayNode instalments = json.putArray("instalments");
            claim.instalments().forEach(i -> instalments.add(instalmentNode(i)));
        }
        claim.contractualInterestRate().ifPresent(r -> json.put("contractualInterestRate",
                r.percent().toPlainString()));
        claim.penaltyClause().ifPresent(a -> json.put("penaltyClause", plain(a)));
        if (claim.capitalisationClause()) {
            json.put("capitalisationClause", true);
        }
        if (!claim.evidence().isEmpty()) {
            ArrayNode evidence = json.putArray("evidence");
            for (Evidence item : claim.evidence()) {
                ObjectNode node = evidence.addObject();
                node.put("kind", item.kind().name());
                node.put("description", item.description());
                item.date().ifPresent(d -> node.put("date", d.toString()));
            }
        }
        if (!claim.guarantees().isEmpty()) {
            ArrayNode guarantees = json.putArray("guarantees");
            for (Guarantee item : claim.guarantees()) {
                ObjectNode node = guarantees.addObject();
                node.put("kind", item.kind().name());
                item.amount().ifPresent(a -> node.put("amount", plain(a)));
                item.provider().ifPresent(p -> node.put("provider", p));
            }
        }
        json.set("creditor", partyNode(claim.creditor()));
        json.set("debtor", partyNode(claim.debtor()));
        return json;
    }

    private static ObjectNode termsNode(PaymentTerms terms) {
        ObjectNode json = NODES.objectNode();
        if (terms.runsFromPerformance()) {
            json.put("kind", TermsKind.STATUTORY_DEFAULT.name());
        } else if (terms.endOfMonthMethod().isEmpty()) {
            json.put("kind", TermsKind.DAYS_FROM_INVOICE.name());
            json.put("days", terms.days());
        } else {
            json.put("kind", TermsKind.DAYS_END_OF_MONTH.name());
            json.put("days", terms.days());
            json.put("endOfMonthMethod", terms.endOfMonthMethod().get().name());
        }
        return json;
    }

    private static ObjectNode partyNode(Party party) {
        ObjectNode json = NODES.objectNode();
        json.put("kind", party.kind().name());
        json.put("merchant", party.merchant());
        json.put("name", party.name());
        ObjectNode address = json.putObject("address");
        ArrayNode lines = address.putArray("lines");
        party.address().lines().forEach(lines::add);
        address.put("postalCode", party.address().postalCode());
        address.put("city", party.address().city());
        address.put("country", party.address().country());
        party.siren().ifPresent(s -> json.put("siren", s.digits()));
        party.siret().ifPresent(s -> json.put("siret", s.digits()));
        party.belgianEnterpriseNumber().ifPresent(n -> json.put("belgianEnterpriseNumber", n.toString()));
        party.vatNumber().ifPresent(v -> json.put("vatNumber", v.toString()));
        json.put("language", party.language().name());
        return json;
    }

    private static ObjectNode eventNode(CaseEvent event) {
        EventType type = EventType.of(event);
        ObjectNode json = NODES.objectNode();
        json.put("type", type.name());
        List<EventType.Attribute> attributes = type.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            Object value = type.value(event, i);
            String name = attributes.get(i).name();
            if (value == null) {
                continue;
            }
            if (value instanceof Amount amount) {
                json.put(name, plain(amount));
            } else if (value instanceof Enum<?> code) {
                json.put(name, code.name());
            } else if (value instanceof List<?> list) {
                ArrayNode instalments = json.putArray(name);
                for (Object item : list) {
                    instalments.add(instalmentNode((Instalment) item));
                }
            } else {
                json.put(name, value.toString());
            }
        }
        return json;
    }

    private static ObjectNode instalmentNode(Instalment instalment) {
        ObjectNode json = NODES.objectNode();
        json.put("dueDate", instalment.dueDate().toString());
        json.put("amount", plain(instalment.amount()));
        return json;
    }

    private static String plain(Amount amount) {
        return amount.value().toPlainString();
    }

    private static String readAll(Reader in) {
        Objects.requireNonNull(in, "in");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).trim();
    }

    // ------------------------------------------------------------------------------------------------ nodes

    /** A JSON node and its path in the document, which every error message names. */
    private static final class Obj {

        private final JsonNode node;
        private final String path;

        Obj(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String path(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        String where() {
            return path.isEmpty() ? "case" : path;
        }

        Obj requireObject(String what) {
            if (!node.isObject()) {
                throw new CaseFormatException(where(), shown(), "is not a JSON object (" + what + ")");
            }
            return this;
        }

        void allowOnly(Set<String> fields, String what) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!fields.contains(name)) {
                    throw new CaseFormatException(path(name), "(unknown)", "is not a field of " + what
                            + "; expected one of " + String.join(", ", new java.util.TreeSet<>(fields)));
                }
            }
        }

        void forbid(String field, String rule) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull()) {
                throw new CaseFormatException(path(field), new Obj(value, path(field)).shown(), rule);
            }
        }

        /** The required field, as a node: absent or {@code null} is an error. */
        Obj field(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                throw new CaseFormatException(path(name), "(none)", "is required");
            }
            return new Obj(value, path(name));
        }

        <T> Optional<T> optional(String name, Function<Obj, T> reader) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            return Optional.of(reader.apply(new Obj(value, path(name))));
        }

        Obj object(String name) {
            return field(name).requireObject(name);
        }

        List<Obj> array(String name) {
            return field(name).items();
        }

        List<Obj> optionalArray(String name) {
            return optional(name, Obj::items).orElse(List.of());
        }

        List<Obj> items() {
            if (!node.isArray()) {
                throw new CaseFormatException(where(), shown(), "is not a JSON array");
            }
            List<Obj> items = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                items.add(new Obj(node.get(i), path + "[" + i + "]"));
            }
            return items;
        }

        String text(String name) {
            return field(name).text();
        }

        String text() {
            if (!node.isTextual()) {
                throw new CaseFormatException(where(), shown(), "is not a JSON string");
            }
            return node.textValue();
        }

        LocalDate date(String name) {
            return field(name).date();
        }

        LocalDate date() {
            String text = text();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new CaseFormatException(where(), "'" + text + "'", "is not a date of the form 2026-03-31");
            }
        }

        Amount amount(String name, Currency currency) {
            return field(name).amount(currency);
        }

        Amount amount(Currency currency) {
            BigDecimal value = decimal();
            return wrap(() -> Amount.of(value, currency), true);
        }

        Rate percent() {
            BigDecimal value = decimal();
            return wrap(() -> Rate.ofPercent(value), true);
        }

        BigDecimal decimal() {
            if (node.isNumber()) {
                return node.decimalValue();
            }
            String text = text();
            if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
                throw new CaseFormatException(where(), "'" + text + "'", "is not a decimal number such as 1250.00");
            }
            return new BigDecimal(text);
        }

        int integer(String name) {
            Obj field = field(name);
            if (!field.node.isIntegralNumber() || !field.node.canConvertToInt()) {
                throw new CaseFormatException(field.where(), field.shown(), "is not a whole number");
            }
            return field.node.intValue();
        }

        boolean bool() {
            if (!node.isBoolean()) {
                throw new CaseFormatException(where(), shown(), "is not true or false");
            }
            return node.booleanValue();
        }

        Currency currency(String name) {
            Obj field = field(name);
            String code = field.text();
            try {
                Currency currency = Currency.getInstance(code);
                if (!currency.getCurrencyCode().equals(code)) {
                    throw new IllegalArgumentException(code);
                }
                return currency;
            } catch (IllegalArgumentException e) {
                throw new CaseFormatException(field.where(), "'" + code + "'", "is not an ISO 4217 currency code");
            }
        }

        <E extends Enum<E>> E code(String name, Class<E> type) {
            return field(name).code(type);
        }

        <E extends Enum<E>> E code(Class<E> type) {
            String text = text();
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            throw new CaseFormatException(where(), "'" + text + "'", "is not one of " + names(type.getEnumConstants()));
        }

        Object code(EventType.Attribute attribute) {
            String text = text();
            return attribute.code(text).orElseThrow(() -> new CaseFormatException(where(), "'" + text + "'",
                    "is not one of " + String.join(", ", attribute.codeNames())));
        }

        <T> T identifier(Function<String, T> parser) {
            String text = text();
            return wrap(() -> parser.apply(text), true);
        }

        /** Runs a library call, naming this node in the error it may raise. */
        <T> T wrap(Supplier<T> call) {
            return wrap(call, false);
        }

        <T> T wrap(Supplier<T> call, boolean self) {
            try {
                return call.get();
            } catch (CaseFormatException e) {
                throw e;
            } catch (InvalidValueException e) {
                String field = self ? where() : path(fieldName(e.field()));
                throw new CaseFormatException(field, e.value(), e.rule());
            }
        }

        private String fieldName(String field) {
            // The library names a field of an event "PaymentReceived.date" and of an instalment "instalment.amount":
            // where this node is that event or item, its path already names it.
            int dot = field.indexOf('.');
            boolean named = dot > 0 && (Character.isUpperCase(field.charAt(0)) || path.endsWith("]"));
            return named ? field.substring(dot + 1) : field;
        }

        String shown() {
            if (node.isTextual()) {
                return "'" + node.textValue() + "'";
            }
            if (node.isObject()) {
                return "(object)";
            }
            if (node.isArray()) {
                return "(array)";
            }
            String text = node.toString();
            return text.length() > 40 ? text.substring(0, 40) + "..." : text;
        }

        private static String names(Enum<?>[] constants) {
            StringBuilder out = new StringBuilder();
            for (Enum<?> constant : constants) {
                out.append(out.length() == 0 ? "" : ", ").append(constant.name());
            }
            return out.toString();
        }
    }
}
