package org.recouvrement.route;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.recouvrement.law.Explanation;
import org.recouvrement.law.LegalReference;
import org.recouvrement.law.Reason;

/**
 * Collects the reasons of one route's assessment and turns them into a {@link RouteOption}: the worst finding wins
 * (ineligible over needs review over eligible), and every reason is kept in the order found.
 */
final class Outcome {

    private enum Level { ELIGIBLE, NEEDS_REVIEW, INELIGIBLE }

    private final RouteKind kind;
    private final List<Reason> reasons = new ArrayList<>();
    private final List<Reason> missingSteps = new ArrayList<>();
    private final List<RouteDeadline> deadlines = new ArrayList<>();
    private final EnumSet<Level> levels = EnumSet.of(Level.ELIGIBLE);
    private final List<CompetentForum> forum = new ArrayList<>(1);
    private final List<RuleAnswer> lawyer = new ArrayList<>(1);
    private final List<RuleAnswer> appeal = new ArrayList<>(1);

    Outcome(RouteKind kind) {
        this.kind = kind;
    }

    Outcome because(String text, LegalReference... references) {
        reasons.add(Reason.of(text, references));
        return this;
    }

    Outcome because(Explanation explanation) {
        reasons.addAll(explanation.reasons());
        return this;
    }

    Outcome review(String text, LegalReference... references) {
        levels.add(Level.NEEDS_REVIEW);
        return because(text, references);
    }

    Outcome closed(String text, LegalReference... references) {
        levels.add(Level.INELIGIBLE);
        return because(text, references);
    }

    Outcome closed(Explanation explanation) {
        levels.add(Level.INELIGIBLE);
        return because(explanation);
    }

    Outcome missing(String step, LegalReference... references) {
        missingSteps.add(Reason.of(step, references));
        return this;
    }

    Outcome forum(CompetentForum value) {
        forum.clear();
        forum.add(value);
        return this;
    }

    Outcome lawyer(boolean mandatory, String why, LegalReference... references) {
        lawyer.clear();
        lawyer.add(new RuleAnswer(mandatory, Reason.of(why, references)));
        return this;
    }

    Outcome appeal(boolean appealable, String why, LegalReference... references) {
        appeal.clear();
        appeal.add(new RuleAnswer(appealable, Reason.of(why, references)));
        return this;
    }

    Outcome deadline(RouteDeadline value) {
        deadlines.add(value);
        return this;
    }

    boolean isClosed() {
        return levels.contains(Level.INELIGIBLE);
    }

    private static <T> Optional<T> last(List<T> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    RouteOption build() {
        Explanation explanation = Explanation.of(reasons);
        Eligibility eligibility;
        Level level = levels.contains(Level.INELIGIBLE) ? Level.INELIGIBLE
                : levels.contains(Level.NEEDS_REVIEW) ? Level.NEEDS_REVIEW : Level.ELIGIBLE;
        switch (level) {
            case INELIGIBLE:
                eligibility = new Eligibility.Ineligible(explanation);
                break;
            case NEEDS_REVIEW:
                eligibility = new Eligibility.NeedsReview(explanation);
                break;
            default:
                eligibility = new Eligibility.Eligible(explanation);
                break;
        }
        deadlines.sort((a, b) -> a.lastDay().compareTo(b.lastDay()));
        return RouteOption.builder()
                .kind(kind)
                .eligibility(eligibility)
                .forum(last(forum))
                .lawyerMandatory(last(lawyer))
                .appealable(last(appeal))
                .addAllMissingPriorSteps(missingSteps)
                .addAllDeadlines(deadlines)
                .build();
    }
}
