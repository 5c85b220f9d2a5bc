package org.recouvrement.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.recouvrement.claim.Instalment;
import org.recouvrement.internal.Checks;
import org.recouvrement.money.Amount;

/**
 * Something that happened in the recovery of a claim, on a date: a payment, a reminder, a court action, a
 * decision. The timeline of a {@link RecoveryCase} is a list of these; every answer of the library is computed from
 * it, and the ERP records what it did as new events.
 *
 * <p>Each event is a small immutable record. Its constructor checks it: every date and value is required, amounts
 * are positive, and an identifier is not blank.
 */
public sealed interface CaseEvent {

    /**
     * Returns the date the event happened (for a letter, the date it was sent).
     *
     * @return the date
     */
    LocalDate date();

    /**
     * A payment received from the debtor. A partial payment is an acknowledgement of the debt and interrupts
     * limitation (C. civ. art. 2240).
     *
     * @param date the date the payment was received
     * @param amount the amount paid, positive
     */
    record PaymentReceived(LocalDate date, Amount amount) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date the payment was received
         * @param amount the amount paid, positive
         */
        public PaymentReceived {
            Checks.present(date, "date");
            positive("amount", amount);
        }
    }

    /**
     * A credit note reducing the claim.
     *
     * @param date the date of the credit note
     * @param amount the amount credited, positive
     */
    record CreditNoteIssued(LocalDate date, Amount amount) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the credit note
         * @param amount the amount credited, positive
         */
        public CreditNoteIssued {
            Checks.present(date, "date");
            positive("amount", amount);
        }
    }

    /**
     * A reminder (<i>relance</i>) sent. A reminder does <b>not</b> interrupt limitation.
     *
     * @param date the date it was sent
     * @param channel how it was sent
     */
    record ReminderSent(LocalDate date, ContactChannel channel) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date it was sent
         * @param channel how it was sent
         */
        public ReminderSent {
            Checks.present(date, "date");
            Checks.present(channel, "channel");
        }
    }

    /**
     * A formal notice (<i>mise en demeure</i>, C. civ. art. 1344) sent. It does <b>not</b> interrupt limitation.
     *
     * @param date the date it was sent
     * @param channel how it was sent, usually {@link ContactChannel#REGISTERED_LETTER}
     */
    record FormalNoticeSent(LocalDate date, ContactChannel channel) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date it was sent
         * @param channel how it was sent, usually {@link ContactChannel#REGISTERED_LETTER}
         */
        public FormalNoticeSent {
            Checks.present(date, "date");
            Checks.present(channel, "channel");
        }
    }

    /**
     * A formal notice delivered to the debtor; moratory interest at the legal rate runs from it (C. civ.
     * art. 1231-6, 1344-1).
     *
     * @param date the date of delivery (first presentation of the registered letter)
     */
    record FormalNoticeDelivered(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of delivery (first presentation of the registered letter)
         */
        public FormalNoticeDelivered {
            Checks.present(date, "date");
        }
    }

    /**
     * An acknowledgement of the debt by the debtor (<i>reconnaissance de dette</i>); interrupts limitation (C. civ.
     * art. 2240).
     *
     * @param date the date of the acknowledgement
     */
    record DebtAcknowledged(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the acknowledgement
         */
        public DebtAcknowledged {
            Checks.present(date, "date");
        }
    }

    /**
     * The debtor disputes the claim (<i>contestation</i>).
     *
     * @param date the date the dispute was raised
     * @param subject what is disputed, in a few words, without personal data
     */
    record DisputeOpened(LocalDate date, String subject) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date the dispute was raised
         * @param subject what is disputed, in a few words, without personal data
         */
        public DisputeOpened {
            Checks.present(date, "date");
            nonBlank("subject", subject);
        }
    }

    /**
     * A dispute was resolved or withdrawn.
     *
     * @param date the date it was closed
     */
    record DisputeClosed(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date it was closed
         */
        public DisputeClosed {
            Checks.present(date, "date");
        }
    }

    /**
     * The debtor promised to pay an amount by a date.
     *
     * @param date the date the promise was made
     * @param promisedDate the date by which the debtor promised to pay, not before {@code date}
     * @param amount the amount promised, positive
     */
    record PromiseToPay(LocalDate date, LocalDate promisedDate, Amount amount) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date the promise was made
         * @param promisedDate the date by which the debtor promised to pay, not before {@code date}
         * @param amount the amount promised, positive
         */
        public PromiseToPay {
            Checks.present(date, "date");
            Checks.present(promisedDate, "promisedDate");
            positive("amount", amount);
            if (promisedDate.isBefore(date)) {
                throw new InvalidCaseEventException("promisedDate", promisedDate, "is before the promise's date " + date);
            }
        }
    }

    /**
     * A payment plan (<i>échéancier</i>) agreed with the debtor; agreeing it acknowledges the debt.
     *
     * @param date the date of the agreement
     * @param instalments the instalments agreed, at least one, in due-date order
     */
    record PaymentPlanAgreed(LocalDate date, List<Instalment> instalments) implements CaseEvent {
        /**
         * Checks the event and copies the instalments.
         *
         * @param date the date of the agreement
         * @param instalments the instalments agreed, at least one, in due-date order
         */
        public PaymentPlanAgreed {
            Checks.present(date, "date");
            Checks.present(instalments, "instalments");
            instalments = List.copyOf(instalments);
            if (instalments.isEmpty()) {
                throw new InvalidCaseEventException("instalments", "[]", "must hold at least one instalment");
            }
            for (int i = 1; i < instalments.size(); i++) {
                if (instalments.get(i).dueDate().isBefore(instalments.get(i - 1).dueDate())) {
                    throw new InvalidCaseEventException("instalments", instalments.get(i).dueDate(),
                            "is before the previous instalment's due date; list them in order");
                }
            }
        }
    }

    /**
     * The debtor failed to honour the payment plan.
     *
     * @param date the date the breach was recorded
     */
    record PaymentPlanBreached(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date the breach was recorded
         */
        public PaymentPlanBreached {
            Checks.present(date, "date");
        }
    }

    /**
     * The remaining instalments became due at once (<i>déchéance du terme</i>); the limitation of the remaining
     * capital runs from this date.
     *
     * @param date the date of the acceleration
     */
    record AccelerationDeclared(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the acceleration
         */
        public AccelerationDeclared {
            Checks.present(date, "date");
        }
    }

    /**
     * The claim's due date was postponed by agreement.
     *
     * @param date the date of the agreement
     * @param newDueDate the new due date
     */
    record DueDatePostponed(LocalDate date, LocalDate newDueDate) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the agreement
         * @param newDueDate the new due date
         */
        public DueDatePostponed {
            Checks.present(date, "date");
            Checks.present(newDueDate, "newDueDate");
        }
    }

    /**
     * The parties agreed, after the dispute arose, to a mediation, a conciliation or a participatory procedure
     * (or its first meeting took place); limitation is suspended (C. civ. art. 2238).
     *
     * @param date the date of the agreement or first meeting
     * @param process the process
     */
    record AmicableProcessStarted(LocalDate date, AmicableProcess process) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the agreement or first meeting
         * @param process the process
         */
        public AmicableProcessStarted {
            Checks.present(date, "date");
            Checks.present(process, "process");
        }
    }

    /**
     * A mediation, conciliation or participatory procedure ended (declared ended by a party or the mediator, or its
     * term reached); limitation resumes for at least six months (C. civ. art. 2238).
     *
     * @param date the date it ended
     * @param process the process
     */
    record AmicableProcessEnded(LocalDate date, AmicableProcess process) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date it ended
         * @param process the process
         */
        public AmicableProcessEnded {
            Checks.present(date, "date");
            Checks.present(process, "process");
        }
    }

    /**
     * The debtor accepted the simplified small-claims procedure, as recorded by the judicial officer (CPCE
     * art. L125-1); limitation is suspended (C. civ. art. 2238).
     *
     * @param date the date of the acceptance
     */
    record SmallClaimsProcedureAccepted(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the acceptance
         */
        public SmallClaimsProcedureAccepted {
            Checks.present(date, "date");
        }
    }

    /**
     * The debtor refused the simplified small-claims procedure, or it failed, as recorded by the judicial officer.
     *
     * @param date the date of the refusal
     */
    record SmallClaimsProcedureRefused(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the refusal
         */
        public SmallClaimsProcedureRefused {
            Checks.present(date, "date");
        }
    }

    /**
     * The judge granted a measure of inquiry requested before any trial (<i>mesure d'instruction in futurum</i>);
     * limitation is suspended (C. civ. art. 2239).
     *
     * @param date the date of the decision granting it
     */
    record MeasureOfInquiryOrdered(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the decision granting it
         */
        public MeasureOfInquiryOrdered {
            Checks.present(date, "date");
        }
    }

    /**
     * A measure of inquiry was carried out (the expert's report filed); limitation resumes for at least six months.
     *
     * @param date the date it was carried out
     */
    record MeasureOfInquiryCompleted(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date it was carried out
         */
        public MeasureOfInquiryCompleted {
            Checks.present(date, "date");
        }
    }

    /**
     * The creditor became unable to act by reason of an impediment resulting from the law, the contract or force
     * majeure; limitation is suspended (C. civ. art. 2234).
     *
     * @param date the first day of the impediment
     * @param description the impediment, in a few words
     */
    record ImpedimentStarted(LocalDate date, String description) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the first day of the impediment
         * @param description the impediment, in a few words
         */
        public ImpedimentStarted {
            Checks.present(date, "date");
            nonBlank("description", description);
        }
    }

    /**
     * The impediment to act ended.
     *
     * @param date the day the impediment ended
     */
    record ImpedimentEnded(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the day the impediment ended
         */
        public ImpedimentEnded {
            Checks.present(date, "date");
        }
    }

    /**
     * A court action was brought (<i>demande en justice</i>), even in summary proceedings or before an incompetent
     * court; it interrupts limitation until the proceedings end (C. civ. art. 2241, 2242).
     *
     * @param date the date the court was seised (service of the writ, filing of the request)
     * @param proceedings the kind of action
     */
    record CourtActionFiled(LocalDate date, CourtProceedings proceedings) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date the court was seised (service of the writ, filing of the request)
         * @param proceedings the kind of action
         */
        public CourtActionFiled {
            Checks.present(date, "date");
            Checks.present(proceedings, "proceedings");
        }
    }

    /**
     * The claimant withdrew the court action (<i>désistement</i>); its interruption is void (C. civ. art. 2243).
     *
     * @param date the date of the withdrawal
     */
    record CourtActionWithdrawn(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the withdrawal
         */
        public CourtActionWithdrawn {
            Checks.present(date, "date");
        }
    }

    /**
     * The court action lapsed (<i>péremption d'instance</i>); its interruption is void (C. civ. art. 2243).
     *
     * @param date the date it lapsed
     */
    record CourtActionLapsed(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date it lapsed
         */
        public CourtActionLapsed {
            Checks.present(date, "date");
        }
    }

    /**
     * The claim was finally dismissed (<i>rejet définitif</i>); the interruption is void (C. civ. art. 2243).
     *
     * @param date the date of the final dismissal
     */
    record CourtActionDismissed(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the final dismissal
         */
        public CourtActionDismissed {
            Checks.present(date, "date");
        }
    }

    /**
     * A decision ordering payment was rendered.
     *
     * @param date the date of the decision
     * @param kind the kind of decision
     * @param amountAwarded the amount the decision orders the debtor to pay, if known
     */
    record DecisionRendered(LocalDate date, DecisionKind kind, Optional<Amount> amountAwarded) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the decision
         * @param kind the kind of decision
         * @param amountAwarded the amount the decision orders the debtor to pay, if known
         */
        public DecisionRendered {
            Checks.present(date, "date");
            Checks.present(kind, "kind");
            Checks.present(amountAwarded, "amountAwarded");
            amountAwarded.ifPresent(a -> positive("amountAwarded", a));
        }
    }

    /**
     * The decision was served on the debtor (<i>signification</i>): an enforceable judicial title's ten-year
     * period runs from it (CPCE art. L111-4), and the legal rate is increased by five points two months later
     * (CMF art. L313-3).
     *
     * @param date the date of service
     */
    record DecisionServed(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of service
         */
        public DecisionServed {
            Checks.present(date, "date");
        }
    }

    /**
     * An enforcement or conservatory measure was taken; interrupts limitation (C. civ. art. 2244).
     *
     * @param date the date of the measure
     * @param kind the kind of measure
     */
    record EnforcementMeasureTaken(LocalDate date, EnforcementKind kind) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the measure
         * @param kind the kind of measure
         */
        public EnforcementMeasureTaken {
            Checks.present(date, "date");
            Checks.present(kind, "kind");
        }
    }

    /**
     * Insolvency proceedings were opened against the debtor; individual actions are stayed (C. com. art. L622-21).
     *
     * @param date the date of the opening judgment
     * @param kind the kind of proceedings
     * @param publicationDate the date the judgment was published in the BODACC (or, in Belgium, the Moniteur belge),
     *     from which the time to file a proof of claim runs; empty until published
     */
    record InsolvencyOpened(LocalDate date, InsolvencyKind kind, Optional<LocalDate> publicationDate)
            implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the opening judgment
         * @param kind the kind of proceedings
         * @param publicationDate the date the judgment was published in the BODACC (or, in Belgium, the Moniteur belge), from which the time to file a proof of claim runs; empty until published
         */
        public InsolvencyOpened {
            Checks.present(date, "date");
            Checks.present(kind, "kind");
            Checks.present(publicationDate, "publicationDate");
            if (publicationDate.isPresent() && publicationDate.get().isBefore(date)) {
                throw new InvalidCaseEventException("publicationDate", publicationDate.get(),
                        "is before the opening judgment of " + date);
            }
        }
    }

    /**
     * The insolvency proceedings were closed.
     *
     * @param date the date of the closing judgment
     */
    record InsolvencyClosed(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the closing judgment
         */
        public InsolvencyClosed {
            Checks.present(date, "date");
        }
    }

    /**
     * A proof of claim was filed with the insolvency practitioner (<i>déclaration de créance</i>, C. com.
     * art. L622-24); it interrupts limitation until the proceedings close.
     *
     * @param date the date of filing
     * @param amount the amount declared, positive
     */
    record ProofOfClaimFiled(LocalDate date, Amount amount) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of filing
         * @param amount the amount declared, positive
         */
        public ProofOfClaimFiled {
            Checks.present(date, "date");
            positive("amount", amount);
        }
    }

    /**
     * The creditor wrote the claim off; recovery ends.
     *
     * @param date the date of the write-off
     */
    record WrittenOff(LocalDate date) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the write-off
         */
        public WrittenOff {
            Checks.present(date, "date");
        }
    }

    /**
     * The ERP executed an action the library proposed.
     *
     * @param date the date it was executed
     * @param actionId the proposed action's stable identifier
     */
    record ActionExecuted(LocalDate date, String actionId) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date it was executed
         * @param actionId the proposed action's stable identifier
         */
        public ActionExecuted {
            Checks.present(date, "date");
            nonBlank("actionId", actionId);
        }
    }

    /**
     * A person rejected an action the library proposed.
     *
     * @param date the date it was rejected
     * @param actionId the proposed action's stable identifier
     */
    record ActionRejected(LocalDate date, String actionId) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date it was rejected
         * @param actionId the proposed action's stable identifier
         */
        public ActionRejected {
            Checks.present(date, "date");
            nonBlank("actionId", actionId);
        }
    }

    /**
     * A person decided to pass a step of the dunning policy without taking it (for example, no phone call for this
     * debtor). Dunning never skips a step silently: the waiver is the record of that decision. It passes the step it
     * names when the step is reached, and the next step counts from it.
     *
     * @param date the date of the decision
     * @param stepKey the key of the step waived, as the policy names it
     * @param reason why, in a few words, without personal data
     */
    record StepWaived(LocalDate date, String stepKey, String reason) implements CaseEvent {
        /**
         * Checks the event.
         *
         * @param date the date of the decision
         * @param stepKey the key of the step waived, as the policy names it
         * @param reason why, in a few words, without personal data
         */
        public StepWaived {
            Checks.present(date, "date");
            nonBlank("stepKey", stepKey);
            nonBlank("reason", reason);
        }
    }

    private static void positive(String field, Amount amount) {
        Checks.present(amount, field);
        if (!amount.isPositive()) {
            throw new InvalidCaseEventException(field, amount, "must be positive");
        }
    }

    private static void nonBlank(String field, String value) {
        Checks.present(value, field);
        if (value.isBlank()) {
            throw new InvalidCaseEventException(field, "''", "must not be blank");
        }
    }
}
