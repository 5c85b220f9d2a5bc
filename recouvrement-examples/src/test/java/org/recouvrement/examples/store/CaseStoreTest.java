package org.recouvrement.examples.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recouvrement.examples.sample.SampleData;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.ContactChannel;
import org.recouvrement.recovery.RecoveryCase;

/** The case store against the real embedded database: no mock. */
class CaseStoreTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private CaseStore store;
    private List<RecoveryCase> sample;

    @BeforeEach
    void open() {
        store = CaseStore.inMemory("case-store-test-" + DATABASES.incrementAndGet());
        sample = SampleData.cases();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void reloadsEverySampleCaseUnchanged() {
        for (RecoveryCase file : sample) {
            assertEquals(file.events().size(), store.create(file));
        }
        List<StoredCase> reloaded = store.loadAll();
        assertEquals(sample.size(), reloaded.size());
        for (StoredCase stored : reloaded) {
            RecoveryCase original = sample.stream().filter(c -> c.id().equals(stored.file().id())).findFirst()
                    .orElseThrow();
            assertEquals(original, stored.file());
            assertEquals(original.events().size(), stored.version());
        }
    }

    @Test
    void keepsCasesInAFileAcrossRestarts(@TempDir Path directory) {
        Path file = directory.resolve("cases");
        RecoveryCase first = sample.get(0);
        try (CaseStore onDisk = CaseStore.inFile(file)) {
            onDisk.create(first);
            onDisk.append(first.id(), first.events().size(),
                    List.of(new CaseEvent.ReminderSent(LocalDate.of(2026, 11, 23), ContactChannel.EMAIL)));
        }
        try (CaseStore reopened = CaseStore.inFile(file)) {
            StoredCase stored = reopened.load(first.id()).orElseThrow();
            assertEquals(first.events().size() + 1, stored.version());
            assertEquals(new CaseEvent.ReminderSent(LocalDate.of(2026, 11, 23), ContactChannel.EMAIL),
                    stored.recorded().get(stored.recorded().size() - 1));
        }
    }

    @Test
    void refusesAnAppendFromAStaleVersionAndRecordsNothing() {
        RecoveryCase file = sample.get(5);
        long version = store.create(file);
        LocalDate day = file.claim().dueDate().plusDays(1);
        store.append(file.id(), version, List.of(new CaseEvent.ActionExecuted(day, "first-writer")));

        ConcurrentAppendException conflict = assertThrows(ConcurrentAppendException.class, () -> store.append(
                file.id(), version, List.of(new CaseEvent.ActionExecuted(day, "second-writer"))));

        assertEquals(file.id(), conflict.caseId());
        assertEquals(version, conflict.expectedVersion());
        assertTrue(conflict.getMessage().contains("version " + (version + 1)), conflict.getMessage());
        StoredCase stored = store.load(file.id()).orElseThrow();
        assertEquals(version + 1, stored.version());
        assertEquals(List.of("first-writer"), actionIds(stored));
    }

    @Test
    void namesUnknownAndDuplicateCases() {
        RecoveryCase file = sample.get(0);
        store.create(file);
        assertThrows(DuplicateCaseException.class, () -> store.create(file));
        assertThrows(UnknownCaseException.class, () -> store.append("FA-1999-0001", 0, List.of()));
        assertFalse(store.load("FA-1999-0001").isPresent());
    }

    @Test
    void ofWritersWhoReadTheSameVersionExactlyOneAppends() throws Exception {
        RecoveryCase file = sample.get(10);
        long version = store.create(file);
        int writers = 8;
        CyclicBarrier together = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String id = "writer-" + w;
                outcomes.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        store.append(file.id(), version,
                                List.of(new CaseEvent.ActionExecuted(file.claim().dueDate(), id)));
                        return true;
                    } catch (ConcurrentAppendException e) {
                        return false;
                    }
                }));
            }
            int succeeded = 0;
            for (Future<Boolean> outcome : outcomes) {
                succeeded += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, succeeded);
            assertEquals(version + 1, store.load(file.id()).orElseThrow().version());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twelveWritersRetryingOnTheSameCasesLoseNoEvent() throws Exception {
        List<RecoveryCase> cases = sample.subList(0, 3);
        for (RecoveryCase file : cases) {
            store.create(file);
        }
        int writers = 12;
        int appendsPerWriter = 20;
        AtomicInteger decisions = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < appendsPerWriter; n++) {
                        RecoveryCase target = cases.get((writer + n) % cases.size());
                        String id = "writer-" + writer + "-append-" + n;
                        store.update(target.id(), stored -> {
                            decisions.incrementAndGet();
                            return List.of(new CaseEvent.ActionExecuted(target.claim().dueDate(), id));
                        }, 10_000);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> expected = new HashSet<>();
        for (int w = 0; w < writers; w++) {
            for (int n = 0; n < appendsPerWriter; n++) {
                expected.add("writer-" + w + "-append-" + n);
            }
        }
        Set<String> found = new HashSet<>();
        int total = 0;
        for (RecoveryCase file : cases) {
            StoredCase stored = store.load(file.id()).orElseThrow();
            List<String> ids = actionIds(stored);
            assertEquals(file.events().size() + ids.size(), stored.version(), "the version counts every event");
            total += ids.size();
            found.addAll(ids);
        }
        assertEquals(writers * appendsPerWriter, total, "no event lost, none recorded twice");
        assertEquals(expected, found);
        assertTrue(decisions.get() >= total);
    }

    private static List<String> actionIds(StoredCase stored) {
        List<String> ids = new ArrayList<>();
        for (CaseEvent event : stored.recorded()) {
            if (event instanceof CaseEvent.ActionExecuted action) {
                ids.add(action.actionId());
            }
        }
        return ids;
    }
}
