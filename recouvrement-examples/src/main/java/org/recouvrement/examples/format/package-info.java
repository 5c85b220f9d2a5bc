/**
 * The file formats of a recovery case: the JSON case format the command line reads and writes ({@link
 * org.recouvrement.examples.format.CaseJson}, described in {@code docs/CASE-FORMAT.md}), and the vocabulary of case
 * events ({@link org.recouvrement.examples.format.EventType}) shared by that format, the CSV export and the case
 * store.
 */
package org.recouvrement.examples.format;
