package org.recouvrement.route;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.LegalReference;

/**
 * The forum competent for a route: its kind (subject-matter jurisdiction), the territorial rule that designates the
 * one seat, and the texts behind both.
 *
 * <p>The library knows the parties' addresses but not the map of court districts: {@link #territorialRule()} states
 * the rule ("the court for the place where the debtor lives") and {@link #seatHint()} the debtor's city, to be
 * matched with the official district lists.
 */
@Value.Immutable
public abstract class CompetentForum {

    CompetentForum() {
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CompetentForum}. */
    static final class Builder extends ImmutableCompetentForum.Builder {
        Builder() {
        }
    }

    /**
     * Returns the kind of court or officer.
     *
     * @return the forum
     */
    public abstract Forum forum();

    /**
     * Returns who within the forum decides, where it matters: {@code "président"} for an order for payment or
     * summary proceedings.
     *
     * @return the judge, if the route names one
     */
    public abstract Optional<String> judge();

    /**
     * Returns the territorial rule, such as "the court for the place where the debtor (or one of the debtors) lives;
     * a clause to the contrary is deemed unwritten (CPC art. 1406)".
     *
     * @return the rule, in English
     */
    public abstract String territorialRule();

    /**
     * Returns the city the territorial rule points to, from the parties' addresses.
     *
     * @return the city, if the rule points to one
     */
    @Value.Redacted
    public abstract Optional<String> seatHint();

    /**
     * Returns the texts that designate the forum.
     *
     * @return the references, at least one
     */
    public abstract List<LegalReference> references();

    /**
     * Returns the forum as a practitioner would write it: {@code "président du tribunal de commerce"}.
     *
     * @return the display form
     */
    public String display() {
        return judge().map(j -> j + " du " + forum().frenchName()).orElse(forum().frenchName());
    }
}
