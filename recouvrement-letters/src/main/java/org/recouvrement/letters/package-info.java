/**
 * The documents the library's decisions call for: reminders, formal notices and court documents, rendered as text,
 * HTML and PDF in French, Dutch and English. {@link org.recouvrement.letters.LetterFormatting} writes dates and
 * amounts for a letter's language, independently of the machine's default locale.
 */
package org.recouvrement.letters;
