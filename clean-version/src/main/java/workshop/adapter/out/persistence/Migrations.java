package workshop.adapter.out.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.tools.Restore;

/**
 * The schema's versions, {@code src/main/resources/db/migration/V<n>__<what>.sql}, applied by Flyway at start, in
 * order, once each. What is pending is applied whole or not at all: a migration that fails leaves the database as
 * it was, and the app does not start.
 */
public final class Migrations {

    private Migrations() {}

    /** Brings the schema up to date; when a migration fails, closes the pool and throws {@link Failed}. */
    static void apply(HikariDataSource pool, ClassLoader resources) {
        boolean h2 = pool.getJdbcUrl().startsWith("jdbc:h2:");
        Flyway flyway = Flyway.configure(resources)
                .dataSource(pool)
                // A database made before there were migrations (by the schema.sql of earlier versions) holds version
                // 1's table: Flyway takes it as version 1 and applies only what comes after. An empty one gets all.
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .baselineDescription("made before migrations")
                .group(!h2) // all that is pending in one transaction, which PostgreSQL undoes whole on a failure
                .skipDefaultCallbacks(true) // there are none: spares looking for them at each start
                .load();
        Optional<Path> copy = h2 ? copyOfFileBeforeChanging(pool, flyway) : Optional.empty();
        try {
            flyway.migrate();
            copy.ifPresent(Migrations::delete);
        } catch (FlywayException e) {
            pool.close();
            copy.ifPresent(Migrations::putBack);
            throw new Failed(e);
        }
    }

    /**
     * H2 commits each change to the schema at once, so no transaction can undo a migration that fails half-way. A
     * file database about to be migrated is copied first (H2's online backup), to be put back on a failure.
     */
    private static Optional<Path> copyOfFileBeforeChanging(HikariDataSource pool, Flyway flyway) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet path = statement.executeQuery("CALL DATABASE_PATH()"); // null in memory: nothing to keep
            String database = path.next() ? path.getString(1) : null;
            if (database == null || flyway.info().pending().length == 0) {
                return Optional.empty();
            }
            Path copy = Path.of(database + ".before-migrating.zip");
            statement.execute("BACKUP TO '" + copy.toString().replace("'", "''") + "'");
            return Optional.of(copy);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the database before migrating it", e);
        }
    }

    private static void putBack(Path copy) {
        String name = copy.getFileName().toString().replace(".before-migrating.zip", "");
        Restore.execute(copy.toString(), copy.toAbsolutePath().getParent().toString(), name);
        delete(copy);
    }

    private static void delete(Path copy) {
        try {
            Files.delete(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A migration failed: the database was left as it was. Says which, and what the database answered. */
    public static final class Failed extends RuntimeException {

        Failed(FlywayException cause) {
            super("a migration of the database failed, and the database was left as it was; fix the migration"
                    + " (src/main/resources/db/migration) and start again. " + cause.getMessage(), cause);
        }
    }
}
