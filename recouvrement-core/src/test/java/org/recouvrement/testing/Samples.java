package org.recouvrement.testing;

import java.time.LocalDate;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.party.Siren;

/**
 * Ready-made parties and claims for examples and tests: invented names, real-looking addresses, valid identifiers.
 * Every method returns a new valid value; adjust it with the builders where a test needs something else.
 */
public final class Samples {

    private Samples() {
    }

    /**
     * Returns an address in the given country and postal code.
     *
     * @param postalCode the postal code
     * @param city the city
     * @param country the ISO 3166-1 alpha-2 code
     * @return the address
     */
    public static PostalAddress address(String postalCode, String city, String country) {
        return PostalAddress.builder().addLine("1 rue de l'Exemple").postalCode(postalCode).city(city).country(country)
                .build();
    }

    /**
     * Returns a French commercial company (a merchant) in Lyon.
     *
     * @return the company
     */
    public static Party frenchCompany() {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Atelier Lumière SARL")
                .address(address("69002", "Lyon", "FR")).siren(Siren.parse("031482573")).build();
    }

    /**
     * Returns another French commercial company (a merchant) in Nantes.
     *
     * @return the company
     */
    public static Party otherFrenchCompany() {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Brasserie du Port SAS")
                .address(address("44000", "Nantes", "FR")).build();
    }

    /**
     * Returns a French consumer in Paris.
     *
     * @return the consumer
     */
    public static Party frenchConsumer() {
        return Party.builder().kind(PartyKind.CONSUMER).name("Claire Martin").address(address("75015", "Paris", "FR"))
                .build();
    }

    /**
     * Returns a consumer at the given French postal code (Alsace-Moselle, overseas...).
     *
     * @param postalCode the postal code
     * @param city the city
     * @return the consumer
     */
    public static Party frenchConsumerAt(String postalCode, String city) {
        return Party.builder().kind(PartyKind.CONSUMER).name("Paul Bernard").address(address(postalCode, city, "FR"))
                .build();
    }

    /**
     * Returns a Belgian company in Brussels.
     *
     * @return the company
     */
    public static Party belgianCompany() {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Brouwerij De Ster NV")
                .address(address("1000", "Bruxelles", "BE")).build();
    }

    /**
     * Returns a Belgian consumer in Liège.
     *
     * @return the consumer
     */
    public static Party belgianConsumer() {
        return Party.builder().kind(PartyKind.CONSUMER).name("Luc Peeters").address(address("4000", "Liège", "BE"))
                .build();
    }

    /**
     * Returns a German company in Berlin.
     *
     * @return the company
     */
    public static Party germanCompany() {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name("Nordlicht GmbH")
                .address(address("10115", "Berlin", "DE")).build();
    }

    /**
     * Returns an invoice between two French merchants: 1,000 € issued on the given date, due 30 days later.
     *
     * @param issueDate the invoice date
     * @return the claim
     */
    public static Claim invoiceBetweenMerchants(LocalDate issueDate) {
        return invoice(frenchCompany(), otherFrenchCompany(), Amount.euros(1000), issueDate, issueDate.plusDays(30));
    }

    /**
     * Returns an invoice of a French company to a French consumer: 1,000 €, performance and invoice on the given
     * date, due 30 days later.
     *
     * @param issueDate the invoice and performance date
     * @return the claim
     */
    public static Claim invoiceToConsumer(LocalDate issueDate) {
        return Claim.builder().reference("INV-C-" + issueDate).creditor(frenchCompany()).debtor(frenchConsumer())
                .origin(ClaimOrigin.INVOICE).principal(Amount.euros(1000)).issueDate(issueDate)
                .performanceDate(issueDate).dueDate(issueDate.plusDays(30)).build();
    }

    /**
     * Returns an invoice between the given parties.
     *
     * @param creditor the creditor
     * @param debtor the debtor
     * @param principal the principal
     * @param issueDate the invoice date
     * @param dueDate the due date
     * @return the claim
     */
    public static Claim invoice(Party creditor, Party debtor, Amount principal, LocalDate issueDate, LocalDate dueDate) {
        return Claim.builder().reference("INV-" + issueDate).creditor(creditor).debtor(debtor)
                .origin(ClaimOrigin.INVOICE).principal(principal).issueDate(issueDate).dueDate(dueDate).build();
    }
}
