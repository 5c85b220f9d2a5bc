package org.recouvrement.examples.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.recouvrement.claim.EndOfMonthMethod;
import org.recouvrement.claim.PaymentTerms;
import org.recouvrement.examples.erp.AgedBalanceExport;

/**
 * Writes the sample data set, {@code aged-balance.csv} and {@code case-events.csv}, deterministically: the same
 * files on every machine and every run (a fixed seed, no clock, no default locale). The committed files are its
 * output, which {@code SampleDataGeneratorTest} checks.
 *
 * <p>Regenerate them from the module directory with {@code ../mvnw -q test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=org.recouvrement.examples.sample.SampleDataGenerator}.
 *
 * <p>The customers are hand-written (invented names, real towns and postal codes); their identifiers, the ordinary
 * invoices and their events are drawn from the seeded generator; the scenarios a test or a reader looks for (the
 * dispute, the promise, the plan, the acknowledgement, the insolvency, the old claims) are written out in
 * {@link #scenarios()}.
 */
public final class SampleDataGenerator {

    static final LocalDate EXPORTED_ON = SampleData.EXPORTED_ON;
    static final Path OUTPUT = Path.of("src/main/resources/org/recouvrement/examples/sample");

    private static final long SEED = 20261120L;

    /** How the customer buys: decides amounts, terms and how often it is invoiced. */
    enum Profile { FRENCH_BUSINESS, FOREIGN_BUSINESS, CONSUMER, INSOLVENT }

    /** A customer, with the columns the export repeats on each of its invoices. */
    record Customer(String id, String kind, boolean merchant, String name, String street, String postalCode,
            String city, String country, String language, Profile profile, String siren, String enterpriseNumber,
            String vat) {
    }

    /** One event row. */
    record Event(LocalDate date, String type, String amount, String code, LocalDate otherDate, String instalments,
            String text) {
        static Event of(LocalDate date, String type) {
            return new Event(date, type, "", "", null, "", "");
        }

        static Event amount(LocalDate date, String type, BigDecimal amount) {
            return new Event(date, type, amount.toPlainString(), "", null, "", "");
        }

        static Event code(LocalDate date, String type, String code) {
            return new Event(date, type, "", code, null, "", "");
        }
    }

    /** One invoice and its events; the number is given once every invoice is known. */
    static final class Invoice {
        final Customer customer;
        final LocalDate issued;
        final LocalDate performed;
        final String terms;
        final LocalDate due;
        final BigDecimal including;
        final BigDecimal excluding;
        final String origin;
        final List<Event> events = new ArrayList<>();
        String number;

        Invoice(Customer customer, LocalDate issued, LocalDate performed, String terms, BigDecimal including,
                BigDecimal excluding, String origin) {
            this.customer = customer;
            this.issued = issued;
            this.performed = performed;
            this.terms = terms;
            this.due = dueDate(terms, issued, performed);
            this.including = including;
            this.excluding = excluding;
            this.origin = origin;
        }

        Invoice with(Event event) {
            events.add(event);
            return this;
        }
    }

    private final Random random = new Random(SEED);
    private final List<Customer> customers = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();

    private SampleDataGenerator() {
    }

    /**
     * Writes the two files into the module's resources, or into the directory given.
     *
     * @param args optionally, the output directory
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : OUTPUT;
        Files.createDirectories(directory);
        for (Map.Entry<String, String> file : generate().entrySet()) {
            Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Returns the two files' contents by name.
     *
     * @return {@code aged-balance.csv} and {@code case-events.csv}
     */
    static Map<String, String> generate() {
        SampleDataGenerator generator = new SampleDataGenerator();
        generator.customers();
        generator.ordinaryInvoices();
        generator.scenarios();
        generator.number();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(AgedBalanceExport.INVOICES_FILE, generator.invoicesFile());
        files.put(AgedBalanceExport.EVENTS_FILE, generator.eventsFile());
        return files;
    }

    // ------------------------------------------------------------------------------------------------ customers

