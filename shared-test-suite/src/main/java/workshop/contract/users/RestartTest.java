package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.Problems.assertNoUser;
import static workshop.contract.support.UserAssertions.assertUser;

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
 * docs/API.md, "Settings": {@code DB_URL} may be "an H2 file URL such as {@code jdbc:h2:./data/users}", which
 * "keeps users across restarts", or a PostgreSQL database; "The user": an id is "never reused within a database,
 * even after a delete".
 * Skipped against a live server.
 */
@Contract
@DisplayName("a user whose creation was answered 201 is never lost from a file database")
class RestartTest {

    private final InProcess inProcess;

    RestartTest(InProcess inProcess) {
        this.inProcess = inProcess;
    }

    @Test
    @DisplayName("users survive a restart as they were, and new ids continue above the old ones, deleted ones included")
    void keepsUsersAcrossARestart(@TempDir Path directory) {
        DatabaseSettings database = inProcess.keptDatabase(directory);
        User kept;
        User suspended;
        User deleted;
        try (InProcess.Instance app = inProcess.start(database)) {
            kept = Users.create(app.api());
            suspended = Users.createSuspended(app.api());
            deleted = Users.create(app.api());
            assertThat(app.api().delete(deleted.path()).status()).isEqualTo(204);
        }

        try (InProcess.Instance app = inProcess.start(database)) {
            assertUser(app.api().get(kept.path()), kept);
            assertUser(app.api().get(suspended.path()), suspended);
            assertNoUser(app.api().get(deleted.path()), deleted.id());
            assertThat(Users.create(app.api()).id()).isGreaterThan(deleted.id());
        }
    }
}
