package org.recouvrement.interest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recouvrement.claim.Claim;
import org.recouvrement.claim.ClaimNature;
import org.recouvrement.claim.ClaimOrigin;
import org.recouvrement.internal.Checks;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalCode;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.money.Rate;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.InsolvencyKind;
import org.recouvrement.recovery.RecoveryCase;

/**
 * Computes late-payment interest (<i>intérêts moratoires</i>, <i>pénalités de retard</i>) and the compensation for
 * recovery costs of a case file on a date, period by period, at the statutory rates of each period.
 *
 * <p>For a {@link RecoveryCase} the calculator:
 * <ol>
 *   <li>takes the law governing the claim (given, or that of the creditor's territory) and chooses the regime from
 *       the claim's nature and origin: for an invoice or a supply contract between professionals, French B2B
 *       penalties (C. com. art. L441-10) or the Belgian commercial rate (law of 2 August 2002); otherwise the French
 *       legal rate (C. civ. art. 1231-6, 1344-1) or the Belgian legal rate; {@link InterestOptions#regime()}
 *       overrides the choice;</li>
 *   <li>finds when interest starts: the day after the due date (B2B, contractual), or the day after the formal notice
 *       was delivered ({@link CaseEvent.FormalNoticeDelivered}) or a writ served (legal rate);</li>
 *   <li>stops it at the opening of French insolvency proceedings for a claim arising before them (C. com.
 *       art. L622-28), increases the legal rate by five points from the day after two months have passed since the
 *       decision was served ({@link CaseEvent.DecisionServed}, CMF art. L313-3), capitalises interest due for a whole
 *       year when the contract or a judgment provides it (C. civ. art. 1343-2);</li>
 *   <li>assesses the fixed recovery compensation (40 € when the debtor is a professional, C. com. art. D441-5) and
 *       imputes each payment to interest, then costs, then principal (C. civ. art. 1343-1).</li>
 * </ol>
 *
 * <pre>{@code
 * InterestCalculator calculator = InterestCalculator.standard();
 * InterestStatement statement = calculator.statement(file, LocalDate.of(2026, 3, 31));
 * statement.lines();          // one line per semester, payment...
 * statement.totalInterest();  // sum of the rounded lines
 * statement.balance();        // principal + interest + costs still owed
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one and share it. A date without a published rate raises
 * {@link UnknownStatutoryRateException} unless {@link InterestOptions#unknownRatePolicy()} says otherwise.
 */
public final class InterestCalculator {

    private static final LocalDate COMPENSATION_IN_FORCE = LocalDate.of(2013, 1, 1);
    private static final LocalDate BELGIAN_COMPENSATION_CONTRACTS = LocalDate.of(2013, 3, 16);
    private static final LegalReference FORMAL_NOTICE = LegalCode.CIVIL_CODE.article("1344");
    private static final LegalReference FORMAL_NOTICE_INTEREST = LegalCode.CIVIL_CODE.article("1344-1");
    private static final LegalReference INSOLVENCY = LegalCode.COMMERCIAL_CODE.article("L622-28");
    private static final LegalReference BELGIAN_LATE_PAYMENT_LAW =
            LegalReference.ofInstrument(Jurisdiction.BELGIUM, "Loi du 2 août 2002");
    private static final LegalReference LEGAL_RATE_CATEGORIES = LegalCode.MONETARY_AND_FINANCIAL_CODE.article("L313-2");

