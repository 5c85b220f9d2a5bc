package org.recouvrement.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.recouvrement.InvalidValueException;
import org.recouvrement.calendar.Calendars;
import org.recouvrement.claim.Claim;
import org.recouvrement.dunning.ActionItem;
import org.recouvrement.dunning.ActionKind;
import org.recouvrement.dunning.Channel;
import org.recouvrement.dunning.ClaimedAmounts;
import org.recouvrement.dunning.ProposedAction;
import org.recouvrement.interest.FixedRecoveryCompensation;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.party.Language;
import org.recouvrement.party.Party;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.spi.PublicHolidayCalendar;

/**
 * Turns the actions of a dunning decision into the letters they call for: the bridge between
 * {@code Dunning.decide(..)} and the {@link org.recouvrement.letters.render.LetterRenderer}.
 *
 * <pre>{@code
 * ActionLetters letters = ActionLetters.standard().withSignatory("Jeanne Durand, gérante");
 * for (ProposedAction action : decision.actions()) {
 *     letters.letterFor(action).ifPresent(letter -> store(renderer.render(letter, OutputFormat.PDF)));
 * }
 * }</pre>
 *
 * <p>The letter follows the step's template ({@code DunningStep.templateKey()}): {@code courteous-reminder} (a
 * {@link GroupedReminder} when the action groups several claims of the debtor), {@code firm-reminder},
 * {@code formal-notice} (sent by registered letter, C. civ. art. 1344) and {@code consumer-first-reminder} (CDE book
 * XIX). It is dated the day of the decision and its statement holds, for each claim of the action, the claim, the
 * interest lines, the charges the step claims and the payments and credit notes received, as computed by the decision
 * ({@link ActionItem#amounts()}): the letter's balance is the total the action claims.
 *
 * <p>The date to pay by is the letter's date plus {@link #daysToPay()} (fifteen by default, a choice of practice; a
 * Belgian summary order for payment needs a demand giving fifteen days, C. jud. art. 1338). For a Belgian consumer's
 * first reminder it is never earlier than the last of the fourteen calendar days of CDE art. XIX.2, which start on the
 * third working day after a paper reminder is sent or the day after an e-mail. A courteous reminder gives none.
 *
 * <p>The letter is written in the debtor's language when the library ships templates for it (French, Dutch,
 * English), and in English otherwise (a German-speaking debtor, for one); {@link #withLanguages(Function)} chooses
 * otherwise, for an integrator who adds templates of its own.
 *
 * <p>Some actions are not letters and give no letter: a phone call, a recovery route (the court documents are built
 * with {@code CourtDocuments}), a write-off proposal, closing a time-barred case, a proof of claim in insolvency.
 * Neither does a letter demanding only the arrears of a payment plan without acceleration clause
 * ({@link ClaimedAmounts#planArrears()}), which is written from the plan. A step of an integrator's own policy whose
 * template is none of the four above gives the letter of its kind (courteous reminder, firm reminder, formal notice).
 * Instances are immutable and thread-safe.
 */
public final class ActionLetters {

    /** Days to pay given by default: practice, and the fifteen days of C. jud. art. 1338 for a Belgian demand. */
    public static final int DEFAULT_DAYS_TO_PAY = 15;

    /** The fourteen calendar days a Belgian consumer has after the first reminder (CDE art. XIX.2). */
    private static final int CONSUMER_WAITING_DAYS = 14;

    private static final ActionLetters STANDARD = new ActionLetters(DEFAULT_DAYS_TO_PAY, null, claim -> Optional.empty(),
            ActionLetters::shippedLanguage);

    private final int daysToPay;
    private final String signatory;
    private final Function<Claim, Optional<String>> descriptions;
    private final Function<Party, Language> languages;

    private ActionLetters(int daysToPay, String signatory, Function<Claim, Optional<String>> descriptions,
            Function<Party, Language> languages) {
        this.daysToPay = daysToPay;
        this.signatory = signatory;
        this.descriptions = descriptions;
        this.languages = languages;
    }

    /**
     * Returns the bridge with fifteen days to pay and no signatory.
     *
     * @return the standard bridge
     */
    public static ActionLetters standard() {
        return STANDARD;
    }

    /**
     * Returns this bridge with another number of days to pay.
     *
     * @param days calendar days between the letter's date and the date to pay by, 1 to 365
     * @return a new bridge
     * @throws InvalidValueException if the days are outside 1 to 365
     */
    public ActionLetters withDaysToPay(int days) {
        if (days < 1 || days > 365) {
            throw new InvalidValueException("daysToPay", days, "must be between 1 and 365");
        }
        return new ActionLetters(days, signatory, descriptions, languages);
    }

