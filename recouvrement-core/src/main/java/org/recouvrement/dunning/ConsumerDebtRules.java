package org.recouvrement.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.recouvrement.calendar.Calendars;
import org.recouvrement.claim.Claim;
import org.recouvrement.law.Reason;
import org.recouvrement.money.Amount;
import org.recouvrement.party.PartyKind;
import org.recouvrement.party.Territory;
import org.recouvrement.spi.PublicHolidayCalendar;

/**
 * The rules of Belgian law on the amicable recovery of consumer debts (CDE book XIX, <i>dettes du consommateur</i>,
 * law of 4 May 2023, in force on 1 September 2023): the first reminder is free of charge; no cost or penalty may be
 * claimed before a waiting time of 14 calendar days, which starts on the third working day after a paper reminder is
 * sent or on the day after an e-mail reminder; the agreed penalty is capped.
 *
 * <p>Book XIX applies to contracts concluded from 1 September 2023, and to all amicable recovery carried out from
 * 1 December 2023 (LEGAL-REFERENCE §3.2). The claim's issue date stands in for the contract date.
 */
final class ConsumerDebtRules {

    static final LocalDate IN_FORCE = LocalDate.of(2023, 9, 1);
    static final LocalDate ALL_RECOVERY_FROM = LocalDate.of(2023, 12, 1);
    static final int WAITING_DAYS = 14;

    private static final Amount CAP_LOW = Amount.euros(20);
    private static final Amount CAP_MIDDLE_BASE = Amount.euros(30);
    private static final Amount CAP_HIGH_BASE = Amount.euros(65);
    private static final Amount CAP_MAXIMUM = Amount.euros(2000);
    private static final Amount THRESHOLD_LOW = Amount.euros(150);
    private static final Amount THRESHOLD_HIGH = Amount.euros(500);
    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");
    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    static final Reason FIRST_REMINDER_FREE = Reason.of("The first reminder to a consumer is free of charge: it claims "
            + "no cost nor penalty", Refs.CONSUMER_DEBT_REMINDER);
    static final Reason NO_FREE_FIRST_REMINDER = Reason.of("No free written first reminder was sent to this consumer: "
            + "this step claims no cost nor penalty", Refs.CONSUMER_DEBT_REMINDER);

    private ConsumerDebtRules() {
    }

    /**
     * Tells whether book XIX governs the amicable recovery of a claim on a date: a professional's claim against a
     * consumer living in Belgium.
     */
    static boolean applies(Claim claim, Territory debtorTerritory, LocalDate asOf) {
        if (claim.debtor().kind() != PartyKind.CONSUMER || !claim.creditor().kind().isProfessional()) {
            return false;
        }
        if (asOf.isBefore(IN_FORCE)) {
            return false;
        }
        if (asOf.isBefore(ALL_RECOVERY_FROM) && claim.issueDate().isBefore(IN_FORCE)) {
            return false;
        }
        return debtorTerritory == Territory.BELGIUM;
    }

    /**
     * Returns the first day of the 14-day waiting time after a reminder: the third working day after a paper reminder
     * was sent, or the day after an e-mail reminder.
     */
    static LocalDate waitingStart(LocalDate sent, boolean paper) {
        if (!paper) {
            return sent.plusDays(1);
        }
        PublicHolidayCalendar calendar = Calendars.forTerritory(Territory.BELGIUM);
        LocalDate day = sent;
        int counted = 0;
        while (counted < 3) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Returns the first day costs may be claimed: the day after the 14th day of the waiting time. */
    static LocalDate costsFrom(LocalDate sent, boolean paper) {
        return waitingStart(sent, paper).plusDays(WAITING_DAYS);
    }

    /**
     * Returns the most a penalty clause may claim from a consumer for an outstanding amount: 20 € up to 150 €;
     * 30 € plus 10 % of the part between 150.01 € and 500 €; 65 € plus 5 % of the part above 500 €; never more than
     * 2 000 €.
     */
    static Amount penaltyCap(Amount outstanding) {
        if (!outstanding.isGreaterThan(THRESHOLD_LOW)) {
            return CAP_LOW;
        }
        if (!outstanding.isGreaterThan(THRESHOLD_HIGH)) {
            return CAP_MIDDLE_BASE.plus(outstanding.minus(THRESHOLD_LOW).multipliedBy(TEN_PERCENT, Amount.ROUNDING));
        }
        Amount cap = CAP_HIGH_BASE.plus(outstanding.minus(THRESHOLD_HIGH).multipliedBy(FIVE_PERCENT, Amount.ROUNDING));
        return cap.min(CAP_MAXIMUM);
    }
}
