/**
 * Rendering of letters: {@link org.recouvrement.letters.render.LetterRenderer} checks a letter's mandatory mentions,
 * fills its templates (logic-less Mustache, HTML-escaped by default, never running code) and writes plain text,
 * standalone HTML with print-ready A4 CSS, or PDF/A-3b with an embedded font. Every
 * {@link org.recouvrement.letters.render.RenderedDocument} carries its bytes, media type, SHA-256 digest and a
 * {@link org.recouvrement.letters.render.DocumentSnapshot snapshot} of what the document claimed.
 *
 * <p>Templates are files an integrator can override without recompiling: see
 * {@link org.recouvrement.letters.render.LetterRenderer.Builder}.
 */
package org.recouvrement.letters.render;
