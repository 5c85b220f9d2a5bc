package org.recouvrement.limitation;

import java.time.LocalDate;

/**
 * Dates on which the law of limitation changed.
 */
final class LawDates {

    private LawDates() {
    }

    /** The day loi 2008-561 came into force (C. civ. art. 2222 al. 2; loi 2008-561 art. 26). */
    static final LocalDate REFORM_2008 = LocalDate.of(2008, 6, 19);

    /** The same day, as an epoch day. */
    static final long REFORM_2008_DAY = REFORM_2008.toEpochDay();

    /** The day the Consumer Code was renumbered (ord. 2016-301): art. L137-2 became art. L218-2. */
    static final LocalDate CONSUMER_CODE_RENUMBERING = LocalDate.of(2016, 7, 1);

    /** The day Belgian former C. civ. art. 2262bis came into force (loi 10 June 1998). */
    static final LocalDate BELGIAN_REFORM_1998 = LocalDate.of(1998, 7, 27);

    /** The day Belgian former C. civ. art. 2244 §2 (formal notice by a lawyer or judicial officer) came into force. */
    static final LocalDate BELGIAN_FORMAL_NOTICE_2013 = LocalDate.of(2013, 7, 11);

    /** The earliest date the library applies a rule from, for versions without a known start. */
    static final LocalDate ORIGIN = LocalDate.MIN;
}
