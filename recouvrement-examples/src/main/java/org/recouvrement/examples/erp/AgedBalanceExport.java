package org.recouvrement.examples.erp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recouvrement.InvalidValueException;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.EndOfMonthMethod;
import org.recouvrement.claim.Instalment;
import org.recouvrement.claim.PaymentTerms;
import org.recouvrement.examples.format.EventType;
import org.recouvrement.money.Amount;
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
 * Reads an ERP's aged-balance export (<i>balance âgée</i>) into recovery cases: one file of open invoices with their
 * customers, one file of what happened to them (payments, reminders, a dispute, a payment plan...). The format is
 * described in {@code docs/CASE-FORMAT.md}; the module ships a sample of it ({@code SampleData}).
 *
 * <pre>{@code
 * List<RecoveryCase> cases = AgedBalanceExport.read(ourCompany, Path.of("export"));   // export/aged-balance.csv
 *                                                                                     // export/case-events.csv
 * }</pre>
 *
 * <p>Each invoice becomes one case, its invoice number the case's identifier; the customer columns, repeated on
 * every invoice of a customer, must agree from one line to the next. Reading stops at the first bad cell with an
 * {@link ExportFormatException} naming the file, the line and the column. Stateless and thread-safe.
 */
public final class AgedBalanceExport {

    /** The usual name of the invoices file. */
    public static final String INVOICES_FILE = "aged-balance.csv";
    /** The usual name of the events file. */
    public static final String EVENTS_FILE = "case-events.csv";

    /** Every column of the invoices file, in the order the sample writes them. */
    public static final List<String> INVOICE_COLUMNS = List.of("invoice", "invoice_date", "performance_date",
            "due_date", "payment_terms", "origin", "currency", "amount_incl_vat", "amount_excl_vat", "customer",
            "customer_kind", "customer_merchant", "customer_name", "customer_street", "customer_postal_code",
            "customer_city", "customer_country", "customer_siren", "customer_siret", "customer_enterprise_number",
            "customer_vat", "customer_language");
    /** Every column of the events file, in the order the sample writes them. */
    public static final List<String> EVENT_COLUMNS = List.of("invoice", "date", "event", "amount", "code",
            "other_date", "instalments", "text");

    private static final List<String> REQUIRED_INVOICE_COLUMNS = List.of("invoice", "invoice_date", "currency",
            "amount_incl_vat", "customer", "customer_kind", "customer_name", "customer_street",
            "customer_postal_code", "customer_city", "customer_country");
    private static final List<String> REQUIRED_EVENT_COLUMNS = List.of("invoice", "date", "event");
    private static final List<String> CUSTOMER_COLUMNS = INVOICE_COLUMNS.subList(
            INVOICE_COLUMNS.indexOf("customer_kind"), INVOICE_COLUMNS.size());
    /** Columns holding personal data, whose content a message never shows. */
    private static final List<String> PERSONAL_COLUMNS = List.of("customer_name", "customer_street");

    /** Where a field the library names in an error is found in the invoices file. */
    private static final Map<String, String> CLAIM_COLUMNS = Map.ofEntries(
            Map.entry("reference", "invoice"), Map.entry("issueDate", "invoice_date"),
            Map.entry("performanceDate", "performance_date"), Map.entry("dueDate", "due_date"),
            Map.entry("paymentTerms", "payment_terms"), Map.entry("days", "payment_terms"),
            Map.entry("principal", "amount_incl_vat"), Map.entry("amountExcludingVat", "amount_excl_vat"),
            Map.entry("nature", "customer_kind"), Map.entry("origin", "origin"));
    private static final Map<String, String> PARTY_COLUMNS = Map.ofEntries(
            Map.entry("kind", "customer_kind"), Map.entry("merchant", "customer_merchant"),
            Map.entry("name", "customer_name"), Map.entry("lines", "customer_street"),
            Map.entry("postalCode", "customer_postal_code"), Map.entry("city", "customer_city"),
            Map.entry("country", "customer_country"), Map.entry("countryCode", "customer_country"),
            Map.entry("siren", "customer_siren"), Map.entry("siret", "customer_siret"),
            Map.entry("belgianEnterpriseNumber", "customer_enterprise_number"),
            Map.entry("vatNumber", "customer_vat"), Map.entry("language", "customer_language"));

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DAYS = Pattern.compile("([0-9]{1,3})D");
    private static final Pattern END_OF_MONTH_THEN_DAYS = Pattern.compile("EOM\\+([0-9]{1,3})D");
    private static final Pattern DAYS_THEN_END_OF_MONTH = Pattern.compile("([0-9]{1,3})D\\+EOM");

