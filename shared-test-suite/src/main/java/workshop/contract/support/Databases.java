package workshop.contract.support;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;
import workshop.contract.DatabaseSettings;

/**
 * Where the apps that the contract starts keep their users: in H2, the apps' default; or, when the run's
 * configuration parameter {@code contract.database} is {@code postgresql}, on a real PostgreSQL server that the
 * run starts itself ({@link PostgresServer}). Every rule of the contract holds on both.
 */
public interface Databases {

    String PARAMETER = "contract.database";

    /** A new, empty database. */
    DatabaseSettings fresh();

    /** A database that outlives the app, the same one each time it is asked for with that directory. */
    DatabaseSettings kept(Path directory);

    /** The databases of this run, as its configuration parameter {@code contract.database} says. */
    static Databases of(ExtensionContext context) {
        String kind = context.getConfigurationParameter(PARAMETER).orElse("h2");
        return switch (kind) {
            case "h2" -> new H2();
            case "postgresql" -> PostgresServer.get();
            default -> throw new IllegalArgumentException(PARAMETER + " is h2 or postgresql, not " + kind);
        };
    }

    /** H2: a database in memory, or a file in the directory. */
    final class H2 implements Databases {

        @Override
        public DatabaseSettings fresh() {
            return new DatabaseSettings("jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }

        @Override
        public DatabaseSettings kept(Path directory) {
            return new DatabaseSettings("jdbc:h2:" + directory.toAbsolutePath().resolve("users"), "sa", "");
        }
    }
}
