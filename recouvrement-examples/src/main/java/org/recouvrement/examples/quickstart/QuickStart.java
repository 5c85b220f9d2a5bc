package org.recouvrement.examples.quickstart;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.PaymentTerms;
import org.recouvrement.interest.InterestCalculator;
import org.recouvrement.interest.InterestStatement;
import org.recouvrement.letters.AmountStatement;
import org.recouvrement.letters.FormalNotice;
import org.recouvrement.letters.render.LetterRenderer;
import org.recouvrement.letters.render.OutputFormat;
import org.recouvrement.letters.render.RenderedDocument;
import org.recouvrement.limitation.LimitationAssessment;
import org.recouvrement.limitation.LimitationAssessor;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.party.Siren;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.route.RouteAdvisor;
import org.recouvrement.route.RouteAssessment;

/**
 * The README's quick start: one unpaid invoice between two merchants, then the four questions the library answers
 * about it on a given day. When does it become time-barred? How much interest and compensation is owed? Which
 * recovery routes are open, and which step comes next? And the formal notice itself, as a PDF.
 *
 * <p>The README shows the body of {@link #run(Path, PrintStream)} between the markers {@code quick-start:begin} and
 * {@code quick-start:end}; a test checks that both stay the same. Run it with
 * {@code ./mvnw -q -pl recouvrement-examples -am -DskipTests package exec:java
 * -Dexec.mainClass=org.recouvrement.examples.quickstart.QuickStart
 * -Dexec.args=recouvrement-examples/target/formal-notice.pdf}.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /**
     * Runs the quick start and writes the formal notice.
     *
     * @param args the PDF file to write, {@code formal-notice.pdf} if none; its folder is created if need be
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path pdfFile = Path.of(args.length > 0 ? args[0] : "formal-notice.pdf").toAbsolutePath();
        Files.createDirectories(pdfFile.getParent());
        run(pdfFile, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Answers the four questions about the invoice and writes the formal notice.
     *
     * @param pdfFile where to write the formal notice
     * @param out where to print the answers
     * @throws IOException if the file cannot be written
     */
    public static void run(Path pdfFile, PrintStream out) throws IOException {
        // quick-start:begin
        Party creditor = Party.builder()
                .kind(PartyKind.COMPANY).merchant(true).name("Atelier Lumière SARL")
                .address(PostalAddress.builder()
                        .addLine("4 rue des Orfèvres").postalCode("69002").city("Lyon").country("FR").build())
                .siren(Siren.parse("031 482 573"))
                .build();
        Party debtor = Party.builder()
                .kind(PartyKind.COMPANY).merchant(true).name("Brasserie du Port SAS")
                .address(PostalAddress.builder()
                        .addLine("18 quai de la Fosse").postalCode("44000").city("Nantes").country("FR").build())
                .build();
        Claim invoice = Claim.builder()
                .reference("FA-2026-0117").creditor(creditor).debtor(debtor).origin(ClaimOrigin.INVOICE)
                .principal(Amount.euros("4800.00"))
                .issueDate(LocalDate.of(2026, 3, 2))
                .paymentTerms(PaymentTerms.daysFromInvoice(30))              // due 2026-04-01
                .build();
        RecoveryCase file = RecoveryCase.of(invoice)
                .withEvent(new CaseEvent.ReminderSent(LocalDate.of(2026, 4, 10), ContactChannel.EMAIL))
                .withEvent(new CaseEvent.PaymentReceived(LocalDate.of(2026, 5, 4), Amount.euros("1800.00")));
        LocalDate asOf = LocalDate.of(2026, 6, 30);                          // every answer is for a given day

        // When does the claim become time-barred, and why?
        LimitationAssessment limitation = LimitationAssessor.assess(file, asOf);
        out.println("Time-barred after " + limitation.expiry().orElseThrow() + ": " + limitation.period());
        out.println(limitation.explanation());

        // How much interest and compensation is owed today, period by period, at which rate?
        InterestStatement interest = InterestCalculator.standard().statement(file, asOf);
        out.println(interest.toText());

        // Which recovery routes are open, and which step comes next?
        RouteAssessment routes = RouteAdvisor.standard().assess(file, asOf);
        routes.eligible().forEach(option -> out.println("Open: " + option.kind()));
        out.println("Next: " + routes.recommended().orElseThrow() + "\n" + routes.recommendation());

        // The formal notice, with the amount owed today line by line, as PDF/A
        FormalNotice notice = FormalNotice.builder()
                .date(asOf).creditor(creditor).debtor(debtor)
                .statement(AmountStatement.from(file, interest))
                .paymentDeadline(asOf.plusDays(15))
                .dispatch(ContactChannel.REGISTERED_LETTER)
                .signatory("Claire Morel, gérante")
                .build();
        RenderedDocument pdf = LetterRenderer.withDefaults().render(notice, OutputFormat.PDF);
        Files.write(pdfFile, pdf.bytes());
        out.println("Wrote " + pdfFile + ": " + pdf.size() + " bytes, SHA-256 " + pdf.sha256());
        // quick-start:end
    }
}
