/**
 * The sample data set shipped with the examples: an invented SME's aged-balance export of about 200 open invoices
 * ({@link org.recouvrement.examples.sample.SampleData}).
 */
package org.recouvrement.examples.sample;
