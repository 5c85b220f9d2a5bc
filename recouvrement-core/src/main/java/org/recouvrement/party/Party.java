package org.recouvrement.party;

import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.InvalidValueException;

/**
 * A creditor or a debtor: who they are in law ({@link PartyKind}, merchant or not), their name and address, their
 * identifiers and the language to write to them in.
 *
 * <p>The name is personal data for a natural person: it is redacted from {@link #toString()}, as are the street
 * lines of the address. Identifiers are checked against each other: a SIRET must belong to the SIREN, a French VAT
 * number must contain it, a Belgian VAT number must be the enterprise number.
 *
 * <pre>{@code
 * Party debtor = Party.builder()
 *     .kind(PartyKind.COMPANY)
 *     .merchant(true)
 *     .name("Dupont Matériaux SAS")
 *     .address(address)
 *     .siren(Siren.parse("542 051 180"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Party {

    Party() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Party}; kind, name and address are required.
     */
    public static final class Builder extends ImmutableParty.Builder {
        Builder() {
        }
    }

    /**
     * Returns the kind of person.
     *
     * @return the kind
     */
    public abstract PartyKind kind();

    /**
     * Tells whether the party is a merchant (<i>commerçant</i>, C. com. art. L121-1): a person who carries out acts
     * of commerce as a usual profession, or a commercial company. Decides commercial-court jurisdiction.
     *
     * @return true for a merchant; false by default
     */
    @Value.Default
    public boolean merchant() {
        return false;
    }

    /**
     * Returns the name: the company name, or a natural person's full name.
     *
     * @return the name, never blank
     */
    @Value.Redacted
    public abstract String name();

    /**
     * Returns the postal address of the domicile or registered office.
     *
     * @return the address
     */
    public abstract PostalAddress address();

    /**
     * Returns the SIREN of a French business.
     *
     * @return the SIREN, if known
     */
    public abstract Optional<Siren> siren();

    /**
     * Returns the SIRET of the establishment concerned.
     *
     * @return the SIRET, if known
     */
    public abstract Optional<Siret> siret();

    /**
     * Returns the Belgian enterprise number.
     *
     * @return the number, if known
     */
    public abstract Optional<BelgianEnterpriseNumber> belgianEnterpriseNumber();

    /**
     * Returns the VAT identification number.
     *
     * @return the VAT number, if known
     */
    public abstract Optional<VatNumber> vatNumber();

    /**
     * Returns the language to write to the party in.
     *
     * @return the language; French by default
     */
    @Value.Default
    public Language language() {
        return Language.FRENCH;
    }

    /**
     * Returns the territory of the party's address.
     *
     * @return the territory
     */
    public Territory territory() {
        return address().territory();
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new InvalidValueException("name", "''", "must not be blank");
        }
        if (merchant() && !kind().isProfessional()) {
            throw new InvalidValueException("merchant", "true", "is impossible for a party of kind " + kind()
                    + "; a merchant acts professionally (C. com. art. L121-1)");
        }
        if (merchant() && kind() == PartyKind.PUBLIC_BODY) {
            throw new InvalidValueException("merchant", "true", "is impossible for a public body");
        }
        if (siren().isPresent() && siret().isPresent() && !siret().get().siren().equals(siren().get())) {
            throw new InvalidValueException("siret", siret().get(), "does not belong to siren " + siren().get());
        }
        if (vatNumber().isPresent()) {
            VatNumber vat = vatNumber().get();
            Optional<Siren> own = siren().or(() -> siret().map(Siret::siren));
            if (own.isPresent() && vat.siren().isPresent() && !vat.siren().get().equals(own.get())) {
                throw new InvalidValueException("vatNumber", vat, "does not contain siren " + own.get());
            }
            if (belgianEnterpriseNumber().isPresent() && vat.belgianEnterpriseNumber().isPresent()
                    && !vat.belgianEnterpriseNumber().get().equals(belgianEnterpriseNumber().get())) {
                throw new InvalidValueException("vatNumber", vat,
                        "is not the VAT number of enterprise " + belgianEnterpriseNumber().get());
            }
        }
    }
}
