package org.recouvrement.limitation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimNature;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.claim.Instalment;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Says when a claim becomes time-barred, what moved the date, and what to do while there is still time
 * (<i>prescription extinctive</i>, C. civ. art. 2219 s.; <i>forclusion</i>).
 *
 * <pre>{@code
 * LimitationAssessment assessment = LimitationAssessor.assess(recoveryCase, LocalDate.of(2026, 3, 1));
 * assessment.status();          // RUNNING
 * assessment.expiry();          // Optional[2029-02-14]
 * assessment.appliedEvents();   // each event with its effect: a reminder has NO_EFFECT, a part payment INTERRUPTED
 * assessment.warnings();        // "time-barred after 2026-04-15 (45 days): only an acknowledgement..."
 * }</pre>
 *
 * <h2>What it does</h2>
 * <ol>
 * <li>Chooses the governing law ({@link LimitationOptions#governingLaw()}, else the consumer debtor's territory,
 * else the creditor's) and the rule ({@link LimitationOptions#rule()}, else from the claim's origin and nature and
 * the parties).</li>
 * <li>Finds where the period runs from: the due date (C. civ. art. 2224, 2233), the completion of the works for a
 * consumer (C. conso. art. L218-2), each instalment's due date, the first unregularised incident of a consumer credit
 * (C. conso. art. R312-35), the end of the calendar year of a Belgian merchant's sale, the service of a judgment
 * (CPCE art. L111-4).</li>
 * <li>Replays the events up to the date asked about: acknowledgements, part payments and payment plans interrupt
 * (art. 2240); a court action interrupts until the proceedings end (art. 2241, 2242) and is void if withdrawn, lapsed
 * or dismissed (art. 2243); an enforcement measure interrupts (art. 2244); a proof of claim interrupts until the
 * insolvency proceedings close; a mediation, a conciliation, a participatory procedure, the small-claims procedure
 * (art. 2238), a measure of inquiry (art. 2239) and an impediment (art. 2234) suspend; reminders and formal notices
 * have no effect; nothing after expiry revives the claim, except a decision served, which starts a title's period.
 * </li>
 * <li>Caps the period at the 20-year long-stop (art. 2232), except for judicial titles and after a court action or an
 * enforcement measure (art. 2232 al. 2).</li>
 * </ol>
 * The last day is never moved to the next working day (C. civ. art. 2228, 2229).
 *
 * <p>Stateless and thread-safe. A timeline that cannot be read (a suspension ending before it started or without a
 * start, proceedings withdrawn without an action) raises {@link InconsistentTimelineException}.
 */
public final class LimitationAssessor {

    private static final LocalDate FIRST_PROFESSIONAL_CONSUMER_VERSION = LawDates.REFORM_2008;

    // The references of each warning, in the order its sentence cites them.
    private static final List<LegalReference> ROME_I = List.of(Refs.ROME_I_ART_4, Refs.ROME_I_ART_6,
            Refs.ROME_I_ART_12);
    private static final List<LegalReference> START_DATE_UNCERTAIN = List.of(Refs.CONSO_L218_2,
            Refs.CASS_COMPLETION_2021);
    private static final List<LegalReference> SERVICE_NOT_RECORDED = List.of(Refs.CPCE_L111_4,
            Refs.CASS_SERVICE_OF_TITLE);
    private static final List<LegalReference> EARLIER_START_POSSIBLE = List.of(Refs.CASS_COMPLETION_COMMERCIAL,
            Refs.CIV_2224);
    private static final List<LegalReference> TRANSITION = List.of(Refs.CIV_2222, Refs.LOI_2008_561_ART_26);
    private static final List<LegalReference> BELGIAN_TRANSITION = List.of(Refs.BE_2262BIS);
    private static final List<LegalReference> FRENCH_TITLE_AFTER_EXPIRY = List.of(Refs.CIV_2247);
    private static final List<LegalReference> BELGIAN_TITLE_AFTER_EXPIRY = List.of(Refs.BE_2262BIS);
    private static final List<LegalReference> WAIVER = List.of(Refs.CIV_2250, Refs.CIV_2251);
    private static final List<LegalReference> BELGIAN_FORMAL_NOTICE = List.of(Refs.BE_2244_2);
    private static final List<LegalReference> BELGIAN_UNCONFIRMED = List.of(Refs.BE_2244, Refs.BE_2247,
            Refs.BE_2262BIS);
    private static final List<LegalReference> INSTALMENTS = List.of(Refs.CASS_INSTALMENTS, Refs.CIV_2233);
    private static final List<LegalReference> BELGIAN_EXPIRES_SOON = List.of(Refs.BE_2244, Refs.BE_2244_2,
            Refs.BE_2248);
    private static final List<LegalReference> PRECLUSIVE_EXPIRES_SOON = List.of(Refs.CONSO_R312_35, Refs.CIV_2220,
            Refs.CIV_2241, Refs.CIV_2244);
    private static final List<LegalReference> TITLE_EXPIRES_SOON = List.of(Refs.CPCE_L111_4, Refs.CIV_2244,
            Refs.CIV_2240);
    private static final List<LegalReference> EXPIRES_SOON = List.of(Refs.CIV_2240, Refs.CIV_2241, Refs.CIV_2244);

    private LimitationAssessor() {
    }

    /**
     * Assesses a case with the default options.
     *
     * @param recoveryCase the case: the claim, its parties and its timeline
     * @param asOf the date asked about; events after it are ignored
     * @return the assessment
     * @throws InconsistentTimelineException if the timeline cannot be read
     */
    public static LimitationAssessment assess(RecoveryCase recoveryCase, LocalDate asOf) {
        return assess(recoveryCase, asOf, LimitationOptions.defaults());
    }

    /**
     * Assesses a case.
     *
     * @param recoveryCase the case: the claim, its parties and its timeline
     * @param asOf the date asked about; events after it are ignored
     * @param options what the caller states about the governing law, the rule and the warnings
     * @return the assessment
     * @throws InconsistentTimelineException if the timeline cannot be read
     */
    public static LimitationAssessment assess(RecoveryCase recoveryCase, LocalDate asOf, LimitationOptions options) {
        Checks.present(recoveryCase, "recoveryCase");
        Checks.present(asOf, "asOf");
        Checks.present(options, "options");
        Claim claim = recoveryCase.claim();
        Timeline timeline = Timeline.read(recoveryCase.events(), asOf);
        int count = timeline.count();

        LimitationAssessment.LawBasis lawBasis;
        Jurisdiction law;
        if (options.rule().isPresent()) {
            law = options.rule().get().jurisdiction();
            lawBasis = LimitationAssessment.LawBasis.RULE_CHOSEN;
        } else if (options.governingLaw().isPresent()) {
            law = options.governingLaw().get();
            lawBasis = LimitationAssessment.LawBasis.CHOSEN;
        } else {
            boolean consumer = claim.debtor().kind().isConsumer();
            Jurisdiction decisive = lawOf((consumer ? claim.debtor() : claim.creditor()).territory());
            if (decisive != null) {
                law = decisive;
                lawBasis = consumer ? LimitationAssessment.LawBasis.CONSUMER_RESIDENCE
                        : LimitationAssessment.LawBasis.CREDITOR_RESIDENCE;
            } else {
                Jurisdiction other = lawOf((consumer ? claim.creditor() : claim.debtor()).territory());
                law = other == null ? Jurisdiction.FRANCE : other;
                lawBasis = LimitationAssessment.LawBasis.ASSUMED;
            }
        }

        int notes = 0;
        LimitationRule rule;
        if (options.rule().isPresent()) {
            rule = options.rule().get();
        } else {
            rule = law == Jurisdiction.FRANCE ? frenchRule(claim) : belgianRule(claim);
            if (rule == LimitationRule.FR_CONSUMER_CREDIT) {
                notes |= LimitationAssessment.NOTE_CONSUMER_CREDIT_ASSUMED;
            }
            if (rule == LimitationRule.BE_MERCHANT_SALE_TO_PRIVATE_PERSON) {
                notes |= LimitationAssessment.NOTE_BELGIAN_SALE_ASSUMED;
            }
        }
        if (law == Jurisdiction.FRANCE && claim.creditor().kind().isProfessional()
                && claim.debtor().kind() == PartyKind.NON_PROFESSIONAL_LEGAL_PERSON
                && rule != LimitationRule.FR_PROFESSIONAL_AGAINST_CONSUMER) {
            notes |= LimitationAssessment.NOTE_NON_PROFESSIONAL_LEGAL_PERSON;
        }
        LimitationRule titleRule = law == Jurisdiction.FRANCE ? LimitationRule.FR_JUDICIAL_TITLE
                : LimitationRule.BE_JUDICIAL_TITLE;
        long day = asOf.toEpochDay();

        List<Instalment> instalments = claim.instalments();
        LimitationPart[] parts;
        LimitationAssessment.StartBasis startBasis;
        LocalDate firstStart;
        // Each period is replayed into a trace; only the governing period's (the first not yet time-barred, or the
        // last) is kept, so two traces at most are needed whatever the number of instalments.
        Replay.Trace trace = new Replay.Trace(count);
        Replay.Trace governingTrace = null;
        int governing = -1;
        if (rule == LimitationRule.FR_CONSUMER_CREDIT) {
            List<Instalment> schedule = instalments.isEmpty()
                    ? List.of(Instalment.of(claim.dueDate(), claim.principal())) : instalments;
            firstStart = schedule.get(0).dueDate();
            parts = new LimitationPart[] {Replay.run(timeline, rule, titleRule, day, firstStart.toEpochDay(), true,
                    schedule, trace, claim.dueDate(), claim.principal())};
            startBasis = LimitationAssessment.StartBasis.FIRST_UNREGULARISED_INCIDENT;
        } else if (!instalments.isEmpty() && !rule.isJudicialTitle()
                && rule != LimitationRule.BE_MERCHANT_SALE_TO_PRIVATE_PERSON) {
            int size = instalments.size();
            parts = new LimitationPart[size];
            for (int i = 0; i < size; i++) {
                Instalment instalment = instalments.get(i);
                parts[i] = Replay.run(timeline, rule, titleRule, day, instalment.dueDate().toEpochDay(), true, null,
                        trace, instalment.dueDate(), instalment.amount());
                if (governing < 0 && parts[i].status() != LimitationStatus.EXPIRED) {
                    governing = i;
                    governingTrace = trace;
                    if (i + 1 < size) {
                        trace = new Replay.Trace(count);
                    }
                }
            }
            firstStart = instalments.get(governing < 0 ? size - 1 : governing).dueDate();
            startBasis = LimitationAssessment.StartBasis.INSTALMENT_DUE_DATES;
        } else {
            startBasis = startBasis(claim, rule);
            firstStart = startOf(claim, startBasis);
            parts = new LimitationPart[] {Replay.run(timeline, rule, titleRule, day, firstStart.toEpochDay(), false,
                    null, trace, claim.dueDate(), claim.principal())};
        }
        if (governing < 0) {
            // Every part is time-barred (or there is one): the last one governs, and its trace is the last written.
            governing = parts.length - 1;
            governingTrace = trace;
        }
        LimitationPart outcome = parts[governing];
        List<LimitationPart> partList = Collections.unmodifiableList(Arrays.asList(parts));

        LimitationPeriod periodicSums = null;
        if (outcome.rule() == LimitationRule.FR_JUDICIAL_TITLE && claim.creditor().kind().isProfessional()
                && claim.debtor().kind().isConsumer()) {
            periodicSums = LimitationRule.FR_PROFESSIONAL_AGAINST_CONSUMER.periodInForceOn(asOf);
        }

        List<LimitationWarning> warnings = warnings(claim, asOf, options, law, lawBasis, rule, startBasis,
                firstStart, outcome, timeline, governingTrace, parts);
        return new LimitationAssessment(asOf, law, lawBasis, rule, notes, startBasis, firstStart, outcome,
                timeline, governingTrace, partList, warnings, periodicSums);
    }

    private static Jurisdiction lawOf(Territory territory) {
        if (territory.isFrench()) {
            return Jurisdiction.FRANCE;
        }
        return territory == Territory.BELGIUM ? Jurisdiction.BELGIUM : null;
    }

    private static LimitationRule frenchRule(Claim claim) {
        if (claim.origin() == ClaimOrigin.JUDGMENT) {
            return LimitationRule.FR_JUDICIAL_TITLE;
        }
        if (claim.nature() == ClaimNature.PROFESSIONAL_TO_CONSUMER) {
            return claim.origin() == ClaimOrigin.LOAN ? LimitationRule.FR_CONSUMER_CREDIT
                    : LimitationRule.FR_PROFESSIONAL_AGAINST_CONSUMER;
        }
        return claim.creditor().merchant() || claim.debtor().merchant() ? LimitationRule.FR_COMMERCIAL
                : LimitationRule.FR_CIVIL;
    }

    private static LimitationRule belgianRule(Claim claim) {
        if (claim.origin() == ClaimOrigin.JUDGMENT) {
            return LimitationRule.BE_JUDICIAL_TITLE;
        }
        List<Instalment> instalments = claim.instalments();
        if (isPeriodic(instalments)) {
            return LimitationRule.BE_PERIODIC_SUMS;
        }
        if (instalments.isEmpty() && claim.origin() == ClaimOrigin.INVOICE && claim.creditor().merchant()
                && claim.debtor().kind().isConsumer()) {
            return LimitationRule.BE_MERCHANT_SALE_TO_PRIVATE_PERSON;
        }
        return LimitationRule.BE_PERSONAL_ACTION;
    }

    /** Instalments are periodic when there are at least two and each falls due at most a year after the previous. */
    private static boolean isPeriodic(List<Instalment> instalments) {
        if (instalments.size() < 2) {
            return false;
        }
        for (int i = 1; i < instalments.size(); i++) {
            if (instalments.get(i).dueDate().isAfter(instalments.get(i - 1).dueDate().plusYears(1))) {
                return false;
            }
        }
        return true;
    }

    private static LimitationAssessment.StartBasis startBasis(Claim claim, LimitationRule rule) {
        switch (rule) {
            case FR_PROFESSIONAL_AGAINST_CONSUMER:
                if (claim.performanceDate().isPresent()) {
                    return LimitationAssessment.StartBasis.COMPLETION;
                }
                return claim.origin() == ClaimOrigin.LOAN ? LimitationAssessment.StartBasis.DUE_DATE
                        : LimitationAssessment.StartBasis.INVOICE_DATE;
            case FR_JUDICIAL_TITLE:
            case BE_JUDICIAL_TITLE:
                return LimitationAssessment.StartBasis.DECISION_DATE;
            case BE_MERCHANT_SALE_TO_PRIVATE_PERSON:
                return LimitationAssessment.StartBasis.END_OF_CALENDAR_YEAR;
            default:
                return LimitationAssessment.StartBasis.DUE_DATE;
        }
    }

    private static LocalDate startOf(Claim claim, LimitationAssessment.StartBasis basis) {
        switch (basis) {
            case COMPLETION:
                return claim.performanceDate().get();
            case INVOICE_DATE:
            case DECISION_DATE:
                return claim.issueDate();
            case END_OF_CALENDAR_YEAR:
                return LimitationArithmetic.endOfCalendarYear(claim.performanceDate().orElse(claim.issueDate()));
            default:
                return claim.dueDate();
        }
    }

    // ------------------------------------------------------------------------------------------------ warnings

    private static List<LimitationWarning> warnings(Claim claim, LocalDate asOf, LimitationOptions options,
            Jurisdiction law, LimitationAssessment.LawBasis lawBasis, LimitationRule rule,
            LimitationAssessment.StartBasis startBasis, LocalDate firstStart, LimitationPart outcome,
            Timeline timeline, Replay.Trace trace, LimitationPart[] parts) {
        List<LimitationWarning> warnings = null;
        boolean france = law == Jurisdiction.FRANCE;
        LimitationRule current = outcome.rule();
        int count = timeline.count();

        if (outcome.status() == LimitationStatus.RUNNING && outcome.remainingDays() <= options.warningDays()) {
            warnings = add(warnings, expiresSoon(outcome, france, current));
        }
        if (lawBasis == LimitationAssessment.LawBasis.ASSUMED) {
            warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.GOVERNING_LAW_ASSUMED, asOf,
                    (france ? "French" : "Belgian") + " law was assumed: neither party's territory gives French or "
                    + "Belgian law as the law of the contract; state the governing law if another one applies",
                    ROME_I));
        }
        if (startBasis == LimitationAssessment.StartBasis.INVOICE_DATE) {
            warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.START_DATE_UNCERTAIN, firstStart,
                    () -> "The completion date of the works or services is not recorded: the two years are counted "
                    + "from the invoice date, " + firstStart + "; the law counts them from the completion, which may "
                    + "be earlier: record the performance date", START_DATE_UNCERTAIN));
        }
        if (startBasis == LimitationAssessment.StartBasis.DECISION_DATE && !timeline.hasService()) {
            warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.SERVICE_NOT_RECORDED, firstStart,
                    () -> "The service of the decision on the debtor is not recorded: its period is counted from the "
                    + "decision's date, " + firstStart + ", which is at the earliest; record the service",
                    SERVICE_NOT_RECORDED));
        }
        if ((rule == LimitationRule.FR_CIVIL || rule == LimitationRule.FR_COMMERCIAL) && parts.length == 1
                && claim.performanceDate().isPresent() && claim.performanceDate().get().isBefore(firstStart)
                && current == rule && outcome.startDay() == firstStart.toEpochDay()
                && (outcome.status() == LimitationStatus.RUNNING
                        || outcome.status() == LimitationStatus.NOT_YET_RUNNING)) {
            LocalDate completion = claim.performanceDate().get();
            LocalDate earlier = rule.lastDayOfPeriodFrom(completion);
            if (!earlier.isAfter(asOf.plusDays(options.warningDays()))) {
                warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.EARLIER_START_POSSIBLE, earlier,
                        () -> "Counted from the completion of the services on " + completion + " rather than from "
                        + "the due date, the claim could be time-barred after " + earlier + ": act before then",
                        EARLIER_START_POSSIBLE));
            }
        }
        if (rule == LimitationRule.FR_PROFESSIONAL_AGAINST_CONSUMER
                && firstStart.isBefore(FIRST_PROFESSIONAL_CONSUMER_VERSION)) {
            warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.TRANSITIONAL_RULE_NOT_APPLIED,
                    firstStart, () -> "The claim predates the two-year period of 19 June 2008: the library counts two "
                    + "years from " + firstStart + "; the former period and the transitional rule may give another "
                    + "date", TRANSITION));
        }
        if (!france && rule.predatesFirstVersion(firstStart)) {
            warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.TRANSITIONAL_RULE_NOT_APPLIED,
                    firstStart, "The claim predates former C. civ. art. 2262bis (27 July 1998): the transitional rule "
                    + "of the law of 10 June 1998 is not applied", BELGIAN_TRANSITION));
        }
        if (outcome.titleAfterExpiry()) {
            warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.DECISION_AFTER_EXPIRY,
                    outcome.start(), "A decision was served after the claim had become "
                    + "time-barred: its enforcement period runs from the service, but the debtor could have pleaded "
                    + "limitation; check that the decision is final", france ? FRENCH_TITLE_AFTER_EXPIRY
                            : BELGIAN_TITLE_AFTER_EXPIRY));
        }
        boolean unconfirmed = !france && (rule.isJudicialTitle() || current.isJudicialTitle());
        List<CaseEvent> events = timeline.events();
        for (int i = 0; i < count; i++) {
            Cause cause = trace.cause(i);
            if (cause.isPossibleWaiver()) {
                LocalDate date = events.get(i).date();
                String what = timeline.kind(i) == Timeline.PAYMENT ? "payment" : "acknowledgement";
                warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.POSSIBLE_WAIVER, date,
                        () -> "The " + what + " of " + date + " came after the claim became time-barred: it does "
                        + "not revive the claim but may amount to a waiver of the limitation acquired, for a person "
                        + "to assess", france ? WAIVER : List.of()));
            }
            if (cause == Cause.BE_FORMAL_NOTICE && trace.after(i) != Replay.NO_DAY
                    && trace.effect(i) == EventEffect.NO_EFFECT
                    && timeline.day(i) >= LawDates.BELGIAN_FORMAL_NOTICE_2013.toEpochDay()) {
                LocalDate date = events.get(i).date();
                LocalDate then = LocalDate.ofEpochDay(trace.after(i));
                LocalDate oneYear = date.plus(Period.ofYears(1));
                if (oneYear.isAfter(then)) {
                    warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.BELGIAN_FORMAL_NOTICE,
                            oneYear, () -> "If the creditor's lawyer or judicial officer sent the formal notice of "
                            + date + " by registered letter with receipt to the debtor in Belgium, with the mentions "
                            + "the law requires, it interrupted limitation once: the claim would run until " + oneYear
                            + " instead of " + then, BELGIAN_FORMAL_NOTICE));
                }
            }
            unconfirmed |= cause == Cause.BE_NOT_APPLIED || cause == Cause.BE_COURT_ACTION
                    || cause == Cause.BE_WITHDRAWN || cause == Cause.BE_LAPSED || cause == Cause.BE_DISMISSED
                    || cause == Cause.BE_DECISION || cause == Cause.BE_TITLE;
        }
        if (unconfirmed) {
            warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.RULE_NOT_CONFIRMED, asOf,
                    "Belgian rules not confirmed in a source were applied or left out (the effect of a writ of summons "
                    + "until the end of the proceedings, its voidness, the ten years of a judgment, suspensions, "
                    + "proofs of claim): have the date checked", BELGIAN_UNCONFIRMED));
        }
        if (parts.length > 1) {
            int expired = 0;
            for (LimitationPart part : parts) {
                if (part.status() == LimitationStatus.EXPIRED) {
                    expired++;
                }
            }
            if (expired > 0 && expired < parts.length) {
                int barred = expired;
                warnings = add(warnings, LimitationWarning.of(LimitationWarning.Kind.PARTLY_TIME_BARRED, asOf,
                        () -> barred + " of " + parts.length + " instalments, " + expiredTotal(parts) + " in all, "
                        + "are time-barred; each instalment's period runs from its own due date", INSTALMENTS));
            }
        }
        return warnings == null ? List.of() : List.copyOf(warnings);
    }

    private static Amount expiredTotal(LimitationPart[] parts) {
        Amount total = null;
        for (LimitationPart part : parts) {
            if (part.status() == LimitationStatus.EXPIRED) {
                total = total == null ? part.amount() : total.plus(part.amount());
            }
        }
        return total;
    }

    private static LimitationWarning expiresSoon(LimitationPart outcome, boolean france, LimitationRule current) {
        LocalDate last = LocalDate.ofEpochDay(outcome.expiryDay());
        long left = outcome.remainingDays();
        if (!france) {
            return LimitationWarning.of(LimitationWarning.Kind.EXPIRES_SOON, last, () -> "Time-barred after " + last
                    + " (" + left + " days left): only a writ of summons, a command to pay, an attachment or an "
                    + "acknowledgement by the debtor interrupts it (or once a formal notice sent by the creditor's "
                    + "lawyer or judicial officer); a reminder does not", BELGIAN_EXPIRES_SOON);
        }
        if (current.kind() == PeriodKind.PRECLUSIVE) {
            return LimitationWarning.of(LimitationWarning.Kind.EXPIRES_SOON, last, () -> "Foreclosed after " + last
                    + " (" + left + " days left): only a court action or an enforcement measure interrupts it; an "
                    + "acknowledgement, a payment plan, a reminder or a formal notice does not",
                    PRECLUSIVE_EXPIRES_SOON);
        }
        if (current.isJudicialTitle()) {
            return LimitationWarning.of(LimitationWarning.Kind.EXPIRES_SOON, last, () -> "Time-barred after " + last
                    + " (" + left + " days left): only an enforcement measure or an acknowledgement by the debtor "
                    + "interrupts it; a reminder or a formal notice does not", TITLE_EXPIRES_SOON);
        }
        return LimitationWarning.of(LimitationWarning.Kind.EXPIRES_SOON, last, () -> "Time-barred after " + last
                + " (" + left + " days left): only an acknowledgement by the debtor (a part payment included), a "
                + "court action or an enforcement measure interrupts it; a reminder or a formal notice does not",
                EXPIRES_SOON);
    }

    private static List<LimitationWarning> add(List<LimitationWarning> warnings, LimitationWarning warning) {
        List<LimitationWarning> list = warnings == null ? new ArrayList<>(4) : warnings;
        list.add(warning);
        return list;
    }
}
