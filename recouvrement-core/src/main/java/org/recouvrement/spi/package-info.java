/**
 * Extension points: small interfaces an integrator implements to supply data the library cannot ship or know in
 * advance, such as a court's local non-working days or statutory rates published after the library's release.
 *
 * <p>Each interface documents, in a "Specification for implementors" section, its thread-safety, immutability and
 * allowed exceptions. Resolution order wherever the library needs one: an explicit argument, then
 * {@link java.util.ServiceLoader}, then the built-in default.
 */
package org.recouvrement.spi;
