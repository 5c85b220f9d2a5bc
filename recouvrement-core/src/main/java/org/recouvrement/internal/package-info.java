/**
 * Helpers shared by the concept packages. Not exported: nothing here is API.
 */
package org.recouvrement.internal;