    private void customers() {
        // French companies, metropolitan France and Corsica
        business("COMPANY", true, "Boulangerie Le Fournil des Halles SARL", "8 place des Halles", "69003", "Lyon");
        business("COMPANY", true, "Hôtel Les Tilleuls SAS", "15 avenue d'Albigny", "74000", "Annecy");
        business("COMPANY", true, "Camping Les Pins Bleus SARL", "Route de l'Almanarre", "83400", "Hyères");
        business("COMPANY", false, "Clinique Vétérinaire du Parc SELARL", "3 rue du Parc", "21000", "Dijon");
        business("COMPANY", true, "Brasserie La Comète SAS", "22 quai de la Fosse", "44000", "Nantes");
        business("COMPANY", true, "Résidence Le Clos Fleuri SAS", "41 boulevard Carnot", "21000", "Dijon");
        business("COMPANY", true, "Piscines Azur Services SARL", "Zone artisanale du Mas", "34000", "Montpellier");
        business("COMPANY", true, "Transports Vaillant et Fils SAS", "Rue du Port fluvial", "76000", "Rouen");
        business("COMPANY", true, "Laverie Express Ouest SARL", "5 rue de Saint-Malo", "35000", "Rennes");
        business("COMPANY", true, "Gîtes du Vercors SARL", "Chemin des Bartavelles", "38250", "Villard-de-Lans");
        business("COMPANY", true, "Salon Mèches d'Or SARL", "60 cours Victor Hugo", "33000", "Bordeaux");
        business("COMPANY", true, "Restaurant L'Escale Gourmande SAS", "12 quai du Port", "13002", "Marseille");
        business("COMPANY", true, "Menuiserie Charpentier Frères SAS", "Rue de l'Industrie", "63000",
                "Clermont-Ferrand");
        business("COMPANY", false, "Serres Maraîchères Dulac EARL", "Chemin de la Barthelasse", "84000", "Avignon");
        business("COMPANY", true, "Centre Aquatique Les Dauphins SAS", "Avenue de Grammont", "37000", "Tours");
        business("COMPANY", true, "Pressing Saint-Michel SARL", "9 rue Saint-Michel", "31000", "Toulouse");
        business("COMPANY", true, "Hôtel du Golfe SARL", "Boulevard Lantivy", "20000", "Ajaccio");
        business("COMPANY", true, "Spa Thermal des Cévennes SAS", "Quai de la Prairie", "30100", "Alès");
        // Alsace-Moselle
        business("COMPANY", true, "Winstub Au Vieux Tonnelier SARL", "4 rue des Marchands", "68000", "Colmar");
        business("COMPANY", true, "Boucherie Kieffer SAS", "17 rue Serpenoise", "57000", "Metz");
        business("COMPANY", true, "Hôtel Rhin et Vosges SAS", "2 quai Kléber", "67000", "Strasbourg");
        // Overseas departments
        business("COMPANY", true, "Hôtel Anse Caraïbe SARL", "Plage du Bourg", "97180", "Sainte-Anne");
        business("COMPANY", true, "Blanchisserie Océan Indien SAS", "Rue du Butor", "97400", "Saint-Denis");
        // Professionals who are natural persons, and legal persons that are not professionals
        business("PROFESSIONAL_NATURAL_PERSON", false, "Julien Morel", "11 rue François Chénieux", "87000",
                "Limoges");
        business("PROFESSIONAL_NATURAL_PERSON", false, "Nadia Benali", "7 place Grenette", "38000", "Grenoble");
        customer("NON_PROFESSIONAL_LEGAL_PERSON", false, "Syndicat des copropriétaires Résidence Les Platanes",
                "88 boulevard Gambetta", "06000", "Nice", "FR", "fr", Profile.FRENCH_BUSINESS);
        customer("NON_PROFESSIONAL_LEGAL_PERSON", false, "Association sportive Les Aigles de Quimper",
                "Stade de Penvillers", "29000", "Quimper", "FR", "fr", Profile.FRENCH_BUSINESS);
        // In insolvency proceedings
        customer("COMPANY", true, "Thermique Bâtiment Nord SAS", "140 rue de Lannoy", "59000", "Lille", "FR", "fr",
                Profile.INSOLVENT);

        // French consumers: metropolitan France, Alsace-Moselle, overseas
        consumer("Élodie Marchand", "3 rue Colbert", "37100", "Tours");
        consumer("Thomas Girard", "19 rue de la Cathédrale", "86000", "Poitiers");
        consumer("Sandrine Lefèvre", "52 rue des Jacobins", "80000", "Amiens");
        consumer("Karim Haddad", "6 rue de la Résistance", "42000", "Saint-Étienne");
        consumer("Monique Perrin", "14 allée de Tourny", "24000", "Périgueux");
        consumer("Antoine Roussel", "27 rue Bannier", "45000", "Orléans");
        consumer("Léa Dubois", "9 rue Saint-Aubin", "49000", "Angers");
        consumer("Bernard Collin", "31 rue de Boigne", "73000", "Chambéry");
        consumer("Yannick Le Goff", "45 rue de Siam", "29200", "Brest");
        consumer("Chantal Bertrand", "2 rue Henri IV", "64000", "Pau");
        consumer("Marc Schneider", "23 rue du Sauvage", "68100", "Mulhouse");
        consumer("Isabelle Weber", "8 Grand'Rue", "67500", "Haguenau");
        consumer("Patrick Klein", "12 rue de Paris", "57100", "Thionville");
        consumer("Céline Meyer", "5 rue des Chevaliers", "67600", "Sélestat");
        consumer("Jean-Marc Lubin", "Résidence Raizet, bâtiment C", "97139", "Les Abymes");
        consumer("Marie-Josée Céleste", "18 rue Victor Schœlcher", "97200", "Fort-de-France");
        consumer("Olivier Bastide", "4 avenue du Général de Gaulle", "97300", "Cayenne");
        consumer("Priya Ramassamy", "33 rue des Bons Enfants", "97410", "Saint-Pierre");
        consumer("Nathalie Payet", "10 chemin Piton Hyacinthe", "97430", "Le Tampon");
        consumer("Ahmed Soilihi", "Rue du Commerce, Cavani", "97600", "Mamoudzou");

        // Belgian companies and consumers
        belgianBusiness("Brasserie du Sablon SRL", "Rue de Rollebeek 12", "1000", "Bruxelles", "fr");
        belgianBusiness("Hotel Zeezicht NV", "Albert I Promenade 40", "8400", "Oostende", "nl");
        belgianBusiness("Bakkerij Van Damme BV", "Korenmarkt 7", "9000", "Gent", "nl");
        belgianBusiness("Camping Les Ardennes SRL", "Rue de la Semois 55", "6830", "Bouillon", "fr");
        belgianBusiness("Wasserij Kempen BV", "Pas 118", "2440", "Geel", "nl");
        belgianBusiness("Piscine Liège-Sud SA", "Boulevard de la Sauvenière 90", "4000", "Liège", "fr");
        customer("CONSUMER", false, "Sarah Janssens", "Naamsestraat 81", "3000", "Leuven", "BE", "nl",
                Profile.CONSUMER);
        customer("CONSUMER", false, "Pierre Dumont", "Rue de Fer 23", "5000", "Namur", "BE", "fr", Profile.CONSUMER);
        customer("CONSUMER", false, "Ine Peeters", "Langestraat 140", "8000", "Brugge", "BE", "nl", Profile.CONSUMER);
        customer("CONSUMER", false, "Michel Lambert", "Rue de Marcinelle 9", "6000", "Charleroi", "BE", "fr",
                Profile.CONSUMER);
        customer("CONSUMER", false, "Anouk De Smet", "Lange Koepoortstraat 30", "2000", "Antwerpen", "BE", "nl",
                Profile.CONSUMER);

        // Germany
        Customer german = new Customer(nextId(), "COMPANY", true, "Hotel Schwarzwaldblick GmbH", "Kartäuserstraße 51",
                "79102", "Freiburg im Breisgau", "DE", "de", Profile.FOREIGN_BUSINESS, "", "",
                "DE" + digits(9));
        customers.add(german);
    }

