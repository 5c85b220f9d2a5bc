package org.recouvrement.route;

import java.time.LocalDate;
import java.util.Objects;
import org.recouvrement.RecouvrementException;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Reason;

/**
 * A court document was asked for a route that is not open for the case on the date: the route is
 * {@link Eligibility.Ineligible ineligible}, the case is outside the legal orders the library supports, or the library
 * cannot name the forum the document is addressed to.
 *
 * <p>Whether a route is open is a legal answer, and {@link RouteAdvisor#assess} gives it as a value. Drafting a
 * document is the next step, for a route the assessment shows open or needing review; asking for the document of a
 * closed route is a caller's mistake. The exception carries the route, the date and the reasons the route is closed,
 * each with its legal reference, so that an application can show them.
 */
public final class CourtDocumentRefusedException extends RecouvrementException {

    private static final long serialVersionUID = 1L;

    /** The route whose document was asked for. */
    private final RouteKind route;
    /** The date it was asked for. */
    private final LocalDate asOf;
    /** Why the route is closed; not serialised. */
    private final transient Explanation explanation;

    /**
     * Creates the exception.
     *
     * @param route the route whose document was asked for
     * @param caseId the case, as its identifier (never personal data)
     * @param asOf the date asked
     * @param explanation why the route is closed, each reason with its legal references
     */
    public CourtDocumentRefusedException(RouteKind route, String caseId, LocalDate asOf, Explanation explanation) {
        super("route " + route + " is not open for case " + caseId + " on " + asOf + ": " + summary(explanation));
        this.route = Objects.requireNonNull(route, "route");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    private static String summary(Explanation explanation) {
        StringBuilder out = new StringBuilder();
        for (Reason reason : explanation.reasons()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(reason.text());
            if (!reason.references().isEmpty()) {
                out.append(" (").append(reason.references().get(0).display()).append(')');
            }
        }
        return out.toString();
    }

    /**
     * Returns the route whose document was asked for.
     *
     * @return the route
     */
    public RouteKind route() {
        return route;
    }

    /**
     * Returns the date the document was asked for.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns why the route is closed, each reason with its legal references. Empty after deserialisation.
     *
     * @return the explanation
     */
    public Explanation explanation() {
        return explanation == null ? Explanation.empty() : explanation;
    }
}
