package org.recouvrement.letters;

import java.util.Optional;

/**
 * The French courts an order for payment is requested from (CPC art. 1406), with the Cerfa form that corresponds to
 * each.
 *
 * <p>The Cerfa numbers are those of LEGAL-REFERENCE section 5.3, taken from secondary sources and <b>not confirmed on
 * service-public.fr</b>: check the suffix before filing. The library writes its own request, which carries the content
 * CPC art. 1407 requires; it does not fill in the Cerfa form.
 */
public enum CourtKind {
    /** <i>Tribunal judiciaire</i>, president (civil claims). */
    TRIBUNAL_JUDICIAIRE("tribunal judiciaire", "12948*06"),
    /**
     * <i>Juge des contentieux de la protection</i> of a tribunal judiciaire (consumer credit, residential leases).
     */
    JUGE_DES_CONTENTIEUX_DE_LA_PROTECTION("juge des contentieux de la protection du tribunal judiciaire", "16040*01"),
    /** <i>Tribunal de commerce</i>, president (claims between merchants). */
    TRIBUNAL_DE_COMMERCE("tribunal de commerce", "12946*02"),
    /**
     * <i>Tribunal des activités économiques</i>, the twelve commercial courts renamed on an experimental basis from
     * 1 January 2025 to 31 December 2028 (loi 2023-1059). No Cerfa of its own is known.
     */
    TRIBUNAL_DES_ACTIVITES_ECONOMIQUES("tribunal des activités économiques", null);

    private final String frenchName;
    private final String cerfa;

    CourtKind(String frenchName, String cerfa) {
        this.frenchName = frenchName;
        this.cerfa = cerfa;
    }

    /**
     * Returns the French name, in lower case as in running text: {@code "tribunal judiciaire"}. Courts keep their
     * French name in every language, as proper nouns.
     *
     * @return the name
     */
    public String frenchName() {
        return frenchName;
    }

    /**
     * Returns the number of the Cerfa form for a request for an order for payment before this court, such as
     * {@code "12948*06"}. Unconfirmed: see the class documentation.
     *
     * @return the number, if one is known
     */
    public Optional<String> cerfaNumber() {
        return Optional.ofNullable(cerfa);
    }
}
