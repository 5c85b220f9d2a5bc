package org.recouvrement.limitation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.LegalTimeline;
import org.recouvrement.law.Provision;

/**
 * The limitation and preclusive periods the library knows, each with its versions over time and the text behind each
 * version.
 *
 * <p>{@link LimitationAssessor} chooses the rule from the claim and its parties; a caller who knows better (a
 * real-estate loan is not a consumer credit; a Belgian invoice for services is not a sale of goods) names the rule in
 * {@link LimitationOptions#rule()}. A period's version is the one in force on the day the period starts; for the
 * periods that loi 2008-561 shortened, a period that started before 19 June 2008 follows the transitional rule of
 * C. civ. art. 2222 al. 2 (the new, shorter period runs from 19 June 2008, without exceeding the former one).
 */
public enum LimitationRule {

    /**
     * Personal or movable actions (<i>actions personnelles ou mobilières</i>): five years from the day the holder
     * knew or should have known the facts allowing action, C. civ. art. 2224; thirty years before 19 June 2008
     * (former art. 2262). Used for a claim between parties none of whom is a merchant, outside consumer law.
     */
    FR_CIVIL(Jurisdiction.FRANCE, PeriodKind.LIMITATION, true, "Personal or movable action (civil law)",
            version(LawDates.ORIGIN, 30, Refs.CIV_2262_FORMER), version(LawDates.REFORM_2008, 5, Refs.CIV_2224)),
    /**
     * Obligations born of commerce between merchants, or between a merchant and a non-merchant (<i>obligations nées à
     * l'occasion de leur commerce</i>): five years, C. com. art. L110-4 I; ten years before 19 June 2008.
     */
    FR_COMMERCIAL(Jurisdiction.FRANCE, PeriodKind.LIMITATION, true,
            "Obligation born of commerce, a merchant being a party",
            version(LawDates.ORIGIN, 10, Refs.COM_L110_4_FORMER), version(LawDates.REFORM_2008, 5, Refs.COM_L110_4)),
    /**
     * Action of a professional against a consumer for goods or services supplied: two years, C. conso.
     * art. L218-2 (art. L137-2 from 19 June 2008 to 30 June 2016), running from the completion of the works or the
     * performance of the service (Cass. 1re civ., 19 May 2021, n° 20-12.520). Not applicable against a
     * non-professional legal person (Cass. 3e civ., 17 Feb 2022, n° 21-19.829).
     */
    FR_PROFESSIONAL_AGAINST_CONSUMER(Jurisdiction.FRANCE, PeriodKind.LIMITATION, true,
            "Action of a professional against a consumer for goods or services supplied",
            version(LawDates.REFORM_2008, 2, Refs.CONSO_L137_2),
            version(LawDates.CONSUMER_CODE_RENUMBERING, 2, Refs.CONSO_L218_2)),
    /**
     * Lender's action for payment of a consumer credit: a two-year <b>preclusive</b> period, C. conso. art. R312-35
     * (formerly art. L311-52, earlier L311-37), from the event that gave rise to it: the first unregularised payment
     * incident, the non-payment after termination, or after a rescheduling the first unregularised incident after
     * it.
     */
    FR_CONSUMER_CREDIT(Jurisdiction.FRANCE, PeriodKind.PRECLUSIVE, false,
            "Lender's action for payment of a consumer credit", version(LawDates.ORIGIN, 2, Refs.CONSO_R312_35)),
    /**
     * Enforcement of an enforceable judicial title (CPCE art. L111-3 1° to 3°: judgments, orders for payment, court
     * approved agreements): ten years from service on the debtor, CPCE art. L111-4 (Cass. 2e civ., 5 Oct 2023,
     * n° 20-23.523); thirty years before 19 June 2008. The long-stop of C. civ. art. 2232 does not apply
     * (art. L111-4 al. 2).
     */
    FR_JUDICIAL_TITLE(Jurisdiction.FRANCE, PeriodKind.LIMITATION, false, "Enforcement of an enforceable judicial title",
            version(LawDates.ORIGIN, 30, Refs.CIV_2262_FORMER), version(LawDates.REFORM_2008, 10, Refs.CPCE_L111_4)),
    /**
     * Belgium: personal actions, contractual payment claims included: ten years from the day after the obligation had
     * to be performed, former C. civ. art. 2262bis §1 al. 1 (loi 10 June 1998, in force 27 July 1998).
     */
    BE_PERSONAL_ACTION(Jurisdiction.BELGIUM, PeriodKind.LIMITATION, false, "Personal action (Belgium)",
            version(LawDates.BELGIAN_REFORM_1998, 10, Refs.BE_2262BIS)),
    /**
     * Belgium: sums payable yearly or at shorter periodic terms (rents, interest, instalments): five years from each
     * sum's due date, former C. civ. art. 2277.
     */
    BE_PERIODIC_SUMS(Jurisdiction.BELGIUM, PeriodKind.LIMITATION, false,
            "Sums payable yearly or at shorter periodic terms (Belgium)", version(LawDates.ORIGIN, 5, Refs.BE_2277)),
    /**
     * Belgium: a merchant's claim for goods sold to a private person who is not a merchant: one year from the end of
     * the calendar year of the sale (loi du 1er mai 1913, art. 5; see also former C. civ. art. 2272 al. 2).
     */
    BE_MERCHANT_SALE_TO_PRIVATE_PERSON(Jurisdiction.BELGIUM, PeriodKind.LIMITATION, false,
            "Merchant's claim for goods sold to a private person (Belgium)",
            version(LawDates.ORIGIN, 1, Refs.BE_LOI_1913)),
    /**
     * Belgium: enforcement of a judgment, taken as the ten-year period of personal actions (former C. civ.
     * art. 2262bis §1). Not confirmed in a source: the assessment says so.
     */
    BE_JUDICIAL_TITLE(Jurisdiction.BELGIUM, PeriodKind.LIMITATION, false, "Enforcement of a judgment (Belgium)",
            version(LawDates.BELGIAN_REFORM_1998, 10, Refs.BE_2262BIS));