    private static final Reason FRENCH_LAW_GIVEN = Reason.of("The claim is governed by French law, as the caller states");
    private static final Reason BELGIAN_LAW_GIVEN = Reason.of("The claim is governed by Belgian law, as the caller "
            + "states");
    private static final Map<Territory, Reason> FRENCH_LAW_ASSUMED = frenchLawAssumed();
    private static final Reason BELGIAN_LAW_ASSUMED = Reason.of("Belgian law is assumed from the creditor's territory; "
            + "give the governing law if the contract chose another");
    private static final Reason BELGIAN_COMMERCIAL_CHOSEN = Reason.of("A claim between professionals under Belgian law "
            + "bears late-payment interest at the rate published per semester, by law and without formal notice",
            InterestRegime.BELGIAN_COMMERCIAL_RATE.references());
    private static final Reason BELGIAN_LEGAL_CHOSEN = Reason.of("A claim not between professionals under Belgian law "
            + "bears moratory interest at the legal rate of each year", InterestRegime.BELGIAN_LEGAL_RATE.references());
    private static final Reason FRENCH_COMMERCIAL_CHOSEN = Reason.of("A claim between professionals bears late-payment "
            + "penalties from the day after the due date, without any reminder", StatementEngine.COMMERCIAL_RATE);
    private static final Reason PUBLIC_BODY_DEBTOR = Reason.of("The debtor is a public body: if the contract is a "
            + "public procurement contract, its own late-payment rules apply instead, which the library does not hold");
    private static final Reason FRENCH_LEGAL_CHOSEN = Reason.of("A claim not between professionals bears moratory "
            + "interest at the legal rate from the formal notice", StatementEngine.LEGAL_RATE, FORMAL_NOTICE_INTEREST);
    private static final Reason PRIVATE_CREDITOR = Reason.of("The creditor is a natural person not acting for "
            + "professional needs: the higher legal rate applies", LEGAL_RATE_CATEGORIES);
    private static final Reason OTHER_CREDITOR = Reason.of("The creditor is not a natural person acting outside a "
            + "profession: the legal rate \"in all other cases\" applies", LEGAL_RATE_CATEGORIES);
    private static final Reason NO_PENALTY_CLAUSE = Reason.of("The contract sets no penalty rate: the ECB rate in force "
            + "on 1 January or 1 July of each semester plus ten points applies", StatementEngine.COMMERCIAL_RATE);
    private static final Reason CAPITALISATION_BY_CONTRACT = Reason.of("The contract provides for the capitalisation "
            + "of interest due for a whole year", InterestCapitalisation.REFERENCE);
    private static final Reason NOT_LATE = Reason.of("No recovery compensation: the claim is not late",
            FixedRecoveryCompensation.REFERENCE);
    private static final Reason NEVER_FROM_A_CONSUMER = Reason.of("No recovery compensation: it is never owed by a "
            + "consumer", StatementEngine.COMMERCIAL_RATE, FixedRecoveryCompensation.REFERENCE);
    private static final Reason ONLY_BETWEEN_PROFESSIONALS = Reason.of("No recovery compensation: it is owed only by a "
            + "professional debtor to a professional creditor", StatementEngine.COMMERCIAL_RATE,
            FixedRecoveryCompensation.REFERENCE);
    private static final Reason ONLY_FOR_GOODS_AND_SERVICES = Reason.of("No recovery compensation: it is owed for "
            + "late payment of goods or services (an invoice or a supply contract)", StatementEngine.COMMERCIAL_RATE,
            FixedRecoveryCompensation.REFERENCE);
    private static final Reason NOT_IN_EUROS = Reason.of("No recovery compensation computed: the claim is not in euros",
            FixedRecoveryCompensation.REFERENCE);
    private static final Reason BEFORE_2013 = Reason.of("No recovery compensation: it is owed for delays from "
            + "1 January 2013 (décret 2012-1115)", FixedRecoveryCompensation.REFERENCE);
    private static final Reason BELGIAN_BEFORE_2013 = Reason.of("No recovery compensation computed: the library holds "
            + "the Belgian fixed compensation for contracts from 16 March 2013 only", BELGIAN_LATE_PAYMENT_LAW);
    private static final Explanation BELGIAN_COMPENSATION = Explanation.of(Reason.of("A professional debtor paying "
            + "late owes a fixed recovery compensation of 40 € by law", BELGIAN_LATE_PAYMENT_LAW));
    private static final Reason BELGIAN_PROVEN_COSTS = Reason.of("Proven recovery costs beyond 40 € are not assessed "
            + "by the library under Belgian law", BELGIAN_LATE_PAYMENT_LAW);
    private static final Explanation FRENCH_COMPENSATION = Explanation.of(Reason.of("A professional debtor paying late "
            + "owes a fixed compensation for recovery costs of 40 € per invoice, without reminder, from the day after "
            + "the due date", StatementEngine.COMMERCIAL_RATE, FixedRecoveryCompensation.REFERENCE));

    private final StatutoryRates rates;
    private final StatementEngine engine;

