package workshop.model;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.SerializableTransactionRunner;

/** The database, H2 or PostgreSQL: a pool of connections, with the schema brought up to date at start. */
public final class Database implements AutoCloseable {

    /**
     * What the databases answer when a transaction should simply run again: a lock held past its timeout (H2 HYT00,
     * PostgreSQL 55P03; 2 s on both), a deadlock (H2 40001, PostgreSQL 40P01), a serialization failure (40001).
     */
    private static final Set<String> RUN_AGAIN = Set.of("HYT00", "55P03", "40001", "40P01");

    /**
     * H2's own settings. H2 closes a database in a shutdown hook of its own, which runs alongside the app's: on a
     * SIGTERM under load, requests still running would fail, so the app closes it, after the server. And H2 writes
     * commits to disk up to 500 ms late by default: a 201 must mean the user is on disk.
     */
    private static final String H2_SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        // A unit of work holds its row lock for a few statements, so another one waits milliseconds. Should a wait
        // ever pass the timeout (a stalled machine), Jdbi runs the whole transaction again rather than fail the
        // request: its work only reads and writes the database, so it can.
        jdbi.setTransactionHandler(new SerializableTransactionRunner() {
            @Override
            protected boolean isSqlState(String serializationFailure, Throwable failure) {
                return RUN_AGAIN.stream().anyMatch(state -> super.isSqlState(state, failure));
            }
        });
    }

    /** Opens a pool on {@code url} and migrates the schema; throws {@link Migrations.Failed}, having changed nothing. */
    public static Database open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        if (url.startsWith("jdbc:h2:")) {
            config.setJdbcUrl(url + H2_SETTINGS);
        } else {
            config.setJdbcUrl(url);
            config.addDataSourceProperty("options", "-c lock_timeout=2s"); // PostgreSQL would wait for a lock forever
        }
        config.setUsername(user);
        config.setPassword(password);
        HikariDataSource pool = new HikariDataSource(config);
        Migrations.apply(pool);
        return new Database(pool);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.close();
    }
}
