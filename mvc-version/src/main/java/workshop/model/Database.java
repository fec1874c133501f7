package workshop.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/** The database: a pool of H2 connections, with the schema created when it is missing. */
public final class Database implements AutoCloseable {

    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    public static Database open(String url) {
        // H2 closes a database in a shutdown hook of its own, which runs alongside the app's: on a
        // SIGTERM under load, requests still running would fail. The app closes it, after the server.
        Database database = new Database(JdbcConnectionPool.create(url + ";DB_CLOSE_ON_EXIT=FALSE", "sa", ""));
        database.jdbi.useHandle(handle -> handle.createScript(schema()).execute());
        return database;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private static String schema() {
        try (InputStream in = Database.class.getResourceAsStream("/schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
