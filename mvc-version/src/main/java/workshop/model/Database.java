package workshop.model;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.SerializableTransactionRunner;

/** The database: a pool of H2 connections, with the schema created when it is missing. */
public final class Database implements AutoCloseable {

    /** What H2 answers when a lock was held past its timeout (2 s by default). */
    private static final String LOCK_TIMEOUT = "HYT00";

    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        // A unit of work holds its row lock for a few statements, so another one waits milliseconds. Should
        // a wait ever pass H2's timeout (a stalled machine), Jdbi runs the whole transaction again rather
        // than fail the request: its work only reads and writes the database, so it can.
        jdbi.setTransactionHandler(new SerializableTransactionRunner());
        jdbi.getConfig(SerializableTransactionRunner.Configuration.class).setSerializationFailureSqlState(LOCK_TIMEOUT);
    }

    public static Database open(String url) {
        HikariConfig config = new HikariConfig();
        // H2 closes a database in a shutdown hook of its own, which runs alongside the app's: on a
        // SIGTERM under load, requests still running would fail. The app closes it, after the server.
        config.setJdbcUrl(url + ";DB_CLOSE_ON_EXIT=FALSE");
        config.setUsername("sa");
        Database database = new Database(new HikariDataSource(config));
        database.jdbi.useHandle(handle -> handle.createScript(schema()).execute());
        return database;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String schema() {
        try (InputStream in = Database.class.getResourceAsStream("/schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
