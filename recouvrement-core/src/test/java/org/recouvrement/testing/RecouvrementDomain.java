package org.recouvrement.testing;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
import org.recouvrement.claim.Claim;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.BelgianEnterpriseNumber;
import org.recouvrement.party.Party;
import org.recouvrement.party.PostalAddress;
import org.recouvrement.party.Siren;
import org.recouvrement.party.Siret;
import org.recouvrement.recovery.RecoveryCase;

/**
 * A jqwik domain context that makes every library value available as a plain {@code @ForAll} parameter.
 *
 * <pre>{@code
 * @Property
 * @Domain(RecouvrementDomain.class)
 * void myRule(@ForAll RecoveryCase file, @ForAll Amount amount) { ... }
 * }</pre>
 */
public class RecouvrementDomain extends DomainContextBase {

    /**
     * Creates the domain context; jqwik instantiates it.
     */
    public RecouvrementDomain() {
    }

    @Provide
    Arbitrary<Amount> amounts() {
        return RecouvrementArbitraries.euros();
    }

    @Provide
    Arbitrary<Rate> rates() {
        return RecouvrementArbitraries.rates();
    }

    @Provide
    Arbitrary<Siren> sirens() {
        return RecouvrementArbitraries.sirens();
    }

    @Provide
    Arbitrary<Siret> sirets() {
        return RecouvrementArbitraries.sirets();
    }

    @Provide
    Arbitrary<BelgianEnterpriseNumber> belgianEnterpriseNumbers() {
        return RecouvrementArbitraries.belgianEnterpriseNumbers();
    }

    @Provide
    Arbitrary<PostalAddress> postalAddresses() {
        return RecouvrementArbitraries.postalAddresses();
    }

    @Provide
    Arbitrary<Party> parties() {
        return RecouvrementArbitraries.parties();
    }

    @Provide
    Arbitrary<Claim> claims() {
        return RecouvrementArbitraries.claims();
    }

    @Provide
    Arbitrary<RecoveryCase> recoveryCases() {
        return RecouvrementArbitraries.recoveryCases();
    }
}
