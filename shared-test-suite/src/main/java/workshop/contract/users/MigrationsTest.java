package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.UserAssertions.assertUser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.contract.DatabaseSettings;
import workshop.contract.support.Contract;
import workshop.contract.support.InProcess;
import workshop.contract.support.ProcessApp;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * README, "Migrations": each {@code db/migration/V<n>__<what>.sql} on the app's class path is applied once, in
 * order, at start; "a migration that fails stops the app with a message saying so, and leaves the database as it
 * was". The migration here is the test's own, put on the app's class path: the app that refuses it runs as a
 * process of its own, to be seen exiting. Skipped against a live server.
 */
@Contract
@DisplayName("a migration that fails stops the app with a message saying so, and leaves the database as it was")
class MigrationsTest {

    /** A version far above the apps' own, so that it comes after every one of theirs. */
    private static final String MIGRATION = "db/migration/V9000__contract_check.sql";
    private static final String CREATE = "CREATE TABLE contract_check (id INT);\n";

    private final InProcess inProcess;

    MigrationsTest(InProcess inProcess) {
        this.inProcess = inProcess;
    }

    @Test
    @DisplayName("a migration whose second statement fails: exit code 1, a message and no stack trace; mended, it"
            + " applies, which it could not had its first statement stayed, and every user is there")
    void aMigrationThatFailsChangesNothing(@TempDir Path directory, @TempDir Path classes) throws IOException {
        DatabaseSettings database = inProcess.keptDatabase(directory);
        List<User> users;
        try (InProcess.Instance app = inProcess.start(database)) {
            users = List.of(Users.create(app.api()), Users.createSuspended(app.api()));
        }

        write(classes, CREATE + "SELECT no_such_column FROM contract_check;\n");
        ProcessApp refused = inProcess.startProcessThatRefuses(database, classes);
        assertThat(refused.exitCode()).as("exit code; output:%n%s", refused.output()).isEqualTo(1);
        assertThat(refused.output()).as("output")
                .contains("did not start: a migration of the database failed, and the database was left as it was")
                .contains("V9000__contract_check.sql")
                .doesNotContainPattern("\\tat ");

        write(classes, CREATE);
        try (InProcess.Instance app = inProcess.start(database, classes)) {
            users.forEach(user -> assertUser(app.api().get(user.path()), user));
        }
    }

    private static void write(Path classes, String sql) throws IOException {
        Path file = classes.resolve(MIGRATION);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
    }
}
