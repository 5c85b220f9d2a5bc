package org.recouvrement.calendar;

/**
 * Which day Saint-Martin commemorates the abolition of slavery (<i>commémoration de l'abolition de l'esclavage</i>),
 * C. trav. art. L3422-2. The sources disagree, so the choice is the caller's.
 *
 * <p>Décret n° 83-1003 du 23 novembre 1983, as amended by décret n° 2012-553 du 23 avril 2012, sets 27 May. Since
 * 2018 the interministerial circulars on the commemorations of slavery allow Saint-Martin to celebrate on 28 May,
 * following the deliberation of its territorial council of 5 November 2015, and the prefecture treats 28 May as the
 * public holiday of L3422-2.
 */
public enum SaintMartinAbolitionDay {

    /**
     * 28 May from 2018, as the circulars and the prefecture apply it; 27 May before. The default.
     */
    MAY_28_SINCE_2018,

    /**
     * 27 May every year, as décret n° 83-1003 reads.
     */
    MAY_27_AS_DECREED
}