    /**
     * Returns this bridge with the person who signs the letters.
     *
     * @param signatory name and capacity, such as {@code "Jeanne Durand, gérante"}; not blank
     * @return a new bridge
     * @throws InvalidValueException if the signatory is blank
     */
    public ActionLetters withSignatory(String signatory) {
        Objects.requireNonNull(signatory, "signatory");
        if (signatory.isBlank()) {
            throw new InvalidValueException("signatory", "'" + signatory + "'", "must not be blank");
        }
        return new ActionLetters(daysToPay, signatory, descriptions, languages);
    }

    /**
     * Returns this bridge with a description of what each claim is for (the goods or services invoiced), which a
     * claim does not carry and the ERP knows. A Belgian consumer's first reminder must give it (CDE art. XIX.2); the
     * other letters print it when given.
     *
     * @param descriptions the description of a claim, or empty when there is none
     * @return a new bridge
     */
    public ActionLetters withDescriptions(Function<Claim, Optional<String>> descriptions) {
        return new ActionLetters(daysToPay, signatory, Objects.requireNonNull(descriptions, "descriptions"), languages);
    }

    /**
     * Returns this bridge with another choice of the language each debtor is written to in, for an integrator whose
     * template location holds templates in a language the library does not ship.
     *
     * @param languages the language of the letters to a debtor
     * @return a new bridge
     */
    public ActionLetters withLanguages(Function<Party, Language> languages) {
        return new ActionLetters(daysToPay, signatory, descriptions, Objects.requireNonNull(languages, "languages"));
    }

    /**
     * Returns the language the standard bridge writes to a debtor in: the debtor's own when the library ships
     * templates for it, English otherwise.
     *
     * @param debtor the debtor
     * @return French, Dutch or English
     */
    public static Language shippedLanguage(Party debtor) {
        Language language = debtor.language();
        return language == Language.GERMAN ? Language.ENGLISH : language;
    }

    /**
     * Returns the days to pay this bridge gives.
     *
     * @return the days
     */
    public int daysToPay() {
        return daysToPay;
    }

    /**
     * Returns the letter an action calls for.
     *
     * @param action an action of a dunning decision
     * @return the letter, or empty when the action is not a letter (see the class description)
     * @throws InvalidLetterException if the letter cannot be built from the action's figures
     */
    public Optional<Letter> letterFor(ProposedAction action) {
        Objects.requireNonNull(action, "action");
        Optional<DocumentKind> kind = documentKind(action);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        List<ActionItem> items = action.items();
        LocalDate date = items.get(0).asOf();
        AmountStatement.Builder statement = AmountStatement.builder().asOf(date);
        for (ActionItem item : items) {
            ClaimedAmounts amounts = item.amounts();
            if (amounts.planArrears().isPresent()) {
                return Optional.empty();
            }
            Claim claim = item.recoveryCase().claim();
            ClaimItem claimItem = ClaimItem.from(claim);
            Optional<String> description = Objects.requireNonNull(descriptions.apply(claim), "description");
            addItem(statement, item, description.isPresent() ? claimItem.withDescription(description.get()) : claimItem,
                    amounts, kind.get());
        }
        return Optional.of(letter(kind.get(), action, statement.build(), date));
    }

    /**
     * Tells which document an action calls for, without computing its figures.
     *
     * @param action an action of a dunning decision
     * @return the kind of letter, or empty when the action is not a letter
     */
    public static Optional<DocumentKind> documentKind(ProposedAction action) {
        Objects.requireNonNull(action, "action");
        if (action.kind() != ActionKind.STEP || action.templateKey().isEmpty()) {
            return Optional.empty();
        }
        switch (action.templateKey().get()) {
            case "courteous-reminder":
                return Optional.of(courteous(action));
            case "firm-reminder":
                return Optional.of(DocumentKind.FIRM_REMINDER);
            case "formal-notice":
                return Optional.of(DocumentKind.FORMAL_NOTICE);
            case "consumer-first-reminder":
                return Optional.of(DocumentKind.CONSUMER_FIRST_REMINDER);
            default:
                // A template of the integrator's own policy: the letter of the step's kind.
                switch (action.step().orElseThrow().kind()) {
                    case COURTEOUS_REMINDER:
                        return Optional.of(courteous(action));
                    case FIRM_REMINDER:
                        return Optional.of(DocumentKind.FIRM_REMINDER);
                    case FORMAL_NOTICE:
                        return Optional.of(DocumentKind.FORMAL_NOTICE);
                    default:
                        return Optional.empty();
                }
        }
    }

    private static DocumentKind courteous(ProposedAction action) {
        return action.items().size() > 1 ? DocumentKind.GROUPED_REMINDER : DocumentKind.COURTEOUS_REMINDER;
    }

