package org.recouvrement.letters;

import org.immutables.value.Value;

/**
 * A French court, by kind and seat: the {@code TRIBUNAL_JUDICIAIRE} of {@code "Lyon"}. The seat is the city, as the
 * court's name writes it.
 */
@Value.Immutable
public abstract class Court {

    Court() {
    }

    /**
     * Returns the court of the given kind and seat.
     *
     * @param kind the kind of court
     * @param seat the city it sits in, such as {@code "Nantes"}
     * @return the court
     */
    public static Court of(CourtKind kind, String seat) {
        return ImmutableCourt.of(kind, seat);
    }

    /**
     * Returns the kind of court.
     *
     * @return the kind
     */
    @Value.Parameter
    public abstract CourtKind kind();

    /**
     * Returns the seat.
     *
     * @return the city
     */
    @Value.Parameter
    public abstract String seat();

    /**
     * Returns the court's French name: {@code "tribunal judiciaire de Lyon"}.
     *
     * @return the name
     */
    public String frenchName() {
        return kind().frenchName() + " de " + seat();
    }

    @Value.Check
    void check() {
        if (seat().isBlank()) {
            throw new InvalidLetterException("court.seat", "''", "must not be blank");
        }
    }
}
