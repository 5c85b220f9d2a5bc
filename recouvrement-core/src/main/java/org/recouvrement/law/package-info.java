/**
 * The law as data: {@link org.recouvrement.law.LegalReference citations}, the
 * {@link org.recouvrement.law.Explanation explanation} every answer carries, and
 * {@link org.recouvrement.law.LegalTimeline versioned rules} that give the law in force on the date asked about.
 */
package org.recouvrement.law;
