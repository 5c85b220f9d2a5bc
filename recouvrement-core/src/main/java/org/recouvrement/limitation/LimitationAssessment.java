package org.recouvrement.limitation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.Reason;

/**
 * Where a claim stands with its limitation period on a date: the period and its legal basis, when it started, when
 * the claim becomes time-barred, the long-stop, the status, the days left, every event of the case with its effect,
 * the warnings, and the explanation of it all.
 *
 * <p>Obtained from {@link LimitationAssessor#assess(org.recouvrement.recovery.RecoveryCase, LocalDate)}. For a debt
 * payable in instalments each instalment has its own period ({@link #parts()}); the assessment's own figures are
 * those of the first part not yet time-barred (or, if all are, of the last one), the next one at risk. Immutable and
 * thread-safe; {@link #explanation()} is composed on each call from the assessment's figures, and the elements of
 * {@link #appliedEvents()} are made from the replay's trace when read (equal, not identical, from one read to the
 * next).
 */
public final class LimitationAssessment {

    /** How the governing law was decided. */
    enum LawBasis {
        /** The caller stated the law. */
        CHOSEN,
        /** The caller stated the rule, and with it the law. */
        RULE_CHOSEN,
        /** The consumer debtor's territory. */
        CONSUMER_RESIDENCE,
        /** The creditor's territory. */
        CREDITOR_RESIDENCE,
        /** Assumed: neither territory is French or Belgian, or only the other party's is. */
        ASSUMED
    }

    /** From what the period of the claim runs. */
    enum StartBasis {
        /** The due date of the claim. */
        DUE_DATE,
        /** The completion of the works or the performance of the service. */
        COMPLETION,
        /** The invoice date, the completion date being unknown. */
        INVOICE_DATE,
        /** Each instalment's due date. */
        INSTALMENT_DUE_DATES,
        /** The first unregularised payment incident of a consumer credit. */
        FIRST_UNREGULARISED_INCIDENT,
        /** The end of the calendar year of the sale. */
        END_OF_CALENDAR_YEAR,
        /** The date of the decision, its service not being recorded. */
        DECISION_DATE
    }

    /** The rule was chosen by default for a loan from a professional to a consumer. */
    static final int NOTE_CONSUMER_CREDIT_ASSUMED = 1;
    /** The debtor is a non-professional legal person, against whom C. conso. L218-2 does not apply. */
    static final int NOTE_NON_PROFESSIONAL_LEGAL_PERSON = 2;
    /** A Belgian merchant's invoice to a consumer was taken as a sale of goods. */
    static final int NOTE_BELGIAN_SALE_ASSUMED = 4;

    private final LocalDate asOf;
    private final Jurisdiction governingLaw;
    private final LawBasis lawBasis;
    private final LimitationRule claimRule;
    private final int notes;
    private final StartBasis startBasis;
    private final LocalDate firstStart;
    private final LimitationPeriod period;
    private final long start;
    private final long expiry;
    private final long longStop;
    private final LimitationStatus status;
    private final long remainingDays;
    private final boolean expiredByLongStop;
    private final List<AppliedEvent> appliedEvents;
    private final List<LimitationPart> parts;
    private final List<LimitationWarning> warnings;
    private final LimitationPeriod periodicSumsPeriod;

    LimitationAssessment(LocalDate asOf, Jurisdiction governingLaw, LawBasis lawBasis, LimitationRule claimRule,
            int notes, StartBasis startBasis, LocalDate firstStart, LimitationPart outcome,
            Timeline timeline, Replay.Trace trace, List<LimitationPart> parts, List<LimitationWarning> warnings,
            LimitationPeriod periodicSumsPeriod) {
        this.asOf = asOf;
        this.governingLaw = governingLaw;
        this.lawBasis = lawBasis;
        this.claimRule = claimRule;
        this.notes = notes;
        this.startBasis = startBasis;
        this.firstStart = firstStart;
        this.period = outcome.rule().periodInForceOn(outcome.startDay());
        this.start = outcome.startDay();
        this.expiry = outcome.expiryDay();
        this.longStop = outcome.longStopDay();
        this.status = outcome.status();
        this.remainingDays = outcome.remainingDays();
        this.expiredByLongStop = outcome.expiredByLongStop();
        this.appliedEvents = new AppliedEvents(timeline.events(), timeline.count(), trace);
        this.parts = parts;
        this.warnings = warnings;
        this.periodicSumsPeriod = periodicSumsPeriod;
    }

    /**
     * Returns the date the assessment is for; events after it are ignored.
     *
     * @return the date asked about
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Returns the law applied: French or Belgian.
     *
     * @return the governing law
     */
    public Jurisdiction governingLaw() {
        return governingLaw;
    }

    /**
     * Returns the rule of the current period: the claim's, or the judicial title's once a decision was served.
     *
     * @return the rule
     */
    public LimitationRule rule() {
        return period.rule();
    }

