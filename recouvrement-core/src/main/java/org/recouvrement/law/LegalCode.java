package org.recouvrement.law;

/**
 * The codes the library cites, each with the abbreviation French and Belgian practitioners use.
 *
 * <p>Texts that are not codes (EU regulations, laws, decrees, court decisions) are cited with
 * {@link LegalReference#ofInstrument(Jurisdiction, String, String)}.
 */
public enum LegalCode {
    /** <i>Code civil</i> (France). */
    CIVIL_CODE(Jurisdiction.FRANCE, "C. civ.", "Code civil"),
    /** <i>Code de commerce</i> (France). */
    COMMERCIAL_CODE(Jurisdiction.FRANCE, "C. com.", "Code de commerce"),
    /** <i>Code de procédure civile</i> (France). */
    CODE_OF_CIVIL_PROCEDURE(Jurisdiction.FRANCE, "CPC", "Code de procédure civile"),
    /** <i>Code des procédures civiles d'exécution</i> (France). */
    CODE_OF_CIVIL_ENFORCEMENT_PROCEDURES(Jurisdiction.FRANCE, "CPCE", "Code des procédures civiles d'exécution"),
    /** <i>Code de la consommation</i> (France). */
    CONSUMER_CODE(Jurisdiction.FRANCE, "C. conso.", "Code de la consommation"),
    /** <i>Code monétaire et financier</i> (France). */
    MONETARY_AND_FINANCIAL_CODE(Jurisdiction.FRANCE, "CMF", "Code monétaire et financier"),
    /** <i>Code de l'organisation judiciaire</i> (France). */
    CODE_OF_JUDICIAL_ORGANISATION(Jurisdiction.FRANCE, "COJ", "Code de l'organisation judiciaire"),
    /** <i>Code du travail</i> (France). */
    LABOUR_CODE(Jurisdiction.FRANCE, "C. trav.", "Code du travail"),
    /** <i>Code judiciaire / Gerechtelijk Wetboek</i> (Belgium). */
    BELGIAN_JUDICIAL_CODE(Jurisdiction.BELGIUM, "C. jud.", "Code judiciaire"),
    /** The new <i>Code civil / Burgerlijk Wetboek</i> (Belgium, books in force since 2020). */
    BELGIAN_CIVIL_CODE(Jurisdiction.BELGIUM, "C. civ. (BE)", "Code civil"),
    /** The former <i>Code civil</i> (Belgium), whose title on prescription is still in force. */
    BELGIAN_FORMER_CIVIL_CODE(Jurisdiction.BELGIUM, "anc. C. civ. (BE)", "ancien Code civil"),
    /** <i>Code de droit économique / Wetboek van economisch recht</i> (Belgium). */
    BELGIAN_CODE_OF_ECONOMIC_LAW(Jurisdiction.BELGIUM, "CDE", "Code de droit économique");

    private final Jurisdiction jurisdiction;
    private final String abbreviation;
    private final String officialName;

    LegalCode(Jurisdiction jurisdiction, String abbreviation, String officialName) {
        this.jurisdiction = jurisdiction;
        this.abbreviation = abbreviation;
        this.officialName = officialName;
    }

    /**
     * Returns the legal order of this code.
     *
     * @return the jurisdiction
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * Returns the usual abbreviation, such as {@code "C. civ."}.
     *
     * @return the abbreviation
     */
    public String abbreviation() {
        return abbreviation;
    }

    /**
     * Returns the official French name, such as {@code "Code civil"}.
     *
     * @return the name
     */
    public String officialName() {
        return officialName;
    }

    /**
     * Returns a reference to an article of this code.
     *
     * @param article the article number as the code writes it, such as {@code "2224"} or {@code "L441-10"}
     * @return the reference
     */
    public LegalReference article(String article) {
        return LegalReference.of(this, article);
    }
}