    private AgedBalanceExport() {
    }

    /**
     * Reads the two files of an export from a directory: {@value #INVOICES_FILE} and {@value #EVENTS_FILE}, in UTF-8.
     *
     * @param creditor the company whose receivables these are
     * @param directory the directory holding the two files
     * @return one case per invoice, in the order of the invoices file
     * @throws ExportFormatException if a line cannot be read, naming the file, the line and the column
     * @throws UncheckedIOException if a file cannot be read
     */
    public static List<RecoveryCase> read(Party creditor, Path directory) {
        Objects.requireNonNull(directory, "directory");
        try (Reader invoices = Files.newBufferedReader(directory.resolve(INVOICES_FILE), StandardCharsets.UTF_8);
                Reader events = Files.newBufferedReader(directory.resolve(EVENTS_FILE), StandardCharsets.UTF_8)) {
            return read(creditor, invoices, events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an export from two streams of characters, which are read to their end but not closed. Messages name the
     * files {@value #INVOICES_FILE} and {@value #EVENTS_FILE}.
     *
     * @param creditor the company whose receivables these are
     * @param invoices the invoices file
     * @param events the events file
     * @return one case per invoice, in the order of the invoices file
     * @throws ExportFormatException if a line cannot be read, naming the file, the line and the column
     */
    public static List<RecoveryCase> read(Party creditor, Reader invoices, Reader events) {
        Objects.requireNonNull(creditor, "creditor");
        Objects.requireNonNull(invoices, "invoices");
        Objects.requireNonNull(events, "events");
        Map<String, Claim> claims = claims(creditor,
                CsvFile.read(invoices, INVOICES_FILE, REQUIRED_INVOICE_COLUMNS));
        Map<String, List<CaseEvent>> timelines = new HashMap<>();
        for (CsvFile.Row row : CsvFile.read(events, EVENTS_FILE, REQUIRED_EVENT_COLUMNS).rows()) {
            String invoice = row.required("invoice");
            Claim claim = claims.get(invoice);
            if (claim == null) {
                throw row.error("invoice", "'" + invoice + "'", "is not an invoice of " + INVOICES_FILE);
            }
            CaseEvent event = event(row, claim.currency());
            at(row, "date", () -> RecoveryCase.of(claim, List.of(event)));
            timelines.computeIfAbsent(invoice, k -> new ArrayList<>()).add(event);
        }
        List<RecoveryCase> cases = new ArrayList<>();
        for (Claim claim : claims.values()) {
            cases.add(RecoveryCase.of(claim, timelines.getOrDefault(claim.reference(), List.of())));
        }
        return List.copyOf(cases);
    }

    // ----------------------------------------------------------------------------------------------- invoices

    private static Map<String, Claim> claims(Party creditor, CsvFile file) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        Map<String, Integer> invoiceLines = new HashMap<>();
        Map<String, CsvFile.Row> firstRowOfCustomer = new HashMap<>();
        Map<String, Party> customers = new HashMap<>();
        for (CsvFile.Row row : file.rows()) {
            String invoice = row.required("invoice");
            Integer earlier = invoiceLines.putIfAbsent(invoice, row.line());
            if (earlier != null) {
                throw row.error("invoice", "'" + invoice + "'", "appears twice; first on line " + earlier);
            }
            String customer = row.required("customer");
            CsvFile.Row first = firstRowOfCustomer.putIfAbsent(customer, row);
            if (first == null) {
                customers.put(customer, party(row));
            } else {
                for (String column : CUSTOMER_COLUMNS) {
                    if (!row.get(column).equals(first.get(column))) {
                        throw row.error(column, shown(column, row.get(column)), "differs from line " + first.line()
                                + " for the same customer '" + customer + "'");
                    }
                }
            }
            claims.put(invoice, claim(row, creditor, customers.get(customer)));
        }
        return claims;
    }

    private static Claim claim(CsvFile.Row row, Party creditor, Party debtor) {
        Currency currency = currency(row, "currency");
        Claim.Builder claim = Claim.builder()
                .reference(row.required("invoice"))
                .creditor(creditor)
                .debtor(debtor)
                .origin(row.get("origin").isEmpty() ? ClaimOrigin.INVOICE : code(row, "origin", ClaimOrigin.class))
                .principal(amount(row, "amount_incl_vat", row.required("amount_incl_vat"), currency))
                .issueDate(date(row, "invoice_date", row.required("invoice_date")));
        if (!row.get("performance_date").isEmpty()) {
            claim.performanceDate(date(row, "performance_date", row.get("performance_date")));
        }
        if (!row.get("amount_excl_vat").isEmpty()) {
            claim.amountExcludingVat(amount(row, "amount_excl_vat", row.get("amount_excl_vat"), currency));
        }
        boolean hasTerms = !row.get("payment_terms").isEmpty();
        if (hasTerms) {
            claim.paymentTerms(terms(row));
        }
        if (!row.get("due_date").isEmpty()) {
            claim.dueDate(date(row, "due_date", row.get("due_date")));
        } else if (!hasTerms) {
            throw row.error("due_date", "", "is empty; a due date is required unless payment_terms gives it");
        }
        return at(row, CLAIM_COLUMNS, claim::build);
    }

    private static PaymentTerms terms(CsvFile.Row row) {
        String text = row.get("payment_terms");
        if (text.equals("STATUTORY")) {
            return PaymentTerms.statutoryDefault();
        }
        Matcher days = DAYS.matcher(text);
        if (days.matches()) {
            return PaymentTerms.daysFromInvoice(Integer.parseInt(days.group(1)));
        }
        Matcher endThenDays = END_OF_MONTH_THEN_DAYS.matcher(text);
        if (endThenDays.matches()) {
            return PaymentTerms.daysEndOfMonth(Integer.parseInt(endThenDays.group(1)),
                    EndOfMonthMethod.END_OF_MONTH_THEN_DAYS);
        }
        Matcher daysThenEnd = DAYS_THEN_END_OF_MONTH.matcher(text);
        if (daysThenEnd.matches()) {
            return PaymentTerms.daysEndOfMonth(Integer.parseInt(daysThenEnd.group(1)),
                    EndOfMonthMethod.DAYS_THEN_END_OF_MONTH);
        }
        throw row.error("payment_terms", "'" + text + "'",
                "is not STATUTORY, 30D (days from invoice), EOM+45D (end of month then days) or 45D+EOM "
                        + "(days then end of month)");
    }

    private static Party party(CsvFile.Row row) {
        PostalAddress.Builder address = PostalAddress.builder()
                .postalCode(row.required("customer_postal_code"))
                .city(row.required("customer_city"))
                .country(row.required("customer_country"));
        for (String line : row.required("customer_street").split("\\|")) {
            address.addLines(line.trim());
        }
        Party.Builder party = Party.builder()
                .kind(code(row, "customer_kind", PartyKind.class))
                .name(row.required("customer_name"))
                .address(at(row, PARTY_COLUMNS, address::build));
        String merchant = row.get("customer_merchant");
        if (!merchant.isEmpty()) {
            if (!merchant.equals("true") && !merchant.equals("false")) {
                throw row.error("customer_merchant", "'" + merchant + "'", "is not true or false");
            }
            party.merchant(Boolean.parseBoolean(merchant));
        }
        if (!row.get("customer_siren").isEmpty()) {
            party.siren(at(row, "customer_siren", () -> Siren.parse(row.get("customer_siren"))));
        }
        if (!row.get("customer_siret").isEmpty()) {
            party.siret(at(row, "customer_siret", () -> Siret.parse(row.get("customer_siret"))));
        }
        if (!row.get("customer_enterprise_number").isEmpty()) {
            party.belgianEnterpriseNumber(at(row, "customer_enterprise_number",
                    () -> BelgianEnterpriseNumber.parse(row.get("customer_enterprise_number"))));
        }
        if (!row.get("customer_vat").isEmpty()) {
            party.vatNumber(at(row, "customer_vat", () -> VatNumber.parse(row.get("customer_vat"))));
        }
        if (!row.get("customer_language").isEmpty()) {
            party.language(language(row));
        }
        return at(row, PARTY_COLUMNS, party::build);
    }

    private static Language language(CsvFile.Row row) {
        String tag = row.get("customer_language");
        for (Language language : Language.values()) {
            if (language.tag().equals(tag)) {
                return language;
            }
        }
        throw row.error("customer_language", "'" + tag + "'", "is not one of fr, nl, en, de");
    }

    // ----------------------------------------------------------------------------------------------- events

    private static CaseEvent event(CsvFile.Row row, Currency currency) {
        String name = row.required("event");
        EventType type = EventType.named(name).orElseThrow(() -> row.error("event", "'" + name + "'",
                "is not a kind of event; expected one of " + String.join(", ", EventType.names())));
        List<EventType.Attribute> attributes = type.attributes();
        Map<String, String> columns = new HashMap<>();
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            EventType.Attribute attribute = attributes.get(i);
            String column = i == 0 ? "date" : column(attribute.kind());
            if (columns.put(column, attribute.name()) != null) {
                throw row.error("event", "'" + name + "'", "has two attributes for column " + column
                        + " and cannot be written in this file");
            }
            String text = row.get(column);
            if (text.isEmpty()) {
                if (!attribute.optional()) {
                    throw row.error(column, "", "is empty; a " + name + " event requires it (" + attribute.name()
                            + ")");
                }
                values.add(null);
            } else {
                values.add(value(row, column, text, attribute, currency));
            }
        }
        for (String column : EVENT_COLUMNS.subList(3, EVENT_COLUMNS.size())) {
            if (!columns.containsKey(column) && !row.get(column).isEmpty()) {
                throw row.error(column, "'" + row.get(column) + "'", "is not used by a " + name + " event");
            }
        }
        Map<String, String> attributeColumns = new HashMap<>();
        columns.forEach((column, attribute) -> attributeColumns.put(attribute, column));
        return at(row, attributeColumns, () -> type.create(values));
    }

    private static String column(EventType.ValueKind kind) {
        switch (kind) {
            case DATE: return "other_date";
            case AMOUNT: return "amount";
            case CODE: return "code";
            case INSTALMENTS: return "instalments";
            default: return "text";
        }
    }

    private static Object value(CsvFile.Row row, String column, String text, EventType.Attribute attribute,
            Currency currency) {
        switch (attribute.kind()) {
            case DATE:
                return date(row, column, text);
            case AMOUNT:
                return amount(row, column, text, currency);
            case CODE:
                return attribute.code(text).orElseThrow(() -> row.error(column, "'" + text + "'",
                        "is not one of " + String.join(", ", attribute.codeNames())));
            case INSTALMENTS:
                return instalments(row, column, text, currency);
            default:
                return text;
        }
    }

    private static List<Instalment> instalments(CsvFile.Row row, String column, String text, Currency currency) {
        List<Instalment> instalments = new ArrayList<>();
        for (String item : text.split("\\|")) {
            String[] parts = item.trim().split("=", -1);
            if (parts.length != 2) {
                throw row.error(column, "'" + item.trim() + "'",
                        "is not an instalment of the form 2026-07-31=400.00 (instalments separated by |)");
            }
            LocalDate due = date(row, column, parts[0].trim());
            Amount amount = amount(row, column, parts[1].trim(), currency);
            instalments.add(at(row, column, () -> Instalment.of(due, amount)));
        }
        return List.copyOf(instalments);
    }

    // ----------------------------------------------------------------------------------------------- cells

    private static LocalDate date(CsvFile.Row row, String column, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw row.error(column, "'" + text + "'", "is not a date of the form 2026-03-31");
        }
    }

    private static Amount amount(CsvFile.Row row, String column, String text, Currency currency) {
        if (!DECIMAL.matcher(text).matches()) {
            throw row.error(column, "'" + text + "'", "is not a decimal number with a dot, such as 1250.00");
        }
        return at(row, column, () -> Amount.of(new BigDecimal(text), currency));
    }

    private static Currency currency(CsvFile.Row row, String column) {
        String code = row.required(column);
        try {
            Currency currency = Currency.getInstance(code);
            if (currency.getCurrencyCode().equals(code) && currency.getDefaultFractionDigits() >= 0) {
                return currency;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw row.error(column, "'" + code + "'", "is not an ISO 4217 currency code such as EUR");
    }

    private static <E extends Enum<E>> E code(CsvFile.Row row, String column, Class<E> type) {
        String text = row.required(column);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        throw row.error(column, "'" + text + "'", "is not one of " + String.join(", ", names));
    }

    private static String shown(String column, String value) {
        return PERSONAL_COLUMNS.contains(column) ? "" : "'" + value + "'";
    }

    /** Runs a library call for one cell, naming it in the error the call may raise. */
    private static <T> T at(CsvFile.Row row, String column, Supplier<T> call) {
        return at(row, Map.of(), column, call);
    }

    /** Runs a library call for a row, naming the column of the field the error names. */
    private static <T> T at(CsvFile.Row row, Map<String, String> columns, Supplier<T> call) {
        return at(row, columns, null, call);
    }

    private static <T> T at(CsvFile.Row row, Map<String, String> columns, String column, Supplier<T> call) {
        try {
            return call.get();
        } catch (ExportFormatException e) {
            throw e;
        } catch (InvalidValueException e) {
            String field = e.field();
            int dot = field.lastIndexOf('.');
            String leaf = dot >= 0 ? field.substring(dot + 1) : field;
            String where = column != null ? column : columns.getOrDefault(leaf, columns.getOrDefault(field, ""));
            String value = PERSONAL_COLUMNS.contains(where) ? "" : e.value();
            String rule = where.isEmpty() ? field + " " + e.rule() : e.rule();
            throw row.error(where, value, rule);
        }
    }
}
