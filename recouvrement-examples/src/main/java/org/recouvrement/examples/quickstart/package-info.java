/**
 * The README's quick start ({@link org.recouvrement.examples.quickstart.QuickStart}): from one claim to its limitation
 * date, its interest statement, its open routes and a formal notice as PDF.
 */
package org.recouvrement.examples.quickstart;
