package org.recouvrement.letters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.recouvrement.law.Jurisdiction;
import org.recouvrement.law.LegalReference;
import org.recouvrement.money.Amount;
import org.recouvrement.recovery.ContactChannel;

/**
 * The first reminder a Belgian consumer must receive before any damages or costs may be claimed (<i>premier
 * rappel</i>, <i>eerste herinnering</i>), under book XIX "Debts of the consumer" of the Belgian Code of economic law,
 * in force since 1 September 2023 (LEGAL-REFERENCE section 3.2).
 *
 * <p>The first reminder is free: its statement may hold no charge. It must state the remaining amount, the damages
 * owed if the debt is not paid within the delay, the creditor's name and enterprise number, the due date and the
 * description of the product or service, and a delay of at least fourteen calendar days starting on the third working
 * day after a paper reminder is sent, or on the day after an e-mail is sent. The caller computes the
 * {@link #paymentDeadline()} with working days; this class refuses a date that is earlier than fourteen days after
 * the e-mail or sixteen days after the letter, whatever the calendar.
 *
 * <p>The damages a penalty clause may set are capped ({@link #maximumDamages(Amount)}): 20 € up to 150 €; 30 € plus
 * 10 % of the amount between 150.01 € and 500 €; 65 € plus 5 % of the amount above 500 €, at most 2,000 €.
 */
@Value.Immutable
public abstract non-sealed class ConsumerFirstReminder implements Letter {

    ConsumerFirstReminder() {
    }

    /**
     * Returns a new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link ConsumerFirstReminder}; the date, the creditor and the debtor are required.
     */
    public static final class Builder extends ImmutableConsumerFirstReminder.Builder {
        Builder() {
        }
    }

    /**
     * Returns {@link DocumentKind#CONSUMER_FIRST_REMINDER}.
     *
     * @return the kind
     */
    @Override
    public final DocumentKind kind() {
        return DocumentKind.CONSUMER_FIRST_REMINDER;
    }

    /**
     * Returns {@link Jurisdiction#BELGIUM}.
     *
     * @return the jurisdiction
     */
    @Override
    public final Jurisdiction jurisdiction() {
        return Jurisdiction.BELGIUM;
    }

    /**
     * Returns CDE art. XIX.2.
     *
     * @return the legal bases
     */
    @Override
    public List<LegalReference> legalBases() {
        return List.of(LegalReferences.BE_CONSUMER_FIRST_REMINDER);
    }

    /**
     * Returns the date by which the debtor is asked to pay, computed by the caller (with the deadline calculator
     * where the law or the dunning policy fixes a delay): the letter prints this date, never "within eight days".
     *
     * @return the date, if given
     */
    public abstract Optional<LocalDate> paymentDeadline();

    /**
     * Returns the damages the consumer will owe under the contract's penalty clause if the debt is not paid within
     * the delay; zero where the contract provides none.
     *
     * @return the damages, if given
     */
    public abstract Optional<Amount> damagesIfUnpaid();

    /**
     * Returns how the reminder is sent: {@link ContactChannel#LETTER} (the delay starts on the third working day
     * after sending) or {@link ContactChannel#EMAIL} (it starts on the day after).
     *
     * @return the channel; a letter by default
     */
    @Value.Default
    public ContactChannel dispatch() {
        return ContactChannel.LETTER;
    }

    /**
     * Returns the cap of the damages a penalty clause may set for a consumer debt of the given amount (CDE book XIX,
     * LEGAL-REFERENCE section 3.2), rounded half up to the cent.
     *
     * @param debt the amount remaining due
     * @return 20 € up to 150 €; 30 € plus 10 % of the part between 150.01 € and 500 €; 65 € plus 5 % of the part
     *     above 500 €, at most 2,000 €
     */
    public static Amount maximumDamages(Amount debt) {
        Amount d150 = Amount.of(BigDecimal.valueOf(150), debt.currency());
        Amount d500 = Amount.of(BigDecimal.valueOf(500), debt.currency());
        if (!debt.isGreaterThan(d150)) {
            return Amount.of(BigDecimal.valueOf(20), debt.currency());
        }
        if (!debt.isGreaterThan(d500)) {
            return Amount.of(BigDecimal.valueOf(30), debt.currency())
                    .plus(debt.minus(d150).multipliedBy(new BigDecimal("0.10"), Amount.ROUNDING));
        }
        Amount cap = Amount.of(BigDecimal.valueOf(65), debt.currency())
                .plus(debt.minus(d500).multipliedBy(new BigDecimal("0.05"), Amount.ROUNDING));
        return cap.min(Amount.of(BigDecimal.valueOf(2000), debt.currency()));
    }

    @Value.Check
    void check() {
        if (dispatch() != ContactChannel.LETTER && dispatch() != ContactChannel.EMAIL) {
            throw new InvalidLetterException("dispatch", dispatch(), "is neither a letter nor an e-mail");
        }
        int minimum = dispatch() == ContactChannel.EMAIL ? 14 : 16;
        if (paymentDeadline().isPresent() && paymentDeadline().get().isBefore(date().plusDays(minimum))) {
            throw new InvalidLetterException("paymentDeadline", paymentDeadline().get(), "leaves less than the fourteen"
                    + " calendar days of CDE book XIX after a reminder sent by " + dispatch() + " on " + date()
                    + " (at least " + date().plusDays(minimum) + ")");
        }
        if (statement().isPresent() && !statement().get().charges().isEmpty()) {
            throw new InvalidLetterException("statement.charges", statement().get().chargesTotal(),
                    "may not be claimed: the first reminder to a consumer is free of charge (CDE book XIX)");
        }
        if (damagesIfUnpaid().isPresent()) {
            Amount damages = damagesIfUnpaid().get();
            if (damages.isNegative()) {
                throw new InvalidLetterException("damagesIfUnpaid", damages, "must not be negative");
            }
            if (statement().isPresent()) {
                Amount cap = maximumDamages(statement().get().balance());
                if (damages.isGreaterThan(cap)) {
                    throw new InvalidLetterException("damagesIfUnpaid", damages, "exceeds the cap of " + cap
                            + " for a consumer debt of " + statement().get().balance() + " (CDE book XIX)");
                }
            }
        }
    }
}
