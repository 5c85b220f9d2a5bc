package org.recouvrement.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recouvrement.examples.sample.SampleData;
import org.recouvrement.examples.store.CaseStoreExample.Review;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.route.RouteKind;

class CaseStoreExampleTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final int SAMPLE_EVENTS = SampleData.cases().stream().mapToInt(c -> c.events().size()).sum();

    /** The sample after one review on {@link #MONDAY}, which the tests only read. */
    private static CaseStore store;
    private static Review review;

    @BeforeAll
    static void reviewTheSampleOnce() {
        store = sampleStore("review-once");
        review = CaseStoreExample.review(store, MONDAY);
    }

    @AfterAll
    static void closeTheStore() {
        store.close();
    }

    @Test
    void reviewsEveryCaseAndRecordsTheAmicableStepsBack() {
        assertEquals(210, review.cases());
        // Every reminder and formal notice recommended is carried out and recorded; judicial steps are not.
        int amicable = review.recommended().getOrDefault(RouteKind.AMICABLE_REMINDER, 0)
                + review.recommended().getOrDefault(RouteKind.FORMAL_NOTICE, 0);
        assertTrue(amicable > 50, review.recommended().toString());
        assertEquals(amicable, review.recorded().size());
        assertTrue(review.recorded().values().stream()
                .allMatch(step -> step == RouteKind.AMICABLE_REMINDER || step == RouteKind.FORMAL_NOTICE));

        // FA-2026-0335: no reminder yet, so a reminder; FA-2026-0301: two reminders, so a formal notice.
        assertEquals(RouteKind.AMICABLE_REMINDER, review.recorded().get("FA-2026-0335"));
        assertEquals(List.of(new CaseEvent.ReminderSent(MONDAY, ContactChannel.EMAIL),
                new CaseEvent.ActionExecuted(MONDAY, "review-2026-11-23/amicable-reminder")),
                lastTwo(store, "FA-2026-0335"));
        assertEquals(RouteKind.FORMAL_NOTICE, review.recorded().get("FA-2026-0301"));
        assertEquals(List.of(new CaseEvent.FormalNoticeSent(MONDAY, ContactChannel.REGISTERED_LETTER),
                new CaseEvent.ActionExecuted(MONDAY, "review-2026-11-23/formal-notice")),
                lastTwo(store, "FA-2026-0301"));
        // Thermique Bâtiment Nord SAS is in liquidation: the proof of claim is for a person, nothing recorded.
        assertFalse(review.recorded().containsKey("FA-2026-0144"));
        assertEquals(SAMPLE_EVENTS + 2L * amicable, events(store));
    }

    @Test
    @DisplayName("Limitation in the review: a business claim due 2022-01-05 whose reminder and formal notice "
            + "interrupted nothing is time-barred after 2027-01-05 (C. com. art. L110-4; C. civ. art. 2240)")
    void listsTheClaimsAboutToBecomeTimeBarred() {
        assertEquals(LocalDate.of(2027, 1, 5), review.expiringSoon().get("FA-2021-0033"));
        assertTrue(review.expiringSoon().values().stream().allMatch(last -> last.isAfter(MONDAY)
                && !last.isAfter(MONDAY.plusDays(90))), review.expiringSoon().toString());
        assertTrue(review.timeBarred() > 0);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CaseStoreExample.print(review, MONDAY, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("Review of 2026-11-23: 210 cases"), out);
        assertTrue(out.contains("    FA-2021-0033  last day 2027-01-05"), out);
        assertTrue(out.contains("Recorded by this review: " + review.recorded().size() + " steps carried out"), out);
    }

    @Test
    void aSecondReviewTheSameDayRecordsNothing() {
        try (CaseStore twice = sampleStore("review-twice")) {
            Review first = CaseStoreExample.review(twice, MONDAY);
            long after = events(twice);
            Review second = CaseStoreExample.review(twice, MONDAY);
            assertTrue(second.recorded().isEmpty(), second.recorded().toString());
            assertEquals(after, events(twice));
            assertEquals(first.cases(), second.cases());

            Review nextDay = CaseStoreExample.review(twice, MONDAY.plusDays(1));
            assertFalse(nextDay.recorded().isEmpty(), "a new day, a new review");
        }
    }

    @Test
    void fourReviewsAtOnceRecordEachStepExactlyOnce() throws Exception {
        Map<String, RouteKind> expected = review.recorded();
        try (CaseStore shared = sampleStore("review-concurrent")) {
            int reviewers = 4;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(reviewers);
            List<Future<Review>> reviews = new ArrayList<>();
            try {
                for (int i = 0; i < reviewers; i++) {
                    Callable<Review> task = () -> {
                        start.await();
                        return CaseStoreExample.review(shared, MONDAY);
                    };
                    reviews.add(pool.submit(task));
                }
                start.countDown();
                Map<String, RouteKind> recorded = new HashMap<>();
                for (Future<Review> reviewer : reviews) {
                    for (Map.Entry<String, RouteKind> step : reviewer.get(5, TimeUnit.MINUTES).recorded().entrySet()) {
                        assertEquals(null, recorded.put(step.getKey(), step.getValue()),
                                step.getKey() + " recorded by two reviews");
                    }
                }
                assertEquals(expected, recorded);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(SAMPLE_EVENTS + 2L * expected.size(), events(shared));
            for (String caseId : shared.caseIds()) {
                long actions = shared.load(caseId).orElseThrow().recorded().stream()
                        .filter(e -> e instanceof CaseEvent.ActionExecuted a && a.actionId().startsWith("review-"))
                        .count();
                assertEquals(expected.containsKey(caseId) ? 1 : 0, actions, caseId);
            }
        }
    }

    @Test
    void theProgramKeepsItsReviewInADatabaseFile(@TempDir Path directory) {
        Path database = directory.resolve("cases");
        CaseStoreExample.main(new String[] {database.toString(), "2026-11-23"});
        try (CaseStore reopened = CaseStore.inFile(database)) {
            assertEquals(210, reopened.caseIds().size());
            assertEquals(CaseStoreExample.actionId(RouteKind.AMICABLE_REMINDER, MONDAY),
                    ((CaseEvent.ActionExecuted) lastTwo(reopened, "FA-2026-0335").get(1)).actionId());
        }
    }

    private static CaseStore sampleStore(String name) {
        CaseStore store = CaseStore.inMemory(name);
        SampleData.cases().forEach(store::create);
        return store;
    }

    private static List<CaseEvent> lastTwo(CaseStore store, String caseId) {
        List<CaseEvent> recorded = store.load(caseId).orElseThrow().recorded();
        return recorded.subList(recorded.size() - 2, recorded.size());
    }

    private static long events(CaseStore store) {
        return store.loadAll().stream().mapToLong(StoredCase::version).sum();
    }
}
