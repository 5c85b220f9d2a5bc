package org.recouvrement.route;

import java.util.List;
import java.util.Optional;
import org.recouvrement.law.LegalReference;

/**
 * The ground for the jurisdiction of the court seised of an application for a European order for payment (form A,
 * section 3; Reg. (EC) No 1896/2006, art. 6, 7(2)(f)).
 *
 * <p>The library states the two grounds it can derive from the parties: the defendant's domicile, the general rule of
 * Reg. (EU) No 1215/2012 that art. 6(1) applies; and, where the defendant is a consumer, the consumer's domicile, the
 * only courts competent under art. 6(2). Other grounds of form A (place of performance, choice of court...) depend on
 * facts the library does not hold; a claimant relying on one completes the form himself.
 */
public enum JurisdictionGround {
    /**
     * Domicile of the defendant or co-defendant (form A, section 3, code 01), Reg. (EC) No 1896/2006 art. 6(1),
     * Reg. (EU) No 1215/2012 art. 4.
     */
    DEFENDANT_DOMICILE("01", "Domicile of the defendant or co-defendant", List.of(RouteLaw.REG_1896_2006_ART_6,
            RouteLaw.REG_1215_2012_ART_4)),
    /**
     * Domicile of the consumer: a claim on a contract a consumer concluded, against that consumer, goes only to the
     * courts of the member state where he is domiciled (Reg. (EC) No 1896/2006 art. 6(2)). The form's code for this
     * ground is not given: it was not checked against the published form.
     */
    CONSUMER_DOMICILE(null, "Domicile of the consumer", List.of(RouteLaw.REG_1896_2006_ART_6_2));

    private final String formCode;
    private final String text;
    private final List<LegalReference> references;

    JurisdictionGround(String formCode, String text, List<LegalReference> references) {
        this.formCode = formCode;
        this.text = text;
        this.references = references;
    }

    /**
     * Returns the code of the ground in section 3 of form A, where the library has checked it.
     *
     * @return the code, such as {@code "01"}, or empty
     */
    public Optional<String> formCode() {
        return Optional.ofNullable(formCode);
    }

    /**
     * Returns the ground in English, as the form words it.
     *
     * @return the text
     */
    public String text() {
        return text;
    }

    /**
     * Returns the texts behind the ground.
     *
     * @return the references
     */
    public List<LegalReference> references() {
        return references;
    }
}