    private InterestCalculator(StatutoryRates rates) {
        this.rates = rates;
        this.engine = new StatementEngine(rates);
    }

    /**
     * Returns a calculator on the {@link StatutoryRates#standard() standard} rates: sources registered for the
     * service loader, then the built-in tables.
     *
     * @return the calculator
     */
    public static InterestCalculator standard() {
        return Standard.CALCULATOR;
    }

    /**
     * Returns a calculator on the given rates.
     *
     * @param rates the rate tables
     * @return the calculator
     */
    public static InterestCalculator of(StatutoryRates rates) {
        return new InterestCalculator(Checks.present(rates, "rates"));
    }

    /**
     * Returns the rate tables this calculator uses.
     *
     * @return the rates
     */
    public StatutoryRates rates() {
        return rates;
    }

    /**
     * Computes the statement of a request whose regime and dates the caller has decided.
     *
     * @param request the request
     * @return the statement
     * @throws UnknownStatutoryRateException if a period has no published rate and the request does not allow the
     *     latest known rate
     */
    public InterestStatement statement(InterestRequest request) {
        Checks.present(request, "request");
        return engine.compute(request, Explanation.empty(), true);
    }

    /**
     * Computes the statement of a case file on a date, with the default options.
     *
     * @param file the case file
     * @param asOf the date of the statement, inclusive
     * @return the statement
     * @throws UnknownStatutoryRateException if a period has no published rate
     * @throws InvalidInterestRequestException if the claim is not in euros, or its governing law cannot be inferred
     */
    public InterestStatement statement(RecoveryCase file, LocalDate asOf) {
        return statement(file, asOf, InterestOptions.defaults());
    }

    /**
     * Computes the statement of a case file on a date.
     *
     * @param file the case file
     * @param asOf the date of the statement, inclusive
     * @param options the caller's choices
     * @return the statement
     * @throws UnknownStatutoryRateException if a period has no published rate and the options do not allow the latest
     *     known rate
     * @throws InvalidInterestRequestException if a statutory regime applies to a claim not in euros, or the governing
     *     law cannot be inferred
     */
    public InterestStatement statement(RecoveryCase file, LocalDate asOf, InterestOptions options) {
        Checks.present(file, "file");
        Checks.present(asOf, "asOf");
        Checks.present(options, "options");
        Assessment assessment = new Assessment(file, asOf, options);
        return engine.compute(assessment.request, Explanation.of(assessment.reasons), assessment.interestRuns);
    }

    /**
     * Returns the regime that applies to a claim, with the reason for the choice.
     *
     * @param claim the claim
     * @param options the caller's choices (an explicit regime or governing law)
     * @return the regime
     * @throws InvalidInterestRequestException if the governing law cannot be inferred
     */
    public InterestRegime regimeFor(Claim claim, InterestOptions options) {
        Checks.present(claim, "claim");
        Checks.present(options, "options");
        List<Reason> ignored = new ArrayList<>();
        return chooseRegime(claim, governingLaw(claim, options, ignored), options, ignored);
    }

    /**
     * Assesses the compensation for recovery costs of a case file on a date (C. com. art. L441-10 II, D441-5).
     *
     * @param file the case file
     * @param asOf the date
     * @param options the caller's choices (proven recovery costs, governing law)
     * @return the compensation, with why it is or is not owed
     */
    public FixedRecoveryCompensation compensation(RecoveryCase file, LocalDate asOf, InterestOptions options) {
        Checks.present(file, "file");
        Checks.present(asOf, "asOf");
        Checks.present(options, "options");
        List<Reason> ignored = new ArrayList<>();
        Jurisdiction law = governingLaw(file.claim(), options, ignored);
        return assessCompensation(file, CaseFacts.of(file, asOf), law, asOf, options);
    }

    /**
     * Returns what a case file still owes on a date, as an {@link OutstandingDebt} for
     * {@link PaymentImputation}: its principal, interest and costs, and its current rate.
     *
     * @param file the case file
     * @param asOf the date
     * @param options the caller's choices
     * @return the outstanding debt, identified by the case's id
     */
    public OutstandingDebt outstandingDebt(RecoveryCase file, LocalDate asOf, InterestOptions options) {
        InterestStatement statement = statement(file, asOf, options);
        Rate rate = statement.lines().isEmpty() ? Rate.ZERO
                : statement.lines().get(statement.lines().size() - 1).rate();
        return OutstandingDebt.builder()
                .id(file.id())
                .dueDate(CaseFacts.of(file, asOf).dueDate())
                .principal(statement.outstandingPrincipal())
                .interest(statement.outstandingInterest().plus(statement.outstandingCapitalisedInterest()))
                .costs(statement.outstandingCosts())
                .rate(rate)
                .build();
    }