    private final Jurisdiction jurisdiction;
    private final PeriodKind kind;
    private final boolean cappedByLongStop;
    private final String description;
    private final LimitationPeriod[] versions;
    private final long[] versionStarts;
    private final int[] versionYears;
    private final LegalTimeline<LimitationPeriod> timeline;

    LimitationRule(Jurisdiction jurisdiction, PeriodKind kind, boolean cappedByLongStop, String description,
            Version... versions) {
        this.jurisdiction = jurisdiction;
        this.kind = kind;
        this.cappedByLongStop = cappedByLongStop;
        this.description = description;
        this.versions = new LimitationPeriod[versions.length];
        this.versionStarts = new long[versions.length];
        this.versionYears = new int[versions.length];
        List<Provision<LimitationPeriod>> provisions = new ArrayList<>();
        for (int i = 0; i < versions.length; i++) {
            Version version = versions[i];
            EffectivePeriod inForce = i + 1 < versions.length
                    ? EffectivePeriod.ofHalfOpen(version.from(), versions[i + 1].from())
                    : EffectivePeriod.from(version.from());
            this.versions[i] = LimitationPeriod.of(this, Period.ofYears(version.years()), version.reference(), inForce);
            this.versionStarts[i] = version.from().toEpochDay();
            this.versionYears[i] = version.years();
            provisions.add(Provision.of(this.versions[i], inForce, version.reference()));
        }
        this.timeline = LegalTimeline.of(provisions);
    }

    private static Version version(LocalDate from, int years, LegalReference reference) {
        return new Version(from, years, reference);
    }

    /**
     * Returns the legal order the rule belongs to.
     *
     * @return France or Belgium
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * Returns whether the rule sets a limitation period or a preclusive period.
     *
     * @return the kind
     */
    public PeriodKind kind() {
        return kind;
    }

    /**
     * Tells whether the 20-year long-stop of C. civ. art. 2232 caps the effect of suspensions, acknowledgements and
     * postponed starting points under this rule. False for judicial titles (CPCE art. L111-4 al. 2), for preclusive
     * periods (C. civ. art. 2220) and for Belgian rules.
     *
     * @return true if the long-stop applies
     */
    public boolean isCappedByLongStop() {
        return cappedByLongStop;
    }

    /**
     * Tells whether the rule is the enforcement period of a judicial title.
     *
     * @return true for {@link #FR_JUDICIAL_TITLE} and {@link #BE_JUDICIAL_TITLE}
     */
    public boolean isJudicialTitle() {
        return this == FR_JUDICIAL_TITLE || this == BE_JUDICIAL_TITLE;
    }

    /**
     * Returns what the rule covers, in a few words.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns every version of the rule over time, each with the text that set it.
     *
     * @return the timeline
     */
    public LegalTimeline<LimitationPeriod> timeline() {
        return timeline;
    }

