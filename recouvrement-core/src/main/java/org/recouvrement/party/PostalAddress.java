package org.recouvrement.party;

import java.util.List;
import org.immutables.value.Value;
import org.recouvrement.InvalidValueException;

/**
 * A postal address, and the {@link Territory} it lies in.
 *
 * <p>The street lines are personal data for a natural person: they are redacted from {@link #toString()}. The
 * country is an ISO 3166-1 alpha-2 code; French overseas territories may be given either as {@code "FR"} with their
 * postal code or with their own code ({@code "GP"}, {@code "RE"}...).
 *
 * <pre>{@code
 * PostalAddress address = PostalAddress.builder()
 *     .addLine("12 rue des Tanneurs")
 *     .postalCode("67000")
 *     .city("Strasbourg")
 *     .country("FR")
 *     .build();
 * address.territory(); // ALSACE_MOSELLE
 * }</pre>
 */
@Value.Immutable
public abstract class PostalAddress {

    PostalAddress() {
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
     * Builds a {@link PostalAddress}; every attribute but the lines is required.
     */
    public static final class Builder extends ImmutablePostalAddress.Builder {
        Builder() {
        }
    }

    /**
     * Returns the street lines (number and street, building, PO box), at least one.
     *
     * @return the lines
     */
    @Value.Redacted
    public abstract List<String> lines();

    /**
     * Returns the postal code.
     *
     * @return the postal code, such as {@code "75015"} or {@code "1000"}
     */
    public abstract String postalCode();

    /**
     * Returns the city or locality.
     *
     * @return the city
     */
    public abstract String city();

    /**
     * Returns the ISO 3166-1 alpha-2 country code.
     *
     * @return the code, such as {@code "FR"}
     */
    public abstract String country();

    /**
     * Returns the territory the address lies in, derived from the country and the postal code.
     *
     * @return the territory
     */
    public Territory territory() {
        return Territory.of(country(), postalCode());
    }

    @Value.Check
    void check() {
        if (lines().isEmpty() || lines().stream().allMatch(String::isBlank)) {
            throw new InvalidValueException("lines", "(none)", "must hold at least one non-blank street line");
        }
        if (city().isBlank()) {
            throw new InvalidValueException("city", "''", "must not be blank");
        }
        if (postalCode().isBlank()) {
            throw new InvalidValueException("postalCode", "''", "must not be blank");
        }
        Territory territory = territory();
        if (territory == Territory.BELGIUM && !postalCode().matches("[1-9][0-9]{3}")) {
            throw new InvalidValueException("postalCode", "'" + postalCode() + "'", "is not a four-digit Belgian postal code");
        }
        if (territory.isFrench() && !postalCode().matches("[0-9]{5}")) {
            throw new InvalidValueException("postalCode", "'" + postalCode() + "'", "is not a five-digit French postal code");
        }
    }
}
