package org.recouvrement.route;

import java.time.LocalDate;
import java.util.Optional;
import org.recouvrement.calendar.Calendars;
import org.recouvrement.party.Territory;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.spi.PublicHolidayCalendar;

/**
 * CDE Book XIX (<i>dettes du consommateur</i>), in force 1 September 2023 for contracts concluded from that date and
 * for all amicable recovery carried out from 1 December 2023: the first reminder is free, and no cost may be charged
 * before a wait of 14 calendar days that starts on the third working day after a paper reminder is sent, or on the
 * day after an e-mail reminder.
 *
 * <p>The 14 days are read as including the day they start on, so the wait's last day is the start plus 13 days.
 */
final class BelgianConsumerRules {

    static final LocalDate ALL_RECOVERY_FROM = LocalDate.of(2023, 12, 1);

    private final PublicHolidayCalendar belgium = Calendars.forTerritory(Territory.BELGIUM);

    boolean bookXixApplies(RouteFacts f) {
        LocalDate asOf = f.asOf();
        if (asOf.isBefore(RouteLaw.BOOK_XIX_IN_FORCE)) {
            return false;
        }
        return !f.claim().issueDate().isBefore(RouteLaw.BOOK_XIX_IN_FORCE) || !asOf.isBefore(ALL_RECOVERY_FROM);
    }

    /** The first reminder sent under Book XIX, if any. */
    Optional<CaseEvent> firstReminder(RouteFacts f) {
        for (CaseEvent event : f.file().eventsUntil(f.asOf())) {
            if ((event instanceof CaseEvent.ReminderSent || event instanceof CaseEvent.FormalNoticeSent)
                    && !event.date().isBefore(RouteLaw.BOOK_XIX_IN_FORCE)) {
                return Optional.of(event);
            }
        }
        return Optional.empty();
    }

    /** The last day of the 14-day wait after the first reminder, if one was sent. */
    Optional<LocalDate> waitEnds(RouteFacts f) {
        return firstReminder(f).map(this::waitEnds);
    }

    LocalDate waitEnds(CaseEvent reminder) {
        ContactChannel channel = reminder instanceof CaseEvent.ReminderSent r ? r.channel()
                : ((CaseEvent.FormalNoticeSent) reminder).channel();
        LocalDate start;
        if (channel == ContactChannel.EMAIL) {
            start = reminder.date().plusDays(1);
        } else {
            start = reminder.date();
            int working = 0;
            while (working < 3) {
                start = start.plusDays(1);
                if (belgium.isWorkingDay(start)) {
                    working++;
                }
            }
        }
        return start.plusDays(13);
    }
}