    private void business(String kind, boolean merchant, String name, String street, String postalCode,
            String city) {
        customer(kind, merchant, name, street, postalCode, city, "FR", "fr", Profile.FRENCH_BUSINESS);
    }

    private void consumer(String name, String street, String postalCode, String city) {
        customer("CONSUMER", false, name, street, postalCode, city, "FR", "fr", Profile.CONSUMER);
    }

    private void belgianBusiness(String name, String street, String postalCode, String city, String language) {
        String number = enterpriseNumber();
        customers.add(new Customer(nextId(), "COMPANY", true, name, street, postalCode, city, "BE", language,
                Profile.FOREIGN_BUSINESS, "", number, "BE" + number));
    }

    private void customer(String kind, boolean merchant, String name, String street, String postalCode, String city,
            String country, String language, Profile profile) {
        String siren = "";
        String vat = "";
        if (country.equals("FR") && !kind.equals("CONSUMER") && !kind.equals("NON_PROFESSIONAL_LEGAL_PERSON")) {
            siren = siren();
            vat = kind.equals("COMPANY") ? frenchVat(siren) : "";
        }
        customers.add(new Customer(nextId(), kind, merchant, name, street, postalCode, city, country, language,
                profile, siren, "", vat));
    }

    private String nextId() {
        return String.format(Locale.ROOT, "C%04d", 1001 + customers.size());
    }