    private static Jurisdiction governingLaw(Claim claim, InterestOptions options, List<Reason> reasons) {
        if (options.governingLaw().isPresent()) {
            Jurisdiction law = options.governingLaw().get();
            reasons.add(law == Jurisdiction.BELGIUM ? BELGIAN_LAW_GIVEN : FRENCH_LAW_GIVEN);
            return law;
        }
        Optional<Jurisdiction> ofRegime = options.regime().flatMap(InterestRegime::jurisdiction);
        if (ofRegime.isPresent()) {
            return ofRegime.get();
        }
        Territory territory = claim.creditor().territory();
        if (territory.isFrench()) {
            reasons.add(FRENCH_LAW_ASSUMED.get(territory));
            return Jurisdiction.FRANCE;
        }
        if (territory == Territory.BELGIUM) {
            reasons.add(BELGIAN_LAW_ASSUMED);
            return Jurisdiction.BELGIUM;
        }
        if (options.regime().isPresent()) {
            return Jurisdiction.FRANCE;
        }
        throw new InvalidInterestRequestException("governingLaw", "(none)", "cannot be inferred for a creditor in "
                + territory + "; give InterestOptions.governingLaw (France or Belgium) or an explicit regime");
    }

    private static Map<Territory, Reason> frenchLawAssumed() {
        Map<Territory, Reason> reasons = new EnumMap<>(Territory.class);
        for (Territory territory : Territory.values()) {
            if (territory.isFrench()) {
                reasons.put(territory, Reason.of("French law is assumed from the creditor's territory (" + territory
                        + "); give the governing law if the contract chose another"));
            }
        }
        return reasons;
    }

    private static boolean betweenProfessionals(Claim claim) {
        return claim.nature() == ClaimNature.BUSINESS_TO_BUSINESS
                || claim.nature() == ClaimNature.COMMERCIAL_BETWEEN_MERCHANTS;
    }

    /** A payment for goods or services between professionals: what the late-payment rules govern. */
    private static boolean commercialTransaction(Claim claim) {
        return betweenProfessionals(claim)
                && (claim.origin() == ClaimOrigin.INVOICE || claim.origin() == ClaimOrigin.CONTRACT);
    }

    private static InterestRegime chooseRegime(Claim claim, Jurisdiction law, InterestOptions options,
            List<Reason> reasons) {
        if (options.regime().isPresent()) {
            InterestRegime regime = options.regime().get();
            reasons.add(Reason.of("Regime " + regime + " chosen by the caller", regime.references()));
            return regime;
        }
        boolean professionals = commercialTransaction(claim);
        if (betweenProfessionals(claim) && !professionals) {
            reasons.add(Reason.of("The late-payment rules between professionals govern payment for goods and "
                    + "services; a claim of origin " + claim.origin() + " bears moratory interest at the legal rate "
                    + "unless a contractual rate is chosen"));
        }
        if (law == Jurisdiction.BELGIUM) {
            reasons.add(professionals ? BELGIAN_COMMERCIAL_CHOSEN : BELGIAN_LEGAL_CHOSEN);
            return professionals ? InterestRegime.BELGIAN_COMMERCIAL_RATE : InterestRegime.BELGIAN_LEGAL_RATE;
        }
        if (professionals) {
            reasons.add(FRENCH_COMMERCIAL_CHOSEN);
            if (claim.debtor().kind() == PartyKind.PUBLIC_BODY) {
                reasons.add(PUBLIC_BODY_DEBTOR);
            }
            return InterestRegime.FRENCH_COMMERCIAL_RATE;
        }
        reasons.add(FRENCH_LEGAL_CHOSEN);
        return InterestRegime.FRENCH_LEGAL_RATE;
    }

