/**
 * What an ERP integration looks like: reading an aged-balance export into recovery cases
 * ({@link org.recouvrement.examples.erp.AgedBalanceExport}) and an integrator's own rule built on the library's values
 * ({@link org.recouvrement.examples.erp.AgedBalance}).
 */
package org.recouvrement.examples.erp;