    private static void addItem(AmountStatement.Builder statement, ActionItem item, ClaimItem claim,
            ClaimedAmounts amounts, DocumentKind kind) {
        String reference = claim.reference();
        statement.addClaim(claim);
        amounts.interestStatement().ifPresent(computed -> {
            for (org.recouvrement.interest.InterestLine line : computed.lines()) {
                if (line.interest().isPositive()) {
                    statement.addInterest(InterestLine.from(line, reference));
                }
            }
        });
        // The statement lists every payment, so it also lists the costs a payment was imputed to: it then adds up
        // to what the action claims. The costs still owed are listed only if the step claims them.
        Optional<org.recouvrement.interest.InterestStatement> interest = amounts.interestStatement();
        Amount costs = interest.map(s -> s.costsPaid()).orElse(Amount.zero(amounts.principal().currency()))
                .plus(amounts.compensation());
        if (costs.isPositive()) {
            // The basis is the compensation's own (C. com. L441-10 II in France, the law of 2 August 2002 in Belgium).
            Optional<FixedRecoveryCompensation> owed = interest.map(s -> s.compensation());
            Amount fixed = owed.map(FixedRecoveryCompensation::fixedAmount).orElse(costs).min(costs);
            Optional<LegalReference> basis = owed.flatMap(c -> c.explanation().references().stream().findFirst());
            statement.addCharge(ChargeLine.builder().kind(ChargeKind.FIXED_RECOVERY_COMPENSATION)
                    .claimReference(reference).amount(fixed)
                    .basis(basis.orElse(LegalReferences.FR_FIXED_COMPENSATION)).build());
            Amount rest = costs.minus(fixed);
            if (rest.isPositive()) {
                statement.addCharge(ChargeLine.builder().kind(ChargeKind.RECOVERY_COSTS).claimReference(reference)
                        .amount(rest).basis(basis).build());
            }
        }
        if (amounts.penalty().isPositive() && kind != DocumentKind.CONSUMER_FIRST_REMINDER) {
            statement.addCharge(ChargeLine.builder().kind(ChargeKind.PENALTY_CLAUSE).claimReference(reference)
                    .amount(amounts.penalty()).build());
        }
        for (CaseEvent event : item.recoveryCase().eventsUntil(item.asOf())) {
            if (event instanceof CaseEvent.PaymentReceived payment) {
                statement.addPayment(PaymentLine.from(payment));
            } else if (event instanceof CaseEvent.CreditNoteIssued credit) {
                statement.addPayment(PaymentLine.from(credit));
            }
        }
    }

    private Letter letter(DocumentKind kind, ProposedAction action, AmountStatement statement, LocalDate date) {
        String file = String.join(", ", action.caseIds());
        LocalDate payBy = date.plusDays(daysToPay);
        Optional<String> signed = Optional.ofNullable(signatory);
        Language language = Objects.requireNonNull(languages.apply(action.debtor()), "language");
        switch (kind) {
            case COURTEOUS_REMINDER:
                return CourteousReminder.builder().date(date).creditor(action.creditor()).debtor(action.debtor())
                        .language(language).statement(statement).fileReference(file).signatory(signed).build();
            case GROUPED_REMINDER:
                return GroupedReminder.builder().date(date).creditor(action.creditor()).debtor(action.debtor())
                        .language(language).statement(statement).fileReference(file).signatory(signed).build();
            case FIRM_REMINDER:
                return FirmReminder.builder().date(date).creditor(action.creditor()).debtor(action.debtor())
                        .language(language).statement(statement).fileReference(file).signatory(signed)
                        .paymentDeadline(payBy).build();
            case FORMAL_NOTICE:
                return FormalNotice.builder().date(date).creditor(action.creditor()).debtor(action.debtor())
                        .language(language).statement(statement).fileReference(file).signatory(signed)
                        .paymentDeadline(payBy).dispatch(ContactChannel.REGISTERED_LETTER).build();
            default:
                boolean paper = action.channels().stream().anyMatch(Channel::isPaper);
                LocalDate lastWaitingDay = consumerWaitingStart(date, paper).plusDays(CONSUMER_WAITING_DAYS - 1);
                // What the contract's penalty clause would add, within the caps of book XIX; zero without a clause.
                Amount damages = action.items().get(0).recoveryCase().claim().penaltyClause()
                        .map(clause -> clause.min(ConsumerFirstReminder.maximumDamages(statement.balance())))
                        .orElse(Amount.zero(statement.currency()));
                return ConsumerFirstReminder.builder().date(date).creditor(action.creditor()).debtor(action.debtor())
                        .language(language).statement(statement).fileReference(file).signatory(signed)
                        .paymentDeadline(payBy.isAfter(lastWaitingDay) ? payBy : lastWaitingDay)
                        .dispatch(paper ? ContactChannel.LETTER : ContactChannel.EMAIL).damagesIfUnpaid(damages)
                        .build();
        }
    }

    /**
     * The first of the fourteen days of CDE art. XIX.2: the third working day after a paper reminder is sent, the day
     * after an e-mail.
     */
    private static LocalDate consumerWaitingStart(LocalDate sent, boolean paper) {
        if (!paper) {
            return sent.plusDays(1);
        }
        PublicHolidayCalendar calendar = Calendars.forTerritory(Territory.BELGIUM);
        LocalDate day = sent;
        for (int counted = 0; counted < 3; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
