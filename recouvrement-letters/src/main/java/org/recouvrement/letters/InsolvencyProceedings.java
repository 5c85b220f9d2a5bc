package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.recovery.InsolvencyKind;

/**
 * Insolvency proceedings opened against the debtor, as a proof of claim names them: their kind, the court, the date
 * of the opening judgment and of its publication in the BODACC, from which the two-month time limit to declare runs
 * (C. com. art. R622-24).
 */
@Value.Immutable
public abstract class InsolvencyProceedings {

    InsolvencyProceedings() {
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
     * Builds {@link InsolvencyProceedings}; the kind, the court and the opening date are required.
     */
    public static final class Builder extends ImmutableInsolvencyProceedings.Builder {
        Builder() {
        }
    }

    /**
     * Returns the kind of proceedings: safeguard, reorganisation or liquidation (French proceedings only).
     *
     * @return the kind
     */
    public abstract InsolvencyKind kind();

    /**
     * Returns the court that opened the proceedings.
     *
     * @return the court
     */
    public abstract Court court();

    /**
     * Returns the date of the opening judgment.
     *
     * @return the date
     */
    public abstract LocalDate openingDate();

    /**
     * Returns the date the opening judgment was published in the BODACC.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> publicationDate();

    @Value.Check
    void check() {
        if (kind() == InsolvencyKind.BELGIAN_INSOLVENCY) {
            throw new InvalidLetterException("proceedings.kind", kind(),
                    "is not French: a Belgian claim is declared electronically through RegSol (CDE book XX)");
        }
        if (publicationDate().isPresent() && publicationDate().get().isBefore(openingDate())) {
            throw new InvalidLetterException("proceedings.publicationDate", publicationDate().get(),
                    "is before the opening judgment of " + openingDate());
        }
    }
}
