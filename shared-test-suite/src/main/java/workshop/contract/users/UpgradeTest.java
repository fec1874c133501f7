package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static workshop.contract.support.UserAssertions.assertJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.contract.DatabaseSettings;
import workshop.contract.support.Contract;
import workshop.contract.support.InProcess;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * README, "Migrations": "A file database made before there were migrations is upgraded in place on the first
 * start, and keeps its users." The database is one that the apps made then ({@code v1-database/README.md}).
 * An H2 file: skipped on PostgreSQL, and against a live server.
 */
@Contract
@DisplayName("a file database made before there were migrations is upgraded in place on the first start, and keeps"
        + " its users")
class UpgradeTest {

    private final InProcess inProcess;

    UpgradeTest(InProcess inProcess) {
        this.inProcess = inProcess;
    }

    @Test
    @DisplayName("every user as it was, byte for byte; new ids above the old ones, the deleted one's included; and"
            + " so again after a restart")
    void keepsTheUsersOfADatabaseMadeBeforeMigrations(@TempDir Path directory) throws IOException {
        DatabaseSettings database = inProcess.keptDatabase(directory);
        assumeTrue(inProcess.onH2(), "the database made before migrations is an H2 file");
        copy("users.mv.db", directory);
        String listed = new String(resource("users.json").readAllBytes(), StandardCharsets.UTF_8);

        User created;
        try (InProcess.Instance app = inProcess.start(database)) {
            assertJson(app.api().get("/users"), listed);
            created = Users.create(app.api());
            assertThat(created.id()).as("id of the first user created after the upgrade").isEqualTo(6);
        }
        try (InProcess.Instance app = inProcess.start(database)) {
            assertJson(app.api().get("/users"), listed.substring(0, listed.length() - 1) + "," + created.json() + "]");
        }
    }

    private static void copy(String name, Path directory) throws IOException {
        try (InputStream in = resource(name)) {
            Files.copy(in, directory.resolve(name));
        }
    }

    private static InputStream resource(String name) {
        InputStream in = UpgradeTest.class.getResourceAsStream("/v1-database/" + name);
        assertThat(in).as("v1-database/%s on the class path (shared-test-suite/src/main/resources)", name).isNotNull();
        return in;
    }
}
