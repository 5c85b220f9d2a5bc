package org.recouvrement.route;

import java.util.Optional;

/**
 * The official form (<i>formulaire Cerfa</i>) that corresponds to a request for an order for payment before each
 * French court (LEGAL-REFERENCE §5.3).
 *
 * <p><b>Unconfirmed:</b> the numbers come from secondary sources and were not checked on service-public.fr; check the
 * suffix (the form's version) before filing. {@link #confirmed()} says so in code. The library describes the content
 * the request must carry (CPC art. 1407); it does not fill in the form. No form of its own is known for a tribunal des
 * activités économiques.
 */
public enum CerfaForm {
    /** Request to the president of the tribunal judiciaire (civil claims): n° 12948*06. */
    ORDER_FOR_PAYMENT_TRIBUNAL_JUDICIAIRE("12948*06", Forum.TRIBUNAL_JUDICIAIRE),
    /**
     * Request to the juge des contentieux de la protection (consumer credit, residential leases): n° 16040*01.
     */
    ORDER_FOR_PAYMENT_PROTECTION_JUDGE("16040*01", Forum.JUGE_DES_CONTENTIEUX_DE_LA_PROTECTION),
    /** Request to the president of the tribunal de commerce (claims between merchants): n° 12946*02. */
    ORDER_FOR_PAYMENT_COMMERCIAL_COURT("12946*02", Forum.TRIBUNAL_DE_COMMERCE);

    private final String number;
    private final Forum forum;

    CerfaForm(String number, Forum forum) {
        this.number = number;
        this.forum = forum;
    }

    /**
     * Returns the form for a request for an order for payment before a forum.
     *
     * @param forum the court the request goes to
     * @return the form, or empty where none is known (a tribunal des activités économiques, a forum outside France)
     */
    public static Optional<CerfaForm> orderForPayment(Forum forum) {
        for (CerfaForm form : values()) {
            if (form.forum == forum) {
                return Optional.of(form);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the form's number with its version suffix, such as {@code "12948*06"}.
     *
     * @return the number
     */
    public String number() {
        return number;
    }

    /**
     * Returns the court the form is addressed to.
     *
     * @return the forum
     */
    public Forum forum() {
        return forum;
    }

    /**
     * Tells whether the number was confirmed on the official site. It was not, for any form: see the class
     * documentation.
     *
     * @return false
     */
    public boolean confirmed() {
        return false;
    }
}
