package org.recouvrement.examples.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.recouvrement.claim.Claim;
import org.recouvrement.examples.format.CaseJson;
import org.recouvrement.examples.format.EventType;
import org.recouvrement.recovery.CaseEvent;
import org.recouvrement.recovery.RecoveryCase;

/**
 * An append-only event store for recovery cases on an embedded H2 database, in plain JDBC: the claim of each case
 * once, then its events in the order they were recorded, never updated nor deleted.
 *
 * <p><b>Optimistic concurrency.</b> Each case has a version, the number of events recorded for it. A writer reads the
 * case and its version, decides, and appends its events saying which version it read
 * ({@link #append(String, long, List)}). If another writer appended in between, the append fails with a
 * {@link ConcurrentAppendException} and records nothing; the writer reloads and decides again.
 * {@link #update(String, Function, int)} runs that loop. Two writers therefore never lose an event: each append
 * either lands whole after everything its writer saw, or not at all. The database enforces it twice: the case's
 * version moves only from the expected value, and an event's number is unique within its case.
 *
 * <pre>{@code
 * try (CaseStore store = CaseStore.inFile(Path.of("target/cases"))) {
 *     store.create(file);                                   // version = number of events
 *     store.update(file.id(), stored -> List.of(
 *             new CaseEvent.ActionExecuted(asOf, "formal-notice")), 5);
 *     RecoveryCase reloaded = store.load(file.id()).orElseThrow().file();
 * }
 * }</pre>
 *
 * <p>The schema (two tables, {@code recovery_case} and {@code case_event}) is created on opening if absent. Claims and
 * events are kept in the JSON case format ({@link CaseJson}), with the event's kind and date in their own columns for
 * queries. Thread-safe: connections come from a pool, one per call.
 */
public final class CaseStore implements AutoCloseable {

    private static final String SCHEMA_CASES = "CREATE TABLE IF NOT EXISTS recovery_case ("
            + "case_id VARCHAR(255) PRIMARY KEY, "
            + "currency CHAR(3) NOT NULL, "
            + "claim CLOB NOT NULL, "
            + "version BIGINT NOT NULL CHECK (version >= 0))";
    private static final String SCHEMA_EVENTS = "CREATE TABLE IF NOT EXISTS case_event ("
            + "case_id VARCHAR(255) NOT NULL REFERENCES recovery_case (case_id), "
            + "version BIGINT NOT NULL CHECK (version > 0), "
            + "event_type VARCHAR(60) NOT NULL, "
            + "event_date DATE NOT NULL, "
            + "payload CLOB NOT NULL, "
            + "PRIMARY KEY (case_id, version))";

    /** H2's and the SQL standard's codes for a conflict that a retry may resolve. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int H2_LOCK_TIMEOUT = 50200;

    private final JdbcConnectionPool pool;

    private CaseStore(String url, String user, String password) {
        this.pool = JdbcConnectionPool.create(url, user, password);
        pool.setMaxConnections(64);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(SCHEMA_CASES);
            statement.execute(SCHEMA_EVENTS);
        } catch (SQLException e) {
            pool.dispose();
            throw new CaseStoreException("cannot create the schema at " + url, e);
        }
    }

    /**
     * Opens a store in memory, which lives until {@link #close()}.
     *
     * @param name a name for the database, distinct per store wanted
     * @return the store
     */
    public static CaseStore inMemory(String name) {
        Objects.requireNonNull(name, "name");
        return new CaseStore("jdbc:h2:mem:" + name, "sa", "");
    }

