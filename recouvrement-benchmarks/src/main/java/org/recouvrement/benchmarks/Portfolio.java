package org.recouvrement.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The open items of an ERP, as a nightly run sees them: one creditor (a French company), its customers (three in four
 * French companies, one in five French consumers, the rest Belgian), and their unpaid invoices of the last three
 * years with what happened since: nothing yet, e-mail and letter reminders, a formal notice sent and delivered, part
 * payments, a promise to pay, a dispute.
 *
 * <p>Generated from a seed without the property-based generators, which are too slow for a million cases: every run
 * builds the same portfolio. The cases share their creditor and, twenty invoices apiece on average, their debtors, as
 * an ERP's open items do; nothing else is shared.
 */
final class Portfolio {

    private static final String[][] FRENCH_CITIES = {{"75011", "Paris"}, {"69003", "Lyon"}, {"13008", "Marseille"},
        {"31000", "Toulouse"}, {"44000", "Nantes"}, {"33000", "Bordeaux"}, {"59000", "Lille"}, {"67000", "Strasbourg"},
        {"57000", "Metz"}, {"35000", "Rennes"}, {"06000", "Nice"}, {"34000", "Montpellier"}, {"97400", "Saint-Denis"},
        {"20000", "Ajaccio"}};
    private static final String[][] BELGIAN_CITIES = {{"1000", "Bruxelles"}, {"2000", "Antwerpen"}, {"4000", "Liège"},
        {"9000", "Gent"}};

    private Portfolio() {
    }

    /**
     * Builds the cases.
     *
     * @param size how many cases
     * @param asOf the day of the run: no invoice is issued, and nothing happens, after it
     * @param seed the seed
     * @return the cases
     */
    static List<RecoveryCase> of(int size, LocalDate asOf, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Party creditor = Fixtures.company("Atelier Lumière SARL", "69002", "Lyon");
        Party[] debtors = new Party[Math.max(1, size / 20)];
        for (int i = 0; i < debtors.length; i++) {
            debtors[i] = debtor(i, random);
        }
        List<RecoveryCase> cases = new ArrayList<>(size);
        LocalDate firstIssue = asOf.minusYears(3);
        int span = (int) (asOf.toEpochDay() - firstIssue.toEpochDay());
        for (int i = 0; i < size; i++) {
            LocalDate issued = firstIssue.plusDays(random.nextInt(span));
            int[] terms = {30, 45, 60};
            LocalDate due = issued.plusDays(terms[random.nextInt(terms.length)]);
            Amount principal = Amount.euros(BigDecimal.valueOf(cents(random), 2));
            Claim claim = Claim.builder().reference(String.format(Locale.ROOT, "FA-%07d", i)).creditor(creditor)
                    .debtor(debtors[random.nextInt(debtors.length)]).origin(ClaimOrigin.INVOICE).principal(principal)
                    .issueDate(issued).dueDate(due).build();
            cases.add(RecoveryCase.of(claim, events(due, principal, asOf, random)));
        }
        return cases;
    }

    /** Amounts from 50 euros to 50,000 euros, most of them small, in cents. */
    private static long cents(SplittableRandom random) {
        double magnitude = 3.7 + random.nextDouble() * 3.0;
        return Math.max(5_000L, (long) Math.pow(10, magnitude));
    }

    private static Party debtor(int i, SplittableRandom random) {
        int kind = random.nextInt(20);
        if (kind < 15) {
            String[] city = FRENCH_CITIES[random.nextInt(FRENCH_CITIES.length)];
            return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Client " + i + " SAS")
                    .address(address(i, city, "FR")).build();
        }
        if (kind < 19) {
            String[] city = FRENCH_CITIES[random.nextInt(FRENCH_CITIES.length)];
            return Party.builder().kind(PartyKind.CONSUMER).name("Client particulier " + i)
                    .address(address(i, city, "FR")).build();
        }
        String[] city = BELGIAN_CITIES[random.nextInt(BELGIAN_CITIES.length)];
        return random.nextBoolean()
                ? Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Klant " + i + " BV")
                        .address(address(i, city, "BE")).build()
                : Party.builder().kind(PartyKind.CONSUMER).name("Client " + i).address(address(i, city, "BE")).build();
    }

    private static PostalAddress address(int i, String[] city, String country) {
        return PostalAddress.builder().addLine((1 + i % 180) + " rue du Commerce").postalCode(city[0]).city(city[1])
                .country(country).build();
    }

    /** What happened to an invoice up to the day of the run, the further past its due date the more. */
    private static List<CaseEvent> events(LocalDate due, Amount principal, LocalDate asOf, SplittableRandom random) {
        List<CaseEvent> events = new ArrayList<>(4);
        long late = asOf.toEpochDay() - due.toEpochDay();
        if (late > 10 && random.nextInt(10) < 7) {
            events.add(new CaseEvent.ReminderSent(due.plusDays(10), ContactChannel.EMAIL));
        }
        if (late > 25 && random.nextInt(10) < 5) {
            events.add(new CaseEvent.ReminderSent(due.plusDays(25), ContactChannel.LETTER));
        }
        if (late > 40 && random.nextInt(10) < 3) {
            LocalDate sent = due.plusDays(40);
            events.add(new CaseEvent.FormalNoticeSent(sent, ContactChannel.REGISTERED_LETTER));
            if (late > 43) {
                events.add(new CaseEvent.FormalNoticeDelivered(sent.plusDays(3)));
            }
        }
        if (late > 20 && random.nextInt(10) < 2) {
            LocalDate paid = due.plusDays(1 + random.nextInt((int) Math.min(late, 365)));
            BigDecimal part = principal.value().multiply(BigDecimal.valueOf(10 + random.nextInt(60), 2))
                    .setScale(2, java.math.RoundingMode.DOWN);
            events.add(new CaseEvent.PaymentReceived(paid, Amount.euros(part)));
        }
        if (late > 15 && random.nextInt(20) == 0) {
            LocalDate promised = due.plusDays(15);
            events.add(new CaseEvent.PromiseToPay(promised, promised.plusDays(30), principal));
        }
        if (late > 5 && random.nextInt(25) == 0) {
            events.add(new CaseEvent.DisputeOpened(due.plusDays(5), "goods not delivered"));
        }
        return events;
    }
}
