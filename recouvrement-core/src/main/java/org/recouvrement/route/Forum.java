package org.recouvrement.route;

import org.recouvrement.law.Jurisdiction;

/**
 * Where a route is taken: a court, or the officer or practitioner who runs it. Institutions are proper nouns and
 * keep their French (or Belgian) names.
 */
public enum Forum {
    /** <i>Tribunal judiciaire</i> (France, since 1 January 2020), or its president. */
    TRIBUNAL_JUDICIAIRE(Jurisdiction.FRANCE, true, "tribunal judiciaire"),
    /** <i>Juge des contentieux de la protection</i>, inside the tribunal judiciaire (consumer credit, leases). */
    JUGE_DES_CONTENTIEUX_DE_LA_PROTECTION(Jurisdiction.FRANCE, true, "juge des contentieux de la protection"),
    /** <i>Tribunal de commerce</i>, or its president. */
    TRIBUNAL_DE_COMMERCE(Jurisdiction.FRANCE, true, "tribunal de commerce"),
    /** <i>Tribunal des activités économiques</i>: the twelve pilot commercial courts, 2025 to 2028. */
    TRIBUNAL_DES_ACTIVITES_ECONOMIQUES(Jurisdiction.FRANCE, true, "tribunal des activités économiques"),
    /**
     * A judicial officer (<i>commissaire de justice</i>; <i>huissier de justice</i> before 1 July 2022) acting out of
     * court.
     */
    JUDICIAL_OFFICER(Jurisdiction.FRANCE, false, "commissaire de justice"),
    /** The insolvency practitioner (<i>mandataire judiciaire</i> or <i>liquidateur</i>). */
    INSOLVENCY_PRACTITIONER(Jurisdiction.FRANCE, false, "mandataire judiciaire"),
    /** Belgium: <i>juge de paix / vrederechter</i>. */
    JUGE_DE_PAIX(Jurisdiction.BELGIUM, true, "juge de paix"),
    /** Belgium: <i>tribunal de l'entreprise / ondernemingsrechtbank</i>. */
    TRIBUNAL_DE_L_ENTREPRISE(Jurisdiction.BELGIUM, true, "tribunal de l'entreprise"),
    /** Belgium: <i>tribunal de première instance / rechtbank van eerste aanleg</i>. */
    TRIBUNAL_DE_PREMIERE_INSTANCE(Jurisdiction.BELGIUM, true, "tribunal de première instance"),
    /** Belgium: a judicial officer (<i>huissier de justice / gerechtsdeurwaarder</i>) acting out of court. */
    BELGIAN_JUDICIAL_OFFICER(Jurisdiction.BELGIUM, false, "huissier de justice"),
    /** The creditor itself, or its collection agency: no court, no officer. */
    CREDITOR(Jurisdiction.FRANCE, false, "the creditor"),
    /** A court of another EU member state, designated by that state under the EU regulation. */
    COURT_OF_ANOTHER_MEMBER_STATE(Jurisdiction.EUROPEAN_UNION, true, "court of the member state");

    private final Jurisdiction jurisdiction;
    private final boolean court;
    private final String frenchName;

    Forum(Jurisdiction jurisdiction, boolean court, String frenchName) {
        this.jurisdiction = jurisdiction;
        this.court = court;
        this.frenchName = frenchName;
    }

    /**
     * Returns the legal order of the forum.
     *
     * @return the jurisdiction
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * Tells whether the forum is a court.
     *
     * @return true for a court
     */
    public boolean isCourt() {
        return court;
    }

    /**
     * Returns the institution's French name, as letters and forms write it.
     *
     * @return the name, such as {@code "tribunal de commerce"}
     */
    public String frenchName() {
        return frenchName;
    }
}
