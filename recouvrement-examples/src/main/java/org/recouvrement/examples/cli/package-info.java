/**
 * The command line {@code recouvrement} ({@link org.recouvrement.examples.cli.Recouvrement}), built with picocli into
 * an executable jar: {@code deadline} computes a procedural time limit; {@code limitation}, {@code interest},
 * {@code routes} and {@code letter} read a case in the JSON case format and answer as a table or as JSON;
 * {@code decide} reads a case or a portfolio and waits for the dunning decision.
 */
package org.recouvrement.examples.cli;
