package org.recouvrement.examples.demo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.PaymentTerms;
import org.recouvrement.letters.LetterFormatting;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.party.Siren;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;

/**
 * The README's demo: builds one recovery case, records what happened to it, and prints the claim and its balance.
 *
 * <p>Run it with {@code ./mvnw -q -pl recouvrement-examples -am -DskipTests package exec:java}; pass
 * {@code -Dexec.args="--as-of 2026-06-30"} to ask about another date. The date defaults to a fixed day so that the
 * output is the same on every run.
 */
public final class Demo {

    /** The date the demo answers for unless told otherwise, so that its output is reproducible. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 23);

    private Demo() {
    }

    /**
     * Runs the demo.
     *
     * @param args {@code --as-of YYYY-MM-DD} optionally
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LocalDate asOf;
        try {
            asOf = asOf(args);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println("usage: Demo [--as-of YYYY-MM-DD] (" + e.getMessage() + ")");
            System.exit(2);
            return;
        }
        run(asOf, out);
    }

    static LocalDate asOf(String[] args) {
        if (args.length == 0) {
            return DEFAULT_AS_OF;
        }
        if (args.length == 2 && args[0].equals("--as-of")) {
            return LocalDate.parse(args[1]);
        }
        throw new IllegalArgumentException("unexpected arguments");
    }

    static RecoveryCase sampleCase() {
        Party creditor = Party.builder()
                .kind(PartyKind.COMPANY)
                .merchant(true)
                .name("Atelier Lumière SARL")
                .address(PostalAddress.builder().addLine("4 rue des Orfèvres").postalCode("69002").city("Lyon")
                        .country("FR").build())
                .siren(Siren.parse("031 482 573"))
                .build();
        Party debtor = Party.builder()
                .kind(PartyKind.COMPANY)
                .merchant(true)
                .name("Brasserie du Port SAS")
                .address(PostalAddress.builder().addLine("18 quai de la Fosse").postalCode("44000").city("Nantes")
                        .country("FR").build())
                .build();
        Claim claim = Claim.builder()
                .reference("FA-2026-0117")
                .creditor(creditor)
                .debtor(debtor)
                .origin(ClaimOrigin.INVOICE)
                .principal(Amount.euros("4800.00"))
                .issueDate(LocalDate.of(2026, 3, 2))
                .paymentTerms(PaymentTerms.daysFromInvoice(30))
                .build();
        return RecoveryCase.of(claim)
                .withEvent(new CaseEvent.ReminderSent(LocalDate.of(2026, 4, 10), ContactChannel.EMAIL))
                .withEvent(new CaseEvent.PaymentReceived(LocalDate.of(2026, 5, 4), Amount.euros("1800.00")))
                .withEvent(new CaseEvent.FormalNoticeSent(LocalDate.of(2026, 6, 15), ContactChannel.REGISTERED_LETTER))
                .withEvent(new CaseEvent.FormalNoticeDelivered(LocalDate.of(2026, 6, 17)));
    }

    static void run(LocalDate asOf, PrintStream out) {
        RecoveryCase file = sampleCase();
        Claim claim = file.claim();
        out.println("recouvrement demo, as of " + asOf);
        out.println();
        out.println("Claim " + claim.reference() + " (" + claim.nature() + ")");
        out.println("  principal    " + LetterFormatting.amount(claim.principal(), claim.debtor().language()));
        out.println("  issued       " + claim.issueDate() + ", due " + claim.dueDate() + " (" + claim.paymentTerms().orElseThrow() + ")");
        out.println("  debtor in    " + claim.debtor().territory());
        out.println("  terms        " + claim.paymentTerms().orElseThrow().commercialCapsExplanation().reasons().get(0));
        out.println();
        out.println("Timeline known on " + asOf + ":");
        for (CaseEvent event : file.eventsUntil(asOf)) {
            out.println("  " + event.date() + "  " + event.getClass().getSimpleName());
        }
        out.println();
        out.println("Paid so far       " + LetterFormatting.amount(file.amountPaid(asOf), claim.debtor().language()));
        out.println("Outstanding       " + LetterFormatting.amount(file.outstandingBalance(asOf), claim.debtor().language()));
    }
}
