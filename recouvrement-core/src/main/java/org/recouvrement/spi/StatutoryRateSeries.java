package org.recouvrement.spi;

import java.time.LocalDate;
import java.time.Month;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.EffectivePeriod;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;

/**
 * A published series of statutory rates (<i>taux réglementaires</i>): each series is one table of rates with the
 * periods they apply to, as an official body publishes them.
 *
 * <p>The library ships every series as versioned data and lets an integrator add later periods through a
 * {@link StatutoryRateSource}. {@link #publicationPeriodOf(LocalDate)} gives the period a published rate covers (a
 * semester, a year, or for the ECB rate the day itself), which is what is missing when no rate is known for a date.
 */
public enum StatutoryRateSeries {

    /**
     * French legal interest rate (<i>taux de l'intérêt légal</i>) when the creditor is a natural person not acting
     * for professional needs, CMF art. L313-2 and D313-1-A. Fixed per semester by arrêté since 1 January 2015; a
     * single annual rate for every creditor before.
     */
    FRENCH_LEGAL_RATE_PRIVATE_CREDITOR(Jurisdiction.FRANCE,
            LegalCode.MONETARY_AND_FINANCIAL_CODE.article("L313-2"), Publication.FRENCH_LEGAL),

    /**
     * French legal interest rate (<i>taux de l'intérêt légal</i>) in all other cases (<i>tous les autres cas</i>),
     * CMF art. L313-2 and D313-1-A: the rate for a professional creditor or a legal person, and the basis of the floor
     * of B2B penalties (three times this rate, C. com. art. L441-10).
     */
    FRENCH_LEGAL_RATE_OTHER_CASES(Jurisdiction.FRANCE,
            LegalCode.MONETARY_AND_FINANCIAL_CODE.article("L313-2"), Publication.FRENCH_LEGAL),

    /**
     * The rate of the main refinancing operations of the European Central Bank (MRO), each row from the day a
     * decision took effect. French B2B penalties add ten points to the rate in force on 1 January or 1 July
     * (C. com. art. L441-10).
     */
    ECB_MAIN_REFINANCING_RATE(Jurisdiction.EUROPEAN_UNION,
            LegalReference.ofInstrument(Jurisdiction.EUROPEAN_UNION,
                    "ECB Governing Council decisions on the main refinancing operations rate"),
            Publication.DAY),

    /**
     * Belgian late-payment interest rate in commercial transactions (<i>intérêt de retard</i>, law of 2 August 2002,
     * art. 5): the ECB rate plus eight points rounded up to the next half point, published per semester by the SPF
     * Finances in the Moniteur belge.
     */
    BELGIAN_COMMERCIAL_RATE(Jurisdiction.BELGIUM,
            LegalReference.ofInstrument(Jurisdiction.BELGIUM, "Loi du 2 août 2002", "5"), Publication.SEMESTER),

    /**
     * Belgian legal interest rate (<i>taux d'intérêt légal</i>, law of 5 May 1865, art. 2 § 1), fixed per calendar
     * year and published in January.
     */
    BELGIAN_LEGAL_RATE(Jurisdiction.BELGIUM,
            LegalReference.ofInstrument(Jurisdiction.BELGIUM, "Loi du 5 mai 1865", "2"), Publication.YEAR);

    /** The first day of the French semestrial legal rates (ord. 2014-947). */
    private static final LocalDate FRENCH_SEMESTERS_START = LocalDate.of(2015, 1, 1);

    private final Jurisdiction jurisdiction;
    private final LegalReference reference;
    private final Publication publication;

    StatutoryRateSeries(Jurisdiction jurisdiction, LegalReference reference, Publication publication) {
        this.jurisdiction = jurisdiction;
        this.reference = reference;
        this.publication = publication;
    }

    /**
     * Returns the legal order whose institutions publish the series.
     *
     * @return the jurisdiction
     */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /**
     * Returns the text that defines the series.
     *
     * @return the reference, such as {@code CMF art. L313-2}
     */
    public LegalReference reference() {
        return reference;
    }

    /**
     * Returns the period one published rate of this series covers around a date: the semester for a semestrial
     * series (French legal rate from 2015, Belgian commercial rate), the calendar year for a yearly one (Belgian legal
     * rate, French legal rate before 2015), the day itself for the ECB rate, which changes on decision dates.
     *
     * @param date the date
     * @return the publication period containing the date
     */
    public EffectivePeriod publicationPeriodOf(LocalDate date) {
        Checks.present(date, "date");
        switch (publication) {
            case FRENCH_LEGAL:
                return date.isBefore(FRENCH_SEMESTERS_START) ? yearOf(date) : semesterOf(date);
            case SEMESTER:
                return semesterOf(date);
            case YEAR:
                return yearOf(date);
            default:
                return EffectivePeriod.ofHalfOpen(date, date.plusDays(1));
        }
    }

    /**
     * Returns the half-year (1 January to 30 June, or 1 July to 31 December) containing a date.
     *
     * @param date the date
     * @return the semester, as a half-open period
     */
    public static EffectivePeriod semesterOf(LocalDate date) {
        Checks.present(date, "date");
        LocalDate start = date.getMonthValue() <= 6
                ? LocalDate.of(date.getYear(), Month.JANUARY, 1)
                : LocalDate.of(date.getYear(), Month.JULY, 1);
        return EffectivePeriod.ofHalfOpen(start, start.plusMonths(6));
    }

    private static EffectivePeriod yearOf(LocalDate date) {
        LocalDate start = LocalDate.of(date.getYear(), Month.JANUARY, 1);
        return EffectivePeriod.ofHalfOpen(start, start.plusYears(1));
    }

    private enum Publication {
        FRENCH_LEGAL, SEMESTER, YEAR, DAY
    }
}