    private FixedRecoveryCompensation assessCompensation(RecoveryCase file, CaseFacts facts, Jurisdiction law,
            LocalDate asOf, InterestOptions options) {
        Claim claim = file.claim();
        LocalDate dueDate = facts.dueDate();
        if (!asOf.isAfter(dueDate)) {
            return none(claim, NOT_LATE);
        }
        LocalDate firstDayLate = dueDate.plusDays(1);
        if (claim.debtor().kind().isConsumer()) {
            return none(claim, NEVER_FROM_A_CONSUMER);
        }
        if (!betweenProfessionals(claim)) {
            return none(claim, ONLY_BETWEEN_PROFESSIONALS);
        }
        if (!commercialTransaction(claim)) {
            return none(claim, ONLY_FOR_GOODS_AND_SERVICES);
        }
        if (!claim.currency().equals(Amount.EUR)) {
            return none(claim, NOT_IN_EUROS);
        }
        CaseEvent.InsolvencyOpened opened = facts.insolvency();
        if (opened != null && !opened.date().isAfter(dueDate)) {
            return none(claim, Reason.of("No recovery compensation: insolvency proceedings opened on "
                    + opened.date() + " prohibited payment at the due date", FixedRecoveryCompensation.REFERENCE));
        }
        if (law == Jurisdiction.BELGIUM) {
            if (claim.issueDate().isBefore(BELGIAN_COMPENSATION_CONTRACTS)) {
                return none(claim, BELGIAN_BEFORE_2013);
            }
            Explanation why = BELGIAN_COMPENSATION;
            if (options.justifiedRecoveryCosts().isPresent()) {
                why = why.plus(BELGIAN_PROVEN_COSTS);
            }
            return FixedRecoveryCompensation.of(FixedRecoveryCompensation.STATUTORY_AMOUNT, Amount.zero(Amount.EUR),
                    firstDayLate, why);
        }
        if (firstDayLate.isBefore(COMPENSATION_IN_FORCE)) {
            return none(claim, BEFORE_2013);
        }
        Explanation why = FRENCH_COMPENSATION;
        Amount additional = Amount.zero(Amount.EUR);
        if (options.justifiedRecoveryCosts().isPresent()) {
            Amount proven = options.justifiedRecoveryCosts().get();
            if (!proven.currency().equals(Amount.EUR)) {
                throw new InvalidInterestRequestException("justifiedRecoveryCosts", proven, "is not in euros");
            }
            if (proven.isGreaterThan(FixedRecoveryCompensation.STATUTORY_AMOUNT)) {
                additional = proven.minus(FixedRecoveryCompensation.STATUTORY_AMOUNT);
                why = why.plus(Reason.of("Proven recovery costs of " + proven + " exceed the fixed amount: " + additional
                        + " is owed as further compensation", StatementEngine.COMMERCIAL_RATE));
            } else {
                why = why.plus(Reason.of("Proven recovery costs of " + proven + " do not exceed the fixed amount",
                        StatementEngine.COMMERCIAL_RATE));
            }
        }
        return FixedRecoveryCompensation.of(FixedRecoveryCompensation.STATUTORY_AMOUNT, additional, firstDayLate, why);
    }

    private static FixedRecoveryCompensation none(Claim claim, Reason reason) {
        return FixedRecoveryCompensation.none(claim.currency(), Explanation.of(reason));
    }

    /** The facts of a case turned into a request, with the reasons behind each. */
    private final class Assessment {
        private final List<Reason> reasons = new ArrayList<>();
        private final InterestRequest request;
        private final boolean interestRuns;

