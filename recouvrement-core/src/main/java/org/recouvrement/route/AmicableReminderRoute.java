package org.recouvrement.route;

import java.util.List;
import org.recouvrement.law.LegalReference;
import org.recouvrement.recovery.CaseEvent;

/** Amicable reminder (<i>relance amiable</i>): the first step, by the creditor, at any time after the due date. */
final class AmicableReminderRoute implements RouteRule {

    private final BelgianConsumerRules belgianConsumers;

    AmicableReminderRoute(BelgianConsumerRules belgianConsumers) {
        this.belgianConsumers = belgianConsumers;
    }

    @Override
    public RouteKind kind() {
        return RouteKind.AMICABLE_REMINDER;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.CIV_1344, RouteLaw.CIV_2240);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        if (f.debtorIsBelgianConsumer() && belgianConsumers.bookXixApplies(f)
                && belgianConsumers.firstReminder(f).isEmpty()) {
            o.closed("The debtor is a consumer in Belgium: the first reminder must be the free reminder of CDE Book "
                    + "XIX, with its mandatory mentions", RouteLaw.CDE_XIX);
            o.missing("Send the free first reminder of CDE Book XIX", RouteLaw.CDE_XIX);
        }
        Stops.timeBarredAmicably(f, o);
        Stops.disputeNeedsReview(f, o, "answer the dispute with the evidence of the claim before reminding",
                Stops.CIV_1353);
        o.because("The creditor may remind the debtor of the unpaid claim at any time after it fell due; a reminder "
                + "does not interrupt limitation, only an acknowledgement, a court action or an enforcement measure "
                + "does", RouteLaw.CIV_2240);
        long reminders = f.file().eventsUntil(f.asOf()).stream().filter(e -> e instanceof CaseEvent.ReminderSent)
                .count();
        if (reminders > 0) {
            o.because(reminders + " reminder(s) already sent, the last on "
                    + f.latest(CaseEvent.ReminderSent.class).orElseThrow().date());
        }
        o.forum(CompetentForum.builder().forum(Forum.CREDITOR).territorialRule("sent by the creditor or its "
                + "collection agency; an agency must include the mentions of CPCE art. R124-4")
                .addReferences(RouteLaw.CPCE_L111_8).build());
        return o.build();
    }
}