    /**
     * Returns the version of the period in force for a period starting on a date. For a date before the first
     * version the library knows (a consumer claim before 19 June 2008, a Belgian claim before 27 July 1998), the
     * first version; the assessment then warns.
     *
     * @param start the day the period starts
     * @return the version in force
     */
    public LimitationPeriod periodInForceOn(LocalDate start) {
        Checks.present(start, "start");
        return versions[versionIndex(start)];
    }

    /**
     * Tells whether a date falls before the first version of the rule the library knows.
     *
     * @param start the day the period starts
     * @return true before the first version
     */
    boolean predatesFirstVersion(LocalDate start) {
        return start.isBefore(versions[0].inForce().startInclusive());
    }

    /**
     * Tells whether a period starting on a date is shortened by a later version (C. civ. art. 2222 al. 2).
     *
     * @param start the day the period starts
     * @return true if the transitional rule applies
     */
    boolean isShortenedByALaterVersion(LocalDate start) {
        int index = versionIndex(start);
        for (int j = index + 1; j < versions.length; j++) {
            if (versions[j].length().getYears() < versions[index].length().getYears()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the last day of a period starting on a date: the date plus the length in force (C. civ. art. 2228,
     * 2229), or, when a later version shortened the period, the earlier of that day and the last day of the new
     * period counted from the new version's first day (C. civ. art. 2222 al. 2; loi 2008-561 art. 26 II).
     *
     * @param start the day the period starts
     * @return the last day
     */
    LocalDate lastDayOfPeriodFrom(LocalDate start) {
        int index = versionIndex(start);
        LimitationPeriod inForce = versions[index];
        LocalDate last = LimitationArithmetic.lastDay(start, inForce.length());
        for (int j = index + 1; j < versions.length; j++) {
            LimitationPeriod later = versions[j];
            if (later.length().getYears() < inForce.length().getYears()) {
                LocalDate from = later.inForce().startInclusive();
                last = LimitationArithmetic.earlier(last, LimitationArithmetic.lastDay(from, later.length()));
            }
        }
        return last;
    }

    /**
     * Returns the version in force for a period starting on a day (see {@link #periodInForceOn(LocalDate)}).
     *
     * @param start the day the period starts, as an epoch day
     * @return the version in force
     */
    LimitationPeriod periodInForceOn(long start) {
        return versions[versionIndex(start)];
    }

    /**
     * Returns the last day of a period starting on a day under the version in force on that day only, without the
     * transitional rule; the replay applies the transition when it reaches the day the shorter version came into
     * force.
     *
     * @param start the day the period starts, as an epoch day
     * @return the last day, as an epoch day
     */
    long lastDayUnderVersionOf(long start) {
        return LimitationArithmetic.lastDay(start, versionYears[versionIndex(start)]);
    }

    /**
     * Returns the last day of a period starting on a day, the transitional rule applied (see
     * {@link #lastDayOfPeriodFrom(LocalDate)}).
     *
     * @param start the day the period starts, as an epoch day
     * @return the last day, as an epoch day
     */
    long lastDayOfPeriodFrom(long start) {
        int index = versionIndex(start);
        int years = versionYears[index];
        long last = LimitationArithmetic.lastDay(start, years);
        for (int j = index + 1; j < versionYears.length; j++) {
            if (versionYears[j] < years) {
                last = Math.min(last, LimitationArithmetic.lastDay(versionStarts[j], versionYears[j]));
            }
        }
        return last;
    }

    /**
     * Returns the index of the later version that shortened a period starting on a day (C. civ. art. 2222 al. 2).
     *
     * @param start the day the period starts, as an epoch day
     * @return the index of the shorter version, or -1 if none
     */
    int shorterVersionAfter(long start) {
        int index = versionIndex(start);
        for (int j = index + 1; j < versionYears.length; j++) {
            if (versionYears[j] < versionYears[index]) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Returns the day a version came into force.
     *
     * @param index the index of the version
     * @return its first day, as an epoch day
     */
    long versionStart(int index) {
        return versionStarts[index];
    }

    /**
     * Returns the length of a version.
     *
     * @param index the index of the version
     * @return its length in years
     */
    int versionYears(int index) {
        return versionYears[index];
    }

    private int versionIndex(long start) {
        for (int i = versionStarts.length - 1; i > 0; i--) {
            if (start >= versionStarts[i]) {
                return i;
            }
        }
        return 0;
    }

    private int versionIndex(LocalDate start) {
        for (int i = versions.length - 1; i > 0; i--) {
            if (!start.isBefore(versions[i].inForce().startInclusive())) {
                return i;
            }
        }
        return 0;
    }

    /** One version of a rule, as written in the constant's declaration. */
    private record Version(LocalDate from, int years, LegalReference reference) {
    }
}