    /**
     * Returns the rule of the claim itself, before any judicial title.
     *
     * @return the rule chosen for the claim
     */
    public LimitationRule claimRule() {
        return claimRule;
    }

    /**
     * Returns the version of the period in force when the current period started, with its reference.
     *
     * @return the period, such as {@code 5 years (C. com. art. L110-4)}
     */
    public LimitationPeriod period() {
        return period;
    }

    /**
     * Returns whether the current period is a limitation period or a preclusive period.
     *
     * @return the kind
     */
    public PeriodKind kind() {
        return period.kind();
    }

    /**
     * Returns the day the current period runs from: the due date (or completion date...) if nothing interrupted it,
     * otherwise the day of the last interruption, the end of the last proceedings or the service of the title. The
     * day itself is not counted (C. civ. art. 2228).
     *
     * @return the start
     */
    public LocalDate start() {
        return LocalDate.ofEpochDay(start);
    }

    /**
     * Returns the last day of the period: the claim is time-barred when that day ends, at 24:00, even on a Saturday,
     * a Sunday or a public holiday (C. civ. art. 2228, 2229). For an expired claim, the day it ran out.
     *
     * @return the last day, or empty while the clock is stopped by a suspension or pending proceedings
     */
    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expiryDate());
    }

    /**
     * Returns the long-stop that still caps the period: twenty years from the birth of the right (C. civ.
     * art. 2232), beyond which no suspension, acknowledgement or postponed start can carry it.
     *
     * @return the long-stop, or empty when it does not apply (judicial titles, preclusive periods, Belgian law, a
     *     right born before 19 June 2008) or no longer applies (after a court action or an enforcement measure,
     *     art. 2232 al. 2)
     */
    public Optional<LocalDate> longStop() {
        return Optional.ofNullable(date(longStop));
    }

    private LocalDate expiryDate() {
        return date(expiry);
    }

    private static LocalDate date(long day) {
        return day == Replay.NO_DAY ? null : LocalDate.ofEpochDay(day);
    }

    /**
     * Returns the status on the date asked about.
     *
     * @return the status
     */
    public LimitationStatus status() {
        return status;
    }

    /**
     * Tells whether the claim is time-barred on the date asked about.
     *
     * @return true if {@link #status()} is {@link LimitationStatus#EXPIRED}
     */
    public boolean isTimeBarred() {
        return status == LimitationStatus.EXPIRED;
    }

    /**
     * Returns the days left: to the last day while the period runs or has not started; while suspended, the days that
     * will be left when the clock resumes (at most those to the long-stop); while proceedings are pending, the length
     * of a new period counted from the date asked about; zero once expired.
     *
     * @return the days left
     */
    public long remainingDays() {
        return remainingDays;
    }

    /**
     * Returns every event of the case up to the date asked about, in order, with its effect and the rule behind it.
     *
     * @return the applied events
     */
    public List<AppliedEvent> appliedEvents() {
        return appliedEvents;
    }

    /**
     * Returns the parts of the claim with their own period: one for a claim payable at once, one per instalment for
     * a debt payable in instalments.
     *
     * @return the parts, in due-date order
     */
    public List<LimitationPart> parts() {
        return parts;
    }

    /**
     * Returns the warnings, for a person to look at.
     *
     * @return the warnings, possibly empty
     */
    public List<LimitationWarning> warnings() {
        return warnings;
    }

    /**
     * Tells whether a warning of a kind was raised.
     *
     * @param kind the kind
     * @return true if at least one warning is of that kind
     */
    public boolean hasWarning(LimitationWarning.Kind kind) {
        for (LimitationWarning warning : warnings) {
            if (warning.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the period of interest and other periodic sums falling due after a judicial title obtained by a
     * professional against a consumer: each still prescribes in two years from its due date (Cass. avis, 4 July 2016,
     * n° 16006; C. conso. art. L218-2), not in the title's ten years.
     *
     * @return the period, or empty when it does not apply
     */
    public Optional<LimitationPeriod> periodicSumsPeriod() {
        return Optional.ofNullable(periodicSumsPeriod);
    }

    /**
     * Explains the assessment step by step: the law applied and why, the period and its basis, where it runs from,
     * each event and its effect, the status and the last day, the long-stop.
     *
     * @return the explanation, with the legal references of every step
     */
    public Explanation explanation() {
        List<Reason> reasons = new ArrayList<>(appliedEvents.size() + 8);
        reasons.add(lawReason());
        LimitationPeriod claimPeriod = claimRule.periodInForceOn(firstStart);
        reasons.add(Reason.of(claimRule.description() + ": " + claimPeriod.lengthInWords()
                + (claimRule.kind() == PeriodKind.PRECLUSIVE ? ", a preclusive period" : ""),
                claimPeriod.reference()));
        if ((notes & NOTE_CONSUMER_CREDIT_ASSUMED) != 0) {
            reasons.add(Reason.of("A loan from a professional to a consumer is taken as a consumer credit; for a "
                    + "real-estate loan, state the rule FR_PROFESSIONAL_AGAINST_CONSUMER", Refs.CONSO_R312_35,
                    Refs.CONSO_L218_2));
        }
        if ((notes & NOTE_NON_PROFESSIONAL_LEGAL_PERSON) != 0) {
            reasons.add(Reason.of("The two-year period of a professional against a consumer does not apply against a "
                    + "non-professional legal person", Refs.CONSO_L218_2, Refs.CASS_NON_PROFESSIONAL));
        }
        if ((notes & NOTE_BELGIAN_SALE_ASSUMED) != 0) {
            reasons.add(Reason.of("A merchant's invoice to a consumer is taken as a sale of goods; for services, state "
                    + "the rule BE_PERSONAL_ACTION", Refs.BE_LOI_1913, Refs.BE_2272));
        }
        reasons.add(startReason());
        if (claimRule.isShortenedByALaterVersion(firstStart)
                || (period.rule() != claimRule && period.rule().isShortenedByALaterVersion(start()))) {
            reasons.add(Reason.of("The period started before 19 June 2008 and loi 2008-561 shortened it: the new "
                    + "period runs from 19 June 2008, without exceeding the former one", Refs.CIV_2222,
                    Refs.LOI_2008_561_ART_26));
        }
        for (AppliedEvent applied : appliedEvents) {
            Reason reason = applied.reason();
            reasons.add(Reason.of(applied.date() + ", " + applied.event().getClass().getSimpleName() + ": "
                    + words(applied.effect()) + ". " + reason.text(), reason.references()));
        }
        reasons.add(statusReason());
        if (longStop != Replay.NO_DAY) {
            reasons.add(Reason.of("Whatever suspends it, postpones its start or an acknowledgement interrupts it, the "
                    + "period cannot run beyond " + date(longStop) + ", twenty years from the birth of the right, "
                    + "unless a court action or an enforcement measure interrupts it", Refs.CIV_2232));
        } else if (period.rule() == LimitationRule.FR_JUDICIAL_TITLE) {
            reasons.add(Reason.of("The twenty-year long-stop does not apply to an enforceable judicial title",
                    Refs.CPCE_L111_4, Refs.CIV_2232));
        }
        if (periodicSumsPeriod != null) {
            reasons.add(Reason.of("Interest and other periodic sums falling due after the title remain subject to "
                    + "the two-year period of a professional against a consumer, each from its due date",
                    Refs.CASS_PERIODIC_SUMS, Refs.CONSO_L218_2));
        }
        return Explanation.of(reasons);
    }

    private Reason lawReason() {
        String law = governingLaw == Jurisdiction.FRANCE ? "French law" : "Belgian law";
        switch (lawBasis) {
            case CHOSEN:
                return Reason.of(law + " governs the claim, as the caller stated");
            case RULE_CHOSEN:
                return Reason.of(law + " governs the claim: the caller stated its rule " + claimRule);
            case CONSUMER_RESIDENCE:
                return Reason.of(law + ", the law of the consumer's habitual residence (taken from the debtor's "
                        + "territory), governs the contract and its limitation", Refs.ROME_I_ART_6,
                        Refs.ROME_I_ART_12);
            case CREDITOR_RESIDENCE:
                return Reason.of(law + ", the law of the creditor's habitual residence as seller, service provider or "
                        + "lender (taken from its territory), governs the contract and its limitation",
                        Refs.ROME_I_ART_4, Refs.ROME_I_ART_12);
            default:
                return Reason.of(law + " is assumed: the territory that decides the governing law is neither French "
                        + "nor Belgian; state the governing law if another one applies", Refs.ROME_I_ART_4,
                        Refs.ROME_I_ART_6, Refs.ROME_I_ART_12);
        }
    }

    private Reason startReason() {
        String from = "The period runs from " + firstStart + " (that day not counted): ";
        switch (startBasis) {
            case COMPLETION:
                return Reason.of(from + "the completion of the works or the performance of the service, not the "
                        + "invoice date", Refs.CONSO_L218_2, Refs.CASS_COMPLETION_2021, Refs.CASS_COMPLETION_2023);
            case INVOICE_DATE:
                return Reason.of(from + "the invoice date, the completion of the works not being known; the law counts "
                        + "from the completion", Refs.CONSO_L218_2, Refs.CASS_COMPLETION_2021);
            case INSTALMENT_DUE_DATES:
                return Reason.of(from + "the due date of the first instalment not yet time-barred; each instalment's "
                        + "period runs from its own due date, the remaining capital's from the acceleration",
                        Refs.CASS_INSTALMENTS, Refs.CIV_2233);
            case FIRST_UNREGULARISED_INCIDENT:
                return Reason.of(from + "the first unregularised payment incident (or the termination, if earlier)",
                        Refs.CONSO_R312_35);
            case END_OF_CALENDAR_YEAR:
                return Reason.of(from + "the end of the calendar year of the sale", Refs.BE_LOI_1913);
            case DECISION_DATE:
                return Reason.of(from + "the date of the decision, its service on the debtor not being recorded; the "
                        + "period runs from the service", Refs.CPCE_L111_4, Refs.CASS_SERVICE_OF_TITLE);
            default:
                return governingLaw == Jurisdiction.FRANCE
                        ? Reason.of(from + "the due date: limitation does not run against a claim before its term",
                                Refs.CIV_2224, Refs.CIV_2233)
                        : Reason.of(from + "the due date, the day the obligation had to be performed",
                                Refs.BE_2262BIS);
        }
    }

    private Reason statusReason() {
        String on = "On " + asOf + ", ";
        boolean preclusive = period.kind() == PeriodKind.PRECLUSIVE;
        if (governingLaw == Jurisdiction.BELGIUM && (status == LimitationStatus.RUNNING
                || status == LimitationStatus.EXPIRED)) {
            return Reason.of(on + (status == LimitationStatus.RUNNING ? "the period is running: the claim is "
                    + "time-barred when " + expiryDate() + " ends (" + remainingDays + " days left)"
                    : "the claim is time-barred: the period ran out at the end of " + expiryDate())
                    + "; the last day is not moved to the next working day, a Belgian computation rule not confirmed "
                    + "in a source");
        }
        switch (status) {
            case NOT_YET_RUNNING:
                return Reason.of(on + "the period has not started: it will run from " + start()
                        + (expiry == Replay.NO_DAY ? "" : " and end on " + expiryDate()), Refs.CIV_2233);
            case RUNNING:
                return Reason.of(on + "the period is running: the claim is " + (preclusive ? "foreclosed" : "time-barred")
                        + " when " + expiryDate() + " ends, at 24:00, with no extension to the next working day ("
                        + remainingDays + " days left)", Refs.CIV_2228, Refs.CIV_2229);
            case SUSPENDED:
                return Reason.of(on + "the period is suspended: " + remainingDays + " days will be left when it "
                        + "resumes", Refs.CIV_2230);
            case PROCEEDINGS_PENDING:
                return Reason.of(on + "the period is interrupted until the proceedings end; a new period of "
                        + period.lengthInWords() + " will then run", Refs.CIV_2242);
            default:
                if (expiredByLongStop) {
                    return Reason.of(on + "the claim is time-barred: the long-stop ran out at the end of "
                            + expiryDate(), Refs.CIV_2232);
                }
                return Reason.of(on + "the claim is " + (preclusive ? "foreclosed" : "time-barred") + ": the period "
                        + "ran out at the end of " + expiryDate(), Refs.CIV_2228, Refs.CIV_2229);
        }
    }

    private static String words(EventEffect effect) {
        switch (effect) {
            case INTERRUPTED: return "interrupted";
            case INTERRUPTED_UNTIL_PROCEEDINGS_END: return "interrupted until the proceedings end";
            case PERIOD_RESTARTED: return "a new period runs";
            case SUSPENDED: return "suspended";
            case RESUMED: return "resumed";
            case START_MOVED: return "start moved";
            case TITLE_PERIOD_STARTED: return "title's period started";
            case VOIDED: return "interruption void";
            case AFTER_EXPIRY: return "after expiry, no effect";
            default: return "no effect";
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LimitationAssessment other
                && asOf.equals(other.asOf) && governingLaw == other.governingLaw && lawBasis == other.lawBasis
                && claimRule == other.claimRule && notes == other.notes && startBasis == other.startBasis
                && firstStart.equals(other.firstStart) && period.equals(other.period) && start == other.start
                && expiry == other.expiry && longStop == other.longStop
                && status == other.status && remainingDays == other.remainingDays
                && expiredByLongStop == other.expiredByLongStop && appliedEvents.equals(other.appliedEvents)
                && parts.equals(other.parts) && warnings.equals(other.warnings)
                && Objects.equals(periodicSumsPeriod, other.periodicSumsPeriod);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, governingLaw, claimRule, period, start(), expiryDate(), date(longStop), status,
                remainingDays, appliedEvents, parts, warnings);
    }

    /**
     * Returns a one-line summary such as
     * {@code "RUNNING on 2026-03-01: 5 years (C. com. art. L110-4) from 2024-02-14, time-barred after 2029-02-14"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return status + " on " + asOf + ": " + period + " from " + start()
                + (expiry == Replay.NO_DAY ? "" : ", time-barred after " + expiryDate());
    }
}
