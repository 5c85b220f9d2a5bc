package org.recouvrement.examples.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.recouvrement.examples.sample.SampleData;
import org.recouvrement.limitation.LimitationAssessment;
import org.recouvrement.limitation.LimitationAssessor;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;
import org.recouvrement.route.RouteAdvisor;
import org.recouvrement.route.RouteKind;

/**
 * A day's review of a portfolio kept in the {@link CaseStore}: reload every case, ask the library where it stands
 * (its limitation period, its recovery routes), carry out the amicable step it calls for, and record that step back
 * in the store, once, even when several reviews run at the same time.
 *
 * <p>The program plays the ERP. For a case whose recommended step is a reminder or a formal notice it "sends" it (an
 * ERP would send the e-mail or the registered letter here) and records {@link CaseEvent.ReminderSent} or
 * {@link CaseEvent.FormalNoticeSent} with an {@link CaseEvent.ActionExecuted} whose id names the review's day. A
 * judicial step is left to a person. The decision is made inside {@link CaseStore#update}, from the case as stored:
 * if another writer appended in between, the store reloads the case and the decision is made again on what it now
 * holds, so the step recorded by the other writer is seen and not recorded twice. Running the review again the same
 * day records nothing.
 *
 * <pre>
 * ./mvnw -q -pl recouvrement-examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=org.recouvrement.examples.store.CaseStoreExample \
 *     -Dexec.args="recouvrement-examples/target/cases 2026-11-23"
 * </pre>
 */
public final class CaseStoreExample {

    /** The day the review is for unless told otherwise: the Monday after the sample's export. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 23);

    /** How many times a case is reloaded and decided again when other writers append to it first. */
    private static final int ATTEMPTS = 5;

    private CaseStoreExample() {
    }

    /**
     * What a review found and did.
     *
     * @param cases the cases reviewed
     * @param timeBarred the cases already time-barred
     * @param expiringSoon the cases whose limitation period ends within {@link RouteAdvisor#URGENCY_DAYS} days, with
     *     their last day, by case identifier
     * @param recommended how many cases the route advisor recommends each step for, in the order of the steps
     * @param recorded the steps this review recorded, by case identifier
     */
    public record Review(int cases, int timeBarred, Map<String, LocalDate> expiringSoon,
            Map<RouteKind, Integer> recommended, Map<String, RouteKind> recorded) {

        /**
         * Copies the review's maps.
         *
         * @param cases the cases reviewed
         * @param timeBarred the cases already time-barred
         * @param expiringSoon the cases about to become time-barred
         * @param recommended the steps recommended
         * @param recorded the steps recorded
         */
        public Review {
            expiringSoon = Collections.unmodifiableMap(new TreeMap<>(expiringSoon));
            Map<RouteKind, Integer> steps = new EnumMap<>(RouteKind.class);
            steps.putAll(recommended);
            recommended = Collections.unmodifiableMap(steps);
            recorded = Collections.unmodifiableMap(new TreeMap<>(recorded));
        }
    }

