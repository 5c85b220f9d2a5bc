package org.recouvrement.benchmarks;

import java.time.LocalDate;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Party;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.PostalAddress;

/** Realistic inputs shared by the benchmarks. */
final class Fixtures {

    private Fixtures() {
    }

    static Party company(String name, String postalCode, String city) {
        return Party.builder().kind(PartyKind.COMPANY).merchant(true).name(name)
                .address(PostalAddress.builder().addLine("1 rue du Commerce").postalCode(postalCode).city(city)
                        .country("FR").build())
                .build();
    }

    static Claim invoiceBetweenMerchants(LocalDate issueDate) {
        return Claim.builder().reference("INV-" + issueDate)
                .creditor(company("Atelier Lumière SARL", "69002", "Lyon"))
                .debtor(company("Brasserie du Port SAS", "44000", "Nantes"))
                .origin(ClaimOrigin.INVOICE).principal(Amount.euros("12500.00"))
                .issueDate(issueDate).dueDate(issueDate.plusDays(30)).build();
    }
}