        Assessment(RecoveryCase file, LocalDate asOf, InterestOptions options) {
            Claim claim = file.claim();
            CaseFacts facts = CaseFacts.of(file, asOf);
            Jurisdiction law = governingLaw(claim, options, reasons);
            InterestRegime regime = chooseRegime(claim, law, options, reasons);
            if (regime.isStatutory() && !claim.currency().equals(Amount.EUR)) {
                throw new InvalidInterestRequestException("currency", claim.currency().getCurrencyCode(),
                        "is not EUR; the statutory rates of " + regime + " apply to sums in euros only");
            }
            LocalDate dueDate = facts.dueDate();
            if (!dueDate.equals(claim.dueDate())) {
                reasons.add(Reason.of("The due date was postponed by agreement to " + dueDate));
            }
            Optional<LocalDate> start = firstDay(facts, regime, asOf, options);
            interestRuns = start.isPresent() && !start.get().isAfter(asOf);
            if (start.isPresent() && !interestRuns) {
                reasons.add(Reason.of("Interest has not started on " + asOf + ": it runs from " + start.get(),
                        regime.references()));
            }
            InterestRequest.Builder builder = InterestRequest.builder()
                    .regime(regime)
                    .governingLaw(law)
                    .principal(claim.principal())
                    .interestFrom(interestRuns ? start.get() : asOf)
                    .asOf(asOf)
                    .dayCount(options.dayCount())
                    .unknownRatePolicy(options.unknownRatePolicy())
                    .addAllSplitDates(options.splitDates())
                    .addAllPayments(facts.payments())
                    .addAllCreditNotes(facts.creditNotes())
                    .compensation(assessCompensation(file, facts, law, asOf, options));
            category(claim, regime, builder);
            contractualRate(claim, regime, options, builder);
            if (interestRuns) {
                stop(file, facts, law, options, builder);
                increase(facts, regime, options, builder);
                capitalisation(claim, options, builder);
            }
            request = builder.build();
        }

        private Optional<LocalDate> firstDay(CaseFacts facts, InterestRegime regime, LocalDate asOf,
                InterestOptions options) {
            if (options.interestFrom().isPresent()) {
                reasons.add(Reason.of("Interest runs from " + options.interestFrom().get() + ", as the caller states"));
                return options.interestFrom();
            }
            LocalDate dueDate = facts.dueDate();
            if (!regime.startsWithFormalNotice()) {
                LocalDate first = dueDate.plusDays(1);
                reasons.add(Reason.of("Interest runs from " + first + ", the day after the due date"
                        + (regime == InterestRegime.CONTRACTUAL_RATE ? "" : ", without any reminder"),
                        regime.references().get(0)));
                return Optional.of(first);
            }
            CaseEvent.FormalNoticeDelivered notice = facts.formalNotice();
            CaseEvent.CourtActionFiled writ = regime == InterestRegime.FRENCH_LEGAL_RATE ? facts.writ() : null;
            LocalDate noticeDate;
            if (notice != null && (writ == null || !writ.date().isBefore(notice.date()))) {
                noticeDate = notice.date();
                reasons.add(Reason.of("The formal notice delivered on " + noticeDate
                        + " makes moratory interest run from the next day",
                        regime == InterestRegime.FRENCH_LEGAL_RATE
                                ? List.of(FORMAL_NOTICE_INTEREST, StatementEngine.LEGAL_RATE)
                                : List.of(StatementEngine.BELGIAN_LEGAL_RATE)));
            } else if (writ != null) {
                noticeDate = writ.date();
                reasons.add(Reason.of("The writ served on " + noticeDate + " counts as a formal notice and makes "
                        + "moratory interest run from the next day", FORMAL_NOTICE, FORMAL_NOTICE_INTEREST));
            } else {
                reasons.add(Reason.of("No formal notice delivered by " + asOf + ": moratory interest at the legal rate "
                        + "has not started", regime == InterestRegime.FRENCH_LEGAL_RATE
                                ? List.of(FORMAL_NOTICE_INTEREST) : List.of(StatementEngine.BELGIAN_LEGAL_RATE)));
                return Optional.empty();
            }
            LocalDate first = (noticeDate.isBefore(dueDate) ? dueDate : noticeDate).plusDays(1);
            if (noticeDate.isBefore(dueDate)) {
                reasons.add(Reason.of("The notice preceded the due date " + dueDate + ": interest runs from "
                        + first));
            }
            return Optional.of(first);
        }

        private void category(Claim claim, InterestRegime regime, InterestRequest.Builder builder) {
            if (regime != InterestRegime.FRENCH_LEGAL_RATE) {
                return;
            }
            boolean privateCreditor = claim.creditor().kind() == PartyKind.CONSUMER;
            builder.privateCreditor(privateCreditor);
            reasons.add(privateCreditor ? PRIVATE_CREDITOR : OTHER_CREDITOR);
        }

