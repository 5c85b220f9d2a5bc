package org.recouvrement.examples.sample;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.recouvrement.examples.erp.AgedBalance;
import org.recouvrement.examples.erp.AgedBalanceExport;
import org.recouvrement.money.Amount;
import org.recouvrement.party.BelgianEnterpriseNumber;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.party.Siren;
import org.recouvrement.party.VatNumber;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The sample data set shipped with the examples: the aged-balance export of an invented French SME that sells, installs
 * and services solar water heaters and heat pumps, to businesses and consumers in metropolitan France, Alsace-Moselle,
 * the overseas departments, Belgium and Germany.
 *
 * <p>About 200 open invoices of 60 customers, with their payments, reminders and formal notices, a dispute, a promise
 * to pay, a payment plan, an acknowledgement of debt, a customer in insolvency proceedings with the date the opening
 * judgment was published in the BODACC, and a few claims near or past their limitation date. The files are
 * {@code aged-balance.csv} and {@code case-events.csv} on the class path, next to this class; their format is
 * described in {@code docs/CASE-FORMAT.md}. Every name is invented; SIRENs and enterprise numbers are drawn at random
 * with valid check digits.
 *
 * <pre>{@code
 * List<RecoveryCase> cases = SampleData.cases();
 * }</pre>
 */
public final class SampleData {

    /** The day the ERP exported the balance: no invoice or event of the sample is later. */
    public static final LocalDate EXPORTED_ON = LocalDate.of(2026, 11, 20);

    private static final String INVOICES = "aged-balance.csv";
    private static final String EVENTS = "case-events.csv";

    private SampleData() {
    }

    /**
     * Returns the creditor of every sample invoice: Héliotherm Solutions SAS, Lyon, which installs and maintains heat
     * pumps and solar water heaters.
     *
     * @return the creditor
     */
    public static Party creditor() {
        return Party.builder()
                .kind(PartyKind.COMPANY)
                .merchant(true)
                .name("Héliotherm Solutions SAS")
                .address(PostalAddress.builder()
                        .addLines("27 rue des Tanneurs")
                        .postalCode("69007")
                        .city("Lyon")
                        .country("FR")
                        .build())
                .siren(Siren.parse("041273855"))
                .vatNumber(VatNumber.parse("FR10041273855"))
                // Registered with the Crossroads Bank for Enterprises for its Belgian sales: the first reminder to a
                // Belgian consumer must give this number (CDE art. XIX.2). Invented, with a valid check.
                .belgianEnterpriseNumber(BelgianEnterpriseNumber.parse("0741.293.893"))
                .build();
    }

    /**
     * Reads the sample export into recovery cases, one per invoice.
     *
     * @return the cases, in the order of the invoices file
     */
    public static List<RecoveryCase> cases() {
        try (Reader invoices = resource(INVOICES); Reader events = resource(EVENTS)) {
            return AgedBalanceExport.read(creditor(), invoices, events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens one file of the sample, for a program that reads the CSV itself.
     *
     * @param name {@code aged-balance.csv} or {@code case-events.csv}
     * @return the file's text, in UTF-8
     */
    public static Reader resource(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.equals(INVOICES) && !name.equals(EVENTS)) {
            throw new IllegalArgumentException("no sample file named " + name);
        }
        InputStream in = SampleData.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("sample file " + name + " is missing from the class path"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * Loads the sample and prints what it holds: cases by debtor territory and by nature, and the aged balance on
     * the export date.
     *
     * @param args none
     */
    public static void main(String[] args) {
        describe(cases(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    static void describe(List<RecoveryCase> cases, PrintStream out) {
        Map<String, Integer> territories = new TreeMap<>();
        Map<String, Integer> natures = new TreeMap<>();
        long debtors = cases.stream().map(c -> c.claim().debtor()).distinct().count();
        for (RecoveryCase file : cases) {
            territories.merge(file.claim().debtor().territory().name(), 1, Integer::sum);
            natures.merge(file.claim().nature().name(), 1, Integer::sum);
        }
        out.println("Sample export of " + EXPORTED_ON + ": " + cases.size() + " open invoices of " + debtors
                + " debtors");
        out.println();
        out.println("Invoices by debtor territory");
        territories.forEach((k, v) -> out.println(String.format(java.util.Locale.ROOT, "  %-28s %4d", k, v)));
        out.println();
        out.println("Invoices by nature of claim");
        natures.forEach((k, v) -> out.println(String.format(java.util.Locale.ROOT, "  %-28s %4d", k, v)));
        out.println();
        out.println("Aged balance on " + EXPORTED_ON + " (outstanding principal)");
        Amount total = Amount.zero(Amount.EUR);
        for (Map.Entry<AgedBalance.Bucket, Amount> bucket : AgedBalance.of(cases, EXPORTED_ON).entrySet()) {
            out.println(String.format(java.util.Locale.ROOT, "  %-28s %14s", bucket.getKey(), bucket.getValue()));
            total = total.plus(bucket.getValue());
        }
        out.println(String.format(java.util.Locale.ROOT, "  %-28s %14s", "TOTAL", total));
    }
}
