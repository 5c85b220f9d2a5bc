package org.recouvrement.route;

import java.util.List;
import java.util.Optional;
import org.recouvrement.law.LegalReference;
import org.recouvrement.recovery.CaseEvent;

/**
 * Belgium, CDE Book XIX (<i>dettes du consommateur</i>): a professional's first reminder to a consumer is free of
 * charge and states the amount due, the creditor's name and enterprise number, the due date and the product, and a
 * wait of at least 14 calendar days before any cost; before 1 September 2023 (and for older contracts until
 * 30 November 2023) the law of 20 December 2002 applied instead.
 */
final class BelgianConsumerFirstReminderRoute implements RouteRule {

    private final BelgianConsumerRules rules;

    BelgianConsumerFirstReminderRoute(BelgianConsumerRules rules) {
        this.rules = rules;
    }

    @Override
    public RouteKind kind() {
        return RouteKind.BELGIAN_CONSUMER_FIRST_REMINDER;
    }

    @Override
    public List<LegalReference> legalBasis() {
        return List.of(RouteLaw.CDE_XIX);
    }

    @Override
    public RouteOption assess(RouteFacts f) {
        Outcome o = new Outcome(kind());
        if (!f.debtorIsBelgianConsumer()) {
            o.closed("The Book XIX first reminder concerns a professional's claim against a consumer domiciled in "
                    + "Belgium", RouteLaw.CDE_XIX);
            return o.build();
        }
        if (!rules.bookXixApplies(f)) {
            o.closed("CDE Book XIX applies from 1 September 2023 (to older contracts from 1 December 2023); before, "
                    + "the law of 20 December 2002 requires a formal notice giving at least 15 days",
                    RouteLaw.CDE_XIX, RouteLaw.BE_LOI_2002);
            return o.build();
        }
        Stops.owedAndDue(f, o);
        Stops.noInsolvency(f, o);
        Stops.timeBarredAmicably(f, o);
        Optional<CaseEvent> first = rules.firstReminder(f);
        if (first.isPresent()) {
            o.closed("The first reminder was sent on " + first.get().date() + "; the 14-day wait before any cost ends "
                    + rules.waitEnds(first.get()) + " inclusive", RouteLaw.CDE_XIX);
            return o.build();
        }
        o.because("The first reminder must be free of charge and state the remaining amount, the amount of any "
                + "penalty if unpaid within 14 days, the creditor's name and enterprise number, the due date and the "
                + "product or service, and the wait of at least 14 calendar days", RouteLaw.CDE_XIX);
        o.because("The wait starts on the third working day after a paper reminder is sent, or the day after an "
                + "e-mail reminder", RouteLaw.CDE_XIX);
        o.forum(CompetentForum.builder().forum(Forum.CREDITOR).territorialRule("sent by the creditor, or a debt "
                + "collector registered with the FPS Economy").addReferences(RouteLaw.CDE_XIX).build());
        return o.build();
    }
}
