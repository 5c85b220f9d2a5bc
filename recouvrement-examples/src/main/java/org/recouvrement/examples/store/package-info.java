/**
 * A database-backed case store: an append-only event store on embedded H2, in plain JDBC, with optimistic
 * concurrency so that two writers never lose an event ({@link org.recouvrement.examples.store.CaseStore}).
 */
package org.recouvrement.examples.store;
