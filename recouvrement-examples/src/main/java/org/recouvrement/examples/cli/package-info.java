/**
 * The command line {@code recouvrement} ({@link org.recouvrement.examples.cli.Recouvrement}), built with picocli into
 * an executable jar: {@code deadline} computes a procedural time limit; {@code limitation}, {@code interest},
 * {@code routes}, {@code decide} and {@code letter} read a case in the JSON case format.
 */
package org.recouvrement.examples.cli;