    /**
     * Opens the store (in a file if one is named, otherwise in memory), fills it with the sample data if it is empty,
     * and runs the review.
     *
     * @param args optionally the database file (without H2's {@code .mv.db}) and the day of the review
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LocalDate asOf = args.length > 1 ? LocalDate.parse(args[1]) : DEFAULT_AS_OF;
        try (CaseStore store = args.length > 0 ? CaseStore.inFile(Path.of(args[0])) : CaseStore.inMemory("review")) {
            if (store.caseIds().isEmpty()) {
                SampleData.cases().forEach(store::create);
            }
            print(review(store, asOf), asOf, out);
        }
    }

    /**
     * Reviews every case of the store on a day and records the amicable steps carried out.
     *
     * @param store the store
     * @param asOf the day of the review
     * @return what the review found and recorded
     */
    public static Review review(CaseStore store, LocalDate asOf) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(asOf, "asOf");
        RouteAdvisor advisor = RouteAdvisor.standard();
        int cases = 0;
        int timeBarred = 0;
        Map<String, LocalDate> expiringSoon = new TreeMap<>();
        Map<RouteKind, Integer> recommended = new EnumMap<>(RouteKind.class);
        Map<String, RouteKind> recorded = new TreeMap<>();
        for (String caseId : store.caseIds()) {
            Decision decision = new Decision(advisor, asOf);
            StoredCase stored = store.update(caseId, decision, ATTEMPTS);
            cases++;
            decision.step.ifPresent(step -> recommended.merge(step, 1, Integer::sum));
            if (!decision.events.isEmpty()) {
                recorded.put(caseId, decision.step.orElseThrow());
            }
            LimitationAssessment limitation = LimitationAssessor.assess(stored.file(), asOf);
            if (limitation.isTimeBarred()) {
                timeBarred++;
            } else {
                limitation.expiry().filter(last -> !last.isAfter(asOf.plusDays(RouteAdvisor.URGENCY_DAYS)))
                        .ifPresent(last -> expiringSoon.put(caseId, last));
            }
        }
        return new Review(cases, timeBarred, expiringSoon, recommended, recorded);
    }

    /**
     * What to record for a case as stored; the store may call it again on a newer version of the case. It keeps what
     * its last call decided: that is what the store recorded, if anything.
     */
    private static final class Decision implements Function<StoredCase, List<? extends CaseEvent>> {
        private final RouteAdvisor advisor;
        private final LocalDate asOf;
        private Optional<RouteKind> step = Optional.empty();
        private List<CaseEvent> events = List.of();

        Decision(RouteAdvisor advisor, LocalDate asOf) {
            this.advisor = advisor;
            this.asOf = asOf;
        }

        @Override
        public List<CaseEvent> apply(StoredCase stored) {
            step = advisor.assess(stored.file(), asOf).recommended();
            events = step.map(route -> carryOut(stored.file(), route, asOf)).orElse(List.of());
            return events;
        }
    }

    /**
     * The events that record a step carried out today: the reminder or formal notice sent, and the action with the
     * review's id. Nothing if the case already records this review's action, or if the step is not amicable.
     */
    static List<CaseEvent> carryOut(RecoveryCase file, RouteKind step, LocalDate asOf) {
        if (file.events().stream().anyMatch(event -> isThisReview(event, asOf))) {
            return List.of();
        }
        CaseEvent.ActionExecuted done = new CaseEvent.ActionExecuted(asOf, actionId(step, asOf));
        switch (step) {
            case AMICABLE_REMINDER:
                return List.of(new CaseEvent.ReminderSent(asOf, ContactChannel.EMAIL), done);
            case FORMAL_NOTICE:
                return List.of(new CaseEvent.FormalNoticeSent(asOf, ContactChannel.REGISTERED_LETTER), done);
            default:
                return List.of();
        }
    }

    /** The id of the step a review carries out: {@code review-2026-11-23/formal-notice}. */
    static String actionId(RouteKind step, LocalDate asOf) {
        return reviewPrefix(asOf) + step.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String reviewPrefix(LocalDate asOf) {
        return "review-" + asOf + "/";
    }

    private static boolean isThisReview(CaseEvent event, LocalDate asOf) {
        return event instanceof CaseEvent.ActionExecuted action && action.actionId().startsWith(reviewPrefix(asOf));
    }

    static void print(Review review, LocalDate asOf, PrintStream out) {
        out.println("Review of " + asOf + ": " + review.cases() + " cases");
        line(out, "time-barred already", review.timeBarred());
        line(out, "time-barred within " + RouteAdvisor.URGENCY_DAYS + " days", review.expiringSoon().size());
        review.expiringSoon().entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.println("    " + e.getKey() + "  last day " + e.getValue()));
        out.println("Recommended next step");
        review.recommended().forEach((step, count) -> line(out, step.name(), count));
        out.println("Recorded by this review: " + review.recorded().size() + " steps carried out");
    }

    private static void line(PrintStream out, String label, int count) {
        out.println(String.format(Locale.ROOT, "  %-36s %4d", label, count));
    }
}
