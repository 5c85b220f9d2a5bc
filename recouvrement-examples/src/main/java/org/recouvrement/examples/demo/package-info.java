/**
 * The README's demo ({@link org.recouvrement.examples.demo.Demo}).
 */
package org.recouvrement.examples.demo;
