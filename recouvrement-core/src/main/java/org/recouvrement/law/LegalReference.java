package org.recouvrement.law;

import java.util.Objects;
import java.util.Optional;
import org.recouvrement.InvalidValueException;
import org.recouvrement.internal.Checks;

/**
 * A citation of the law behind an answer: an article of a code ({@code C. civ. art. 2224}), of another instrument
 * ({@code Reg. (EC) No 1896/2006 art. 16}), or a court decision ({@code Cass. 1re civ., 19 May 2021, n° 20-12.520}).
 *
 * <p>Every rule of the library carries its references as data, so that an application or a letter can show them.
 * {@link #display()} gives the short form practitioners write. Immutable and thread-safe; equal when jurisdiction,
 * instrument, article and link are equal.
 */
public final class LegalReference {

    private final Jurisdiction jurisdiction;
    private final LegalCode code;
    private final String instrument;
    private final String article;
    private final String link;

    private LegalReference(Jurisdiction jurisdiction, LegalCode code, String instrument, String article, String link) {
        this.jurisdiction = jurisdiction;
        this.code = code;
        this.instrument = instrument;
        this.article = article;
        this.link = link;
    }

    /**
     * Returns a reference to an article of a code.
     *
     * @param code the code
     * @param article the article as the code numbers it, such as {@code "2224"} or {@code "L441-10"}
     * @return the reference
     * @throws InvalidValueException if the article is blank
     */
    public static LegalReference of(LegalCode code, String article) {
        Checks.present(code, "code");
        return new LegalReference(code.jurisdiction(), code, code.abbreviation(), nonBlank("article", article), null);
    }

    /**
     * Returns a reference to an article of an instrument that is not a code: an EU regulation, a law, a decree.
     *
     * @param jurisdiction the legal order of the instrument
     * @param instrument its usual short name, such as {@code "Reg. (EC) No 1896/2006"}
     * @param article the article, such as {@code "16"}
     * @return the reference
     * @throws InvalidValueException if the instrument or the article is blank
     */
    public static LegalReference ofInstrument(Jurisdiction jurisdiction, String instrument, String article) {
        Checks.present(jurisdiction, "jurisdiction");
        return new LegalReference(jurisdiction, null, nonBlank("instrument", instrument),
                nonBlank("article", article), null);
    }

    /**
     * Returns a reference to a whole instrument or to a court decision, without an article.
     *
     * @param jurisdiction the legal order
     * @param instrument the instrument or decision, such as {@code "Cass. 1re civ., 19 May 2021, n° 20-12.520"}
     * @return the reference
     * @throws InvalidValueException if the instrument is blank
     */
    public static LegalReference ofInstrument(Jurisdiction jurisdiction, String instrument) {
        Checks.present(jurisdiction, "jurisdiction");
        return new LegalReference(jurisdiction, null, nonBlank("instrument", instrument), null, null);
    }

    /**
     * Returns a copy of this reference with a link to the official text.
     *
     * @param url the address of the text, such as a Legifrance or EUR-Lex page
     * @return the reference with its link
     * @throws InvalidValueException if the link is not an http(s) address
     */
    public LegalReference withLink(String url) {
        Checks.present(url, "url");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new InvalidValueException("url", "'" + url + "'", "is not an http(s) address");
        }
        return new LegalReference(jurisdiction, code, instrument, article, url);
    }

    /**
     * Returns the legal order of the cited text.
     *
     * @return the jurisdiction
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * Returns the code cited, if the text is a code.
     *
     * @return the code, or empty for another instrument
     */
    public Optional<LegalCode> code() {
        return Optional.ofNullable(code);
    }

    /**
     * Returns the short name of the instrument: the code's abbreviation, the regulation's number, the decision.
     *
     * @return the instrument
     */
    public String instrument() {
        return instrument;
    }

    /**
     * Returns the article cited, if any.
     *
     * @return the article, such as {@code "2224"}
     */
    public Optional<String> article() {
        return Optional.ofNullable(article);
    }

    /**
     * Returns the link to the official text, if one was given.
     *
     * @return the address
     */
    public Optional<String> link() {
        return Optional.ofNullable(link);
    }

    /**
     * Returns the short form a practitioner writes: {@code "C. civ. art. 2224"}, {@code "CPC art. 642"}.
     *
     * @return the display form
     */
    public String display() {
        return article == null ? instrument : instrument + " art. " + article;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LegalReference other
                && jurisdiction == other.jurisdiction
                && instrument.equals(other.instrument)
                && Objects.equals(article, other.article)
                && Objects.equals(link, other.link);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jurisdiction, instrument, article, link);
    }

    /**
     * Returns {@link #display()}.
     *
     * @return the display form
     */
    @Override
    public String toString() {
        return display();
    }

    private static String nonBlank(String field, String value) {
        Checks.present(value, field);
        if (value.isBlank()) {
            throw new InvalidValueException(field, "''", "must not be blank");
        }
        return value.strip();
    }
}