        private void contractualRate(Claim claim, InterestRegime regime, InterestOptions options,
                InterestRequest.Builder builder) {
            Optional<Rate> rate = options.contractualRate().or(claim::contractualInterestRate);
            if (regime == InterestRegime.CONTRACTUAL_RATE || regime == InterestRegime.FRENCH_COMMERCIAL_RATE) {
                if (rate.isPresent()) {
                    builder.contractualRate(rate.get());
                    reasons.add(Reason.of("The contract sets the rate at " + rate.get()
                            + (regime == InterestRegime.FRENCH_COMMERCIAL_RATE
                                    ? ", which may not be lower than three times the legal rate" : ""),
                            regime.references().get(0)));
                } else if (regime == InterestRegime.FRENCH_COMMERCIAL_RATE) {
                    reasons.add(NO_PENALTY_CLAUSE);
                }
            } else if (rate.isPresent()) {
                reasons.add(Reason.of("The claim stipulates a contractual rate of " + rate.get() + ", which the "
                        + regime + " regime does not apply; choose CONTRACTUAL_RATE to apply it"));
            }
        }

        private void stop(RecoveryCase file, CaseFacts facts, Jurisdiction law, InterestOptions options,
                InterestRequest.Builder builder) {
            CaseEvent.InsolvencyOpened event = facts.insolvency();
            if (event == null) {
                return;
            }
            if (event.kind() == InsolvencyKind.BELGIAN_INSOLVENCY || law == Jurisdiction.BELGIUM) {
                reasons.add(Reason.of("Insolvency proceedings opened on " + event.date() + ": their effect on interest "
                        + "under Belgian law is not held by the library; interest is computed as if it ran"));
                return;
            }
            if (!file.claimArose().isBefore(event.date())) {
                reasons.add(Reason.of("The claim arose after the opening of insolvency proceedings on " + event.date()
                        + ": interest is not stopped", INSOLVENCY));
                return;
            }
            if (options.insolvencyStopWaived()) {
                reasons.add(Reason.of("Insolvency proceedings opened on " + event.date() + " do not stop interest on "
                        + "this claim, which the caller states is a loan or deferred-payment contract of one year or "
                        + "more", INSOLVENCY));
                return;
            }
            builder.interestStopsOn(event.date());
            reasons.add(Reason.of("The judgment opening insolvency proceedings (" + event.kind() + ") on "
                    + event.date() + " stops the running of interest", INSOLVENCY));
        }

        private void increase(CaseFacts facts, InterestRegime regime, InterestOptions options,
                InterestRequest.Builder builder) {
            CaseEvent.DecisionServed served = facts.decisionServed();
            if (served == null) {
                return;
            }
            if (regime != InterestRegime.FRENCH_LEGAL_RATE) {
                reasons.add(Reason.of("The five-point increase after a judgment applies to the legal rate only; the "
                        + regime + " rate continues", StatementEngine.JUDGMENT_INCREASE));
                return;
            }
            LocalDate date = served.date();
            if (options.judgmentIncreaseWaived()) {
                reasons.add(Reason.of("The five-point increase after the decision served on " + date
                        + " was waived by the enforcement judge, as the caller states",
                        StatementEngine.JUDGMENT_INCREASE));
                return;
            }
            LocalDate from = date.plusMonths(2).plusDays(1);
            builder.judgmentIncreaseFrom(from);
            reasons.add(Reason.of("The decision served on " + date + " became enforceable: the legal rate is increased "
                    + "by five points when two months have passed, from " + from, StatementEngine.JUDGMENT_INCREASE));
        }

        private void capitalisation(Claim claim, InterestOptions options, InterestRequest.Builder builder) {
            if (claim.capitalisationClause()) {
                builder.capitalisation(InterestCapitalisation.stipulatedByContract());
                reasons.add(CAPITALISATION_BY_CONTRACT);
            } else if (options.judicialCapitalisationFrom().isPresent()) {
                builder.capitalisation(InterestCapitalisation.orderedByJudgment(
                        options.judicialCapitalisationFrom().get()));
                reasons.add(Reason.of("A judgment orders the capitalisation of interest due for a whole year from "
                        + options.judicialCapitalisationFrom().get(), InterestCapitalisation.REFERENCE));
            }
        }
    }

    private static final class Standard {
        static final InterestCalculator CALCULATOR = new InterestCalculator(StatutoryRates.standard());
    }
}
