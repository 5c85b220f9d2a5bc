package org.recouvrement.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.recouvrement.InvalidValueException;
import org.recouvrement.MissingValueException;

class ReasonTest {

    private static final LegalReference NOTICE = LegalCode.CIVIL_CODE.article("1344");

    @Test
    void aLazyReasonComposesItsSentenceOnlyWhenAsked() {
        AtomicInteger composed = new AtomicInteger();
        LocalDate sent = LocalDate.of(2026, 3, 2);
        Reason lazy = Reason.lazy(() -> {
            composed.incrementAndGet();
            return "The formal notice was sent on " + sent;
        }, NOTICE);
        assertEquals(0, composed.get());
        assertEquals(List.of(NOTICE), lazy.references());
        assertEquals(0, composed.get());
        assertEquals("The formal notice was sent on 2026-03-02", lazy.text());
        assertEquals("The formal notice was sent on 2026-03-02 [C. civ. art. 1344]", lazy.toString());
    }

    @Test
    void aLazyReasonEqualsTheReasonGivenItsSentence() {
        Reason given = Reason.of("The formal notice was sent on 2026-03-02", NOTICE);
        Reason lazy = Reason.lazy(() -> "The formal notice was sent on " + LocalDate.of(2026, 3, 2), List.of(NOTICE));
        assertEquals(given, lazy);
        assertEquals(lazy, given);
        assertEquals(given.hashCode(), lazy.hashCode());
        assertNotEquals(Reason.of("The formal notice was sent on 2026-03-02"), lazy);
        assertEquals(Explanation.of(given), Explanation.of(lazy));
    }

    @Test
    void aLazyReasonRefusesABlankSentenceWhenAsked() {
        Reason blank = Reason.lazy(() -> " ");
        assertThrows(InvalidValueException.class, blank::text);
        assertThrows(InvalidValueException.class, Reason.lazy(() -> null)::text);
        assertThrows(MissingValueException.class, () -> Reason.lazy(null));
        assertThrows(InvalidValueException.class, () -> Reason.of(" "));
    }
}