    /** A SIREN in the 0 range: eight random digits after the 0, then the Luhn digit. */
    private String siren() {
        String base = "0" + digits(7);
        for (int d = 0; d <= 9; d++) {
            if (luhnValid(base + d)) {
                return base + d;
            }
        }
        throw new IllegalStateException(base);
    }

    private static String frenchVat(String siren) {
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return String.format(Locale.ROOT, "FR%02d%s", key, siren);
    }

    /** A Belgian enterprise number: 0 and seven random digits, then 97 less their remainder modulo 97. */
    private String enterpriseNumber() {
        String base = "0" + digits(7);
        long check = 97 - Long.parseLong(base) % 97;
        return base + String.format(Locale.ROOT, "%02d", check);
    }

    private String digits(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    // ------------------------------------------------------------------------------------------------ invoices

    private void ordinaryInvoices() {
        for (Customer customer : customers) {
            int count;
            switch (customer.profile()) {
                case CONSUMER: count = 1 + random.nextInt(3); break;
                case INSOLVENT: count = 0; break;
                default: count = 2 + random.nextInt(5); break;
            }
            for (int i = 0; i < count; i++) {
                invoices.add(ordinaryEvents(ordinaryInvoice(customer)));
            }
        }
    }

    private Invoice ordinaryInvoice(Customer customer) {
        boolean consumer = customer.profile() == Profile.CONSUMER;
        LocalDate earliest = consumer ? LocalDate.of(2025, 2, 1) : LocalDate.of(2023, 6, 1);
        LocalDate latest = LocalDate.of(2026, 11, 13);
        // Recent invoices are more frequent than old ones: the older ones were mostly paid.
        long span = ChronoUnit.DAYS.between(earliest, latest);
        double u = random.nextDouble();
        LocalDate issued = latest.minusDays((long) (span * u * u));
        if (issued.getDayOfWeek().getValue() > 5) {
            issued = issued.minusDays(issued.getDayOfWeek().getValue() - 5L);
        }
        LocalDate performed = issued.minusDays(random.nextInt(8));
        int kindOfWork = random.nextInt(10);
        BigDecimal including;
        if (consumer) {
            // installation of a solar water heater or heat pump, or a service visit
            including = kindOfWork < 4 ? euros(3200, 11800) : euros(140, 690);
            return new Invoice(customer, issued, performed, random.nextBoolean() ? "0D" : "15D", including, null,
                    "INVOICE");
        }
        // one invoice in ten is an installation, four are maintenance contracts, five are repairs
        if (kindOfWork < 1) {
            including = euros(6000, 38000);
        } else if (kindOfWork < 5) {
            including = euros(380, 2600);
        } else {
            including = euros(150, 1450);
        }
        String origin = kindOfWork >= 1 && kindOfWork < 5 ? "CONTRACT" : "INVOICE";
        String terms;
        if (customer.profile() == Profile.FOREIGN_BUSINESS) {
            terms = "30D";
        } else {
            int t = random.nextInt(10);
            terms = t < 5 ? "30D" : t < 7 ? "EOM+45D" : t < 9 ? "60D" : "STATUTORY";
        }
        BigDecimal excluding = null;
        if (customer.country().equals("FR") && isMetropolitan(customer.postalCode())
                && customer.kind().equals("COMPANY")) {
            // French standard rate of 20 %: the invoice is priced excluding VAT.
            excluding = including.divide(new BigDecimal("1.20"), 0, RoundingMode.HALF_UP).setScale(2);
            including = excluding.multiply(new BigDecimal("1.20")).setScale(2, RoundingMode.HALF_UP);
        }
        return new Invoice(customer, issued, performed, terms, including, excluding, origin);
    }

    private Invoice ordinaryEvents(Invoice invoice) {
        long overdue = ChronoUnit.DAYS.between(invoice.due, EXPORTED_ON);
        BigDecimal paid = BigDecimal.ZERO;
        if (overdue > 20 && random.nextInt(10) < 3) {
            BigDecimal share = BigDecimal.valueOf(20 + random.nextInt(31), 2);
            BigDecimal part = invoice.including.multiply(share).setScale(-1, RoundingMode.DOWN).setScale(2);
            if (part.signum() > 0) {
                invoice.with(Event.amount(invoice.due.plusDays(3 + random.nextInt((int) Math.min(overdue - 3, 120))),
                        "PaymentReceived", part));
                paid = part;
            }
        }
        if (overdue > 7) {
            invoice.with(Event.code(invoice.due.plusDays(7), "ReminderSent", "EMAIL"));
        }
        if (overdue > 30) {
            String channel = invoice.customer.profile() == Profile.CONSUMER && random.nextBoolean() ? "PHONE"
                    : "LETTER";
            invoice.with(Event.code(invoice.due.plusDays(30), "ReminderSent", channel));
        }
        if (overdue > 75 && random.nextInt(10) < 4 && paid.compareTo(invoice.including) < 0) {
            LocalDate sent = invoice.due.plusDays(60);
            invoice.with(Event.code(sent, "FormalNoticeSent", "REGISTERED_LETTER"));
            invoice.with(Event.of(sent.plusDays(2 + random.nextInt(4)), "FormalNoticeDelivered"));
        }
        return invoice;
    }

    private BigDecimal euros(int low, int high) {
        int euros = low + random.nextInt(high - low + 1);
        int cents = random.nextInt(4) == 0 ? 0 : random.nextInt(100);
        return BigDecimal.valueOf(euros * 100L + cents, 2);
    }

    private static boolean isMetropolitan(String postalCode) {
        return !postalCode.startsWith("97") && !postalCode.startsWith("98");
    }

    private static LocalDate dueDate(String terms, LocalDate issued, LocalDate performed) {
        PaymentTerms parsed;
        if (terms.equals("STATUTORY")) {
            parsed = PaymentTerms.statutoryDefault();
        } else if (terms.startsWith("EOM+")) {
            parsed = PaymentTerms.daysEndOfMonth(Integer.parseInt(terms.substring(4, terms.length() - 1)),
                    EndOfMonthMethod.END_OF_MONTH_THEN_DAYS);
        } else {
            parsed = PaymentTerms.daysFromInvoice(Integer.parseInt(terms.substring(0, terms.length() - 1)));
        }
        return parsed.dueDate(issued, Optional.ofNullable(performed));
    }

    // ------------------------------------------------------------------------------------------------ scenarios

    /** The cases a reader or a test looks for, written out rather than drawn. */
    private void scenarios() {
        // A dispute: the hotel says the installation leaks and stops paying.
        Invoice disputed = add("Hôtel Les Tilleuls SAS", "2026-07-06", "2026-07-02", "30D", "18420.00", "15350.00");
        disputed.with(Event.code(date("2026-08-12"), "ReminderSent", "EMAIL"))
                .with(new Event(date("2026-08-19"), "DisputeOpened", "", "", null, "",
                        "fuite sur le circuit primaire des capteurs"));

        // A promise to pay: a consumer promises the balance by the end of the month.
        Invoice promised = add("Thomas Girard", "2026-08-24", "2026-08-21", "15D", "7460.00", null);
        promised.with(Event.code(date("2026-09-15"), "ReminderSent", "EMAIL"))
                .with(Event.code(date("2026-10-08"), "ReminderSent", "PHONE"))
                .with(new Event(date("2026-11-05"), "PromiseToPay", "7460.00", "", date("2026-11-30"), "", ""));

        // A payment plan: six monthly instalments, four paid, the fifth (15 November) not yet.
        Invoice planned = add("Camping Les Pins Bleus SARL", "2026-03-16", "2026-03-13", "30D", "24360.00",
                "20300.00");
        planned.with(Event.code(date("2026-04-22"), "ReminderSent", "EMAIL"))
                .with(Event.code(date("2026-05-15"), "FormalNoticeSent", "REGISTERED_LETTER"))
                .with(Event.of(date("2026-05-18"), "FormalNoticeDelivered"))
                .with(new Event(date("2026-06-10"), "PaymentPlanAgreed", "", "", null,
                        "2026-07-15=4060.00|2026-08-15=4060.00|2026-09-15=4060.00|2026-10-15=4060.00"
                                + "|2026-11-15=4060.00|2026-12-15=4060.00", ""))
                .with(Event.amount(date("2026-07-15"), "PaymentReceived", new BigDecimal("4060.00")))
                .with(Event.amount(date("2026-08-14"), "PaymentReceived", new BigDecimal("4060.00")))
                .with(Event.amount(date("2026-09-16"), "PaymentReceived", new BigDecimal("4060.00")))
                .with(Event.amount(date("2026-10-15"), "PaymentReceived", new BigDecimal("4060.00")));

        // An acknowledgement of debt: a 2021 invoice, time-barred in 2026 but for the carrier's written
        // acknowledgement of 2024, which started a new five-year period (C. civ. art. 2240, 2231).
        Invoice acknowledged = add("Transports Vaillant et Fils SAS", "2021-06-14", "2021-06-10", "60D", "9840.00",
                "8200.00");
        acknowledged.with(Event.code(date("2021-08-20"), "ReminderSent", "EMAIL"))
                .with(Event.code(date("2021-10-14"), "FormalNoticeSent", "REGISTERED_LETTER"))
                .with(Event.of(date("2021-10-18"), "FormalNoticeDelivered"))
                .with(Event.of(date("2024-02-20"), "DebtAcknowledged"))
                .with(Event.amount(date("2024-03-29"), "PaymentReceived", new BigDecimal("1500.00")));

        // Insolvency: judicial liquidation opened on 15 September 2026, published in the BODACC on 29 September;
        // the proof of claim is not filed yet (two months from publication, C. com. art. R622-24).
        for (String[] row : new String[][] {{"2026-05-11", "2026-05-07", "12960.00", "10800.00"},
                {"2026-06-22", "2026-06-19", "3348.00", "2790.00"}, {"2026-08-03", "2026-07-31", "1134.00", "945.00"}}) {
            Invoice insolvent = add("Thermique Bâtiment Nord SAS", row[0], row[1], "30D", row[2], row[3]);
            if (insolvent.due.plusDays(7).isBefore(date("2026-09-15"))) {
                insolvent.with(Event.code(insolvent.due.plusDays(7), "ReminderSent", "EMAIL"));
            }
            insolvent.with(new Event(date("2026-09-15"), "InsolvencyOpened", "", "LIQUIDATION", date("2026-09-29"),
                    "", ""));
        }

        // A credit note for a returned part.
        add("Brasserie La Comète SAS", "2026-09-07", "2026-09-04", "30D", "2988.00", "2490.00")
                .with(Event.amount(date("2026-09-25"), "CreditNoteIssued", new BigDecimal("420.00")))
                .with(Event.code(date("2026-10-14"), "ReminderSent", "EMAIL"));

        // Claims against consumers near or past the two-year limitation (C. conso. art. L218-2), which runs from
        // the installation (Cass. 1re civ. 19 May 2021, n° 20-12.520).
        add("Karim Haddad", "2020-10-12", "2020-10-05", "0D", "8940.00", null)
                .with(Event.code(date("2020-10-26"), "ReminderSent", "EMAIL"))
                .with(Event.code(date("2020-11-30"), "ReminderSent", "LETTER"))
                .with(Event.amount(date("2021-01-11"), "PaymentReceived", new BigDecimal("2000.00")));
        add("Yannick Le Goff", "2021-09-20", "2021-09-16", "15D", "6180.00", null)
                .with(Event.code(date("2021-10-12"), "ReminderSent", "EMAIL"))
                .with(Event.code(date("2021-12-03"), "FormalNoticeSent", "REGISTERED_LETTER"))
                .with(Event.of(date("2021-12-07"), "FormalNoticeDelivered"));
        add("Monique Perrin", "2021-03-15", "2021-03-10", "0D", "412.00", null)
                .with(Event.code(date("2021-04-02"), "ReminderSent", "LETTER"));
        add("Chantal Bertrand", "2024-12-12", "2024-12-08", "15D", "9870.00", null)
                .with(Event.code(date("2025-01-06"), "ReminderSent", "EMAIL"))
                .with(Event.code(date("2025-02-03"), "ReminderSent", "PHONE"))
                .with(Event.amount(date("2025-02-21"), "PaymentReceived", new BigDecimal("3000.00")));
        add("Priya Ramassamy", "2025-01-24", "2025-01-20", "0D", "5320.00", null)
                .with(Event.code(date("2025-02-07"), "ReminderSent", "EMAIL"))
                .with(Event.code(date("2025-03-10"), "ReminderSent", "LETTER"));
        add("Pierre Dumont", "2021-05-17", "2021-05-12", "15D", "6990.00", null)
                .with(Event.code(date("2021-06-15"), "ReminderSent", "EMAIL"));

        // Business claims near or past the five-year limitation (C. com. art. L110-4, C. civ. art. 2224).
        add("Gîtes du Vercors SARL", "2020-11-16", "2020-11-12", "30D", "5256.00", "4380.00")
                .with(Event.code(date("2020-12-23"), "ReminderSent", "EMAIL"))
                .with(Event.code(date("2021-01-15"), "ReminderSent", "LETTER"));
        add("Restaurant L'Escale Gourmande SAS", "2021-12-06", "2021-12-01", "30D", "14280.00", "11900.00")
                .with(Event.code(date("2022-01-12"), "ReminderSent", "EMAIL"))
                .with(Event.code(date("2022-02-07"), "FormalNoticeSent", "REGISTERED_LETTER"))
                .with(Event.of(date("2022-02-10"), "FormalNoticeDelivered"));

        // The customer in Germany.
        add("Hotel Schwarzwaldblick GmbH", "2026-04-20", "2026-04-16", "30D", "21750.00", null)
                .with(Event.code(date("2026-05-27"), "ReminderSent", "EMAIL"))
                .with(Event.code(date("2026-06-22"), "FormalNoticeSent", "REGISTERED_LETTER"))
                .with(Event.of(date("2026-06-29"), "FormalNoticeDelivered"));
    }

    private Invoice add(String customerName, String issued, String performed, String terms, String including,
            String excluding) {
        Customer customer = customers.stream().filter(c -> c.name().equals(customerName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no customer " + customerName));
        Invoice invoice = new Invoice(customer, date(issued), date(performed), terms, new BigDecimal(including),
                excluding == null ? null : new BigDecimal(excluding), "INVOICE");
        invoices.add(invoice);
        return invoice;
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    // ------------------------------------------------------------------------------------------------ files

    /** Numbers the invoices in date order, one sequence per year, with the gaps of invoices already paid. */
    private void number() {
        invoices.sort(Comparator.comparing((Invoice i) -> i.issued).thenComparing(i -> i.customer.id())
                .thenComparing(i -> i.including));
        int year = 0;
        int sequence = 0;
        for (Invoice invoice : invoices) {
            if (invoice.issued.getYear() != year) {
                year = invoice.issued.getYear();
                sequence = 0;
            }
            sequence += 1 + random.nextInt(9);
            invoice.number = String.format(Locale.ROOT, "FA-%d-%04d", year, sequence);
        }
    }

    private String invoicesFile() {
        StringBuilder out = new StringBuilder();
        line(out, AgedBalanceExport.INVOICE_COLUMNS);
        for (Invoice invoice : invoices) {
            Customer c = invoice.customer;
            line(out, List.of(invoice.number, invoice.issued.toString(), invoice.performed.toString(),
                    invoice.due.toString(), invoice.terms, invoice.origin, "EUR", invoice.including.toPlainString(),
                    invoice.excluding == null ? "" : invoice.excluding.toPlainString(), c.id(), c.kind(),
                    String.valueOf(c.merchant()), c.name(), c.street(), c.postalCode(), c.city(), c.country(),
                    c.siren(), "", c.enterpriseNumber(), c.vat(), c.language()));
        }
        return out.toString();
    }

    private String eventsFile() {
        StringBuilder out = new StringBuilder();
        line(out, AgedBalanceExport.EVENT_COLUMNS);
        for (Invoice invoice : invoices) {
            List<Event> events = new ArrayList<>(invoice.events);
            events.sort(Comparator.comparing(Event::date));
            for (Event e : events) {
                if (e.date().isAfter(EXPORTED_ON)) {
                    continue;
                }
                line(out, List.of(invoice.number, e.date().toString(), e.type(), e.amount(), e.code(),
                        e.otherDate() == null ? "" : e.otherDate().toString(), e.instalments(), e.text()));
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i);
            if (i > 0) {
                out.append(';');
            }
            if (field.contains(";") || field.contains("\"") || field.contains("\n")) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append('\n');
    }
}
