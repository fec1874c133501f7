package workshop.adapter.out.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final CompletableFuture<Void> migrated;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        // Beside the rest of the app's start: connecting (H2 opening its file, say) and Flyway take a good part of
        // a second in a new JVM, as does the web server, and a machine has more than one core.
        ClassLoader resources = Thread.currentThread().getContextClassLoader(); // where the migrations are
        this.migrated = CompletableFuture.runAsync(() -> {
            connect(pool); // a database that cannot be reached is not a migration that failed
            Migrations.apply(pool, resources);
        }, task -> new Thread(task, "migrations").start()); // not the JVM's shared pool: 1 thread on 2 cores
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

    /** Opens a pool on {@code url} and starts migrating the schema: see {@link #awaitMigrated()}. */
    public static Database open(String url, String user, String password) {
        HikariDataSource pool = new HikariDataSource(); // connects on first use: the migrations', see the constructor
        if (url.startsWith("jdbc:h2:")) {
            pool.setJdbcUrl(url + H2_SETTINGS);
        } else {
            pool.setJdbcUrl(url);
            pool.addDataSourceProperty("options", "-c lock_timeout=2s"); // PostgreSQL would wait for a lock forever
        }
        pool.setUsername(user);
        pool.setPassword(password);
        return new Database(pool);
    }

    /** Opens the pool's first connection; throws, as the pool itself does, when the database cannot be reached. */
    private static void connect(HikariDataSource pool) {
        try (Connection first = pool.getConnection()) {
            // back to the pool, which keeps it
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the database", e);
        }
    }

    /**
     * Returns once the schema is up to date, to be called before the first request; throws {@link
     * Migrations.Failed}, having changed nothing and closed the pool, when a migration fails.
     */
    public void awaitMigrated() {
        try {
            migrated.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.close();
    }
}