    /**
     * Opens a store in a database file, created if absent.
     *
     * @param file the database file, without H2's {@code .mv.db} suffix
     * @return the store
     */
    public static CaseStore inFile(Path file) {
        Objects.requireNonNull(file, "file");
        return new CaseStore("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
    }

    /**
     * Opens a store at any H2 address, such as a server's.
     *
     * @param url the JDBC address, {@code jdbc:h2:...}
     * @param user the user
     * @param password the password
     * @return the store
     */
    public static CaseStore open(String url, String user, String password) {
        return new CaseStore(Objects.requireNonNull(url, "url"), Objects.requireNonNull(user, "user"),
                Objects.requireNonNull(password, "password"));
    }

    /**
     * Records a new case: its claim and the events it already has.
     *
     * @param file the case
     * @return its version, the number of its events
     * @throws DuplicateCaseException if the store already holds a case with that identifier
     */
    public long create(RecoveryCase file) {
        Objects.requireNonNull(file, "file");
        Claim claim = file.claim();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO recovery_case (case_id, currency, claim, version) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, file.id());
                    insert.setString(2, claim.currency().getCurrencyCode());
                    insert.setString(3, CaseJson.writeClaim(claim));
                    insert.setLong(4, file.events().size());
                    insert.executeUpdate();
                }
                insertEvents(connection, file.id(), 0, file.events());
                connection.commit();
                return file.events().size();
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new DuplicateCaseException(file.id());
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new CaseStoreException("cannot create case " + file.id(), e);
        }
    }

    /**
     * Appends events to a case, provided no other writer appended since the caller read it.
     *
     * @param caseId the case's identifier
     * @param expectedVersion the version the caller read, from {@link StoredCase#version()}
     * @param events the events to record, in the order they happened
     * @return the case's new version
     * @throws ConcurrentAppendException if the case is no longer at the expected version; nothing was recorded
     * @throws UnknownCaseException if the store holds no such case
     */
    public long append(String caseId, long expectedVersion, List<? extends CaseEvent> events) {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(events, "events");
        long newVersion = expectedVersion + events.size();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int updated;
                try (PreparedStatement bump = connection.prepareStatement(
                        "UPDATE recovery_case SET version = ? WHERE case_id = ? AND version = ?")) {
                    bump.setLong(1, newVersion);
                    bump.setString(2, caseId);
                    bump.setLong(3, expectedVersion);
                    updated = bump.executeUpdate();
                }
                if (updated != 1) {
                    connection.rollback();
                    throw conflictOrUnknown(connection, caseId, expectedVersion);
                }
                insertEvents(connection, caseId, expectedVersion, events);
                connection.commit();
                return newVersion;
            } catch (SQLException e) {
                connection.rollback();
                if (isConflict(e)) {
                    throw new ConcurrentAppendException(caseId, expectedVersion, "a later version (" + e.getSQLState()
                            + ")");
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new CaseStoreException("cannot append to case " + caseId, e);
        }
    }

    /**
     * Loads a case, its claim and every event recorded for it, at a consistent version.
     *
     * @param caseId the case's identifier
     * @return the case and its version, or empty if the store holds no such case
     */
    public Optional<StoredCase> load(String caseId) {
        Objects.requireNonNull(caseId, "caseId");
        try (Connection connection = pool.getConnection()) {
            Claim claim;
            Currency currency;
            long version;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT currency, claim, version FROM recovery_case WHERE case_id = ?")) {
                select.setString(1, caseId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    currency = Currency.getInstance(row.getString(1));
                    claim = CaseJson.readClaim(row.getString(2));
                    version = row.getLong(3);
                }
            }
            List<CaseEvent> events = new ArrayList<>();
            // Events numbered up to the version read were committed with it: the pair is consistent even while
            // another writer appends.
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT payload FROM case_event WHERE case_id = ? AND version <= ? ORDER BY version")) {
                select.setString(1, caseId);
                select.setLong(2, version);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(CaseJson.readEvent(rows.getString(1), currency));
                    }
                }
            }
            if (events.size() != version) {
                throw new CaseStoreException("case " + caseId + " is at version " + version + " but has "
                        + events.size() + " events", null);
            }
            return Optional.of(new StoredCase(RecoveryCase.of(claim, events), version, List.copyOf(events)));
        } catch (SQLException e) {
            throw new CaseStoreException("cannot load case " + caseId, e);
        }
    }

    /**
     * Returns the identifiers of every case in the store.
     *
     * @return the identifiers, in ascending order
     */
    public List<String> caseIds() {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT case_id FROM recovery_case ORDER BY case_id")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return List.copyOf(ids);
        } catch (SQLException e) {
            throw new CaseStoreException("cannot list the cases", e);
        }
    }

    /**
     * Loads every case of the store.
     *
     * @return the cases, in ascending order of identifier
     */
    public List<StoredCase> loadAll() {
        List<StoredCase> cases = new ArrayList<>();
        for (String id : caseIds()) {
            load(id).ifPresent(cases::add);
        }
        return List.copyOf(cases);
    }

    /**
     * Reads a case, asks the caller what to record, and appends it; if another writer appended in between, reads
     * the case again and asks again, up to a number of attempts. The decision must depend only on the case it is
     * given, since it may run more than once.
     *
     * @param caseId the case's identifier
     * @param decision what to record given the case as stored; an empty list records nothing
     * @param maxAttempts how many times to try, at least 1
     * @return the case as stored after the append
     * @throws ConcurrentAppendException if every attempt met another writer's append
     * @throws UnknownCaseException if the store holds no such case
     */
    public StoredCase update(String caseId, Function<StoredCase, List<? extends CaseEvent>> decision,
            int maxAttempts) {
        Objects.requireNonNull(decision, "decision");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts " + maxAttempts + " must be at least 1");
        }
        for (int attempt = 1; ; attempt++) {
            StoredCase stored = load(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
            List<? extends CaseEvent> events = List.copyOf(decision.apply(stored));
            if (events.isEmpty()) {
                return stored;
            }
            try {
                long version = append(caseId, stored.version(), events);
                List<CaseEvent> recorded = new ArrayList<>(stored.recorded());
                recorded.addAll(events);
                return new StoredCase(stored.file().withEvents(events), version, List.copyOf(recorded));
            } catch (ConcurrentAppendException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
            }
        }
    }

    /**
     * Closes the pool's connections; an in-memory store's data is gone.
     */
    @Override
    public void close() {
        pool.dispose();
    }

    private static void insertEvents(Connection connection, String caseId, long after,
            List<? extends CaseEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO case_event "
                + "(case_id, version, event_type, event_date, payload) VALUES (?, ?, ?, ?, ?)")) {
            long version = after;
            for (CaseEvent event : events) {
                insert.setString(1, caseId);
                insert.setLong(2, ++version);
                insert.setString(3, EventType.of(event).name());
                insert.setObject(4, event.date());
                insert.setString(5, CaseJson.writeEvent(event));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static RuntimeException conflictOrUnknown(Connection connection, String caseId, long expected)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version FROM recovery_case WHERE case_id = ?")) {
            select.setString(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new UnknownCaseException(caseId);
                }
                return new ConcurrentAppendException(caseId, expected, "version " + row.getLong(1));
            }
        }
    }

    private static boolean isConflict(SQLException e) {
        for (Throwable link = e; link != null; link = link.getCause()) {
            for (SQLException next = link instanceof SQLException s ? s : null; next != null;
                    next = next.getNextException()) {
                if (UNIQUE_VIOLATION.equals(next.getSQLState()) || SERIALIZATION_FAILURE.equals(next.getSQLState())
                        || next.getErrorCode() == H2_LOCK_TIMEOUT) {
                    return true;
                }
            }
        }
        return false;
    }
}
