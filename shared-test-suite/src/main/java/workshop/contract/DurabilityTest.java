package workshop.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.UserAssertions.assertUser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as an OS process of its own, stopped as a service manager does (SIGTERM) and as a crash does
 * (SIGKILL), on a file database; skipped against a live server.
 */
@Contract
@DisplayName("The app stops cleanly on SIGTERM and a user whose creation was answered 201 is never lost"
        + " from a file database")
class DurabilityTest {

    private final InProcess inProcess;
    /** Every user answered 201 in this test, as last answered. */
    private final List<User> answered = new ArrayList<>();
    /** Where the test's file database lives, across the app's restarts. */
    @TempDir
    Path directory;

    DurabilityTest(InProcess inProcess) {
        this.inProcess = inProcess;
    }

    @Test
    @DisplayName("on SIGTERM the app exits cleanly; restarted, it has every user as answered, and new ids go on above")
    void stopsCleanlyOnSigterm() {
        try (ProcessApp app = start()) {
            answered.add(Users.create(app.api()));
            answered.add(Users.create(app.api(), "Zoë Ødegård 🚀", Users.uniqueEmail()));
            answered.add(Users.createSuspended(app.api()));

            assertThat(app.terminate()).as("exit code after SIGTERM; output:%n%s", app.output()).isIn(0, 143);
            assertThat(app.output()).as("output after SIGTERM").doesNotContainPattern("Exception|\\tat ");
        }
        try (ProcessApp app = start()) {
            assertEveryAnsweredUserIsThere(app.api());
            createAboveEveryAnsweredId(app.api());
            createAboveEveryAnsweredId(app.api());
        }
    }

    @Test
    @DisplayName("a user answered 201 right before a SIGKILL is there after a restart, and its id is never reused")
    void keepsAUserAnsweredRightBeforeSigkill() {
        try (ProcessApp app = start()) {
            answered.add(Users.create(app.api()));
            answered.add(Users.create(app.api()));
            // No time to write later what the 201 promised: a commit must be on disk before it is answered.
            app.kill();
        }
        try (ProcessApp app = start()) {
            assertEveryAnsweredUserIsThere(app.api());
            createAboveEveryAnsweredId(app.api());
        }
    }

    /** The app as a process of its own, on the test's file database. */
    private ProcessApp start() {
        return inProcess.startProcess(InProcess.fileDatabaseUrl(directory));
    }

    private void assertEveryAnsweredUserIsThere(Api api) {
        answered.forEach(user -> assertUser(api.get(user.path()), user));
    }

    private void createAboveEveryAnsweredId(Api api) {
        long highest = answered.stream().mapToLong(User::id).max().orElseThrow();
        User created = Users.create(api);
        assertThat(created.id()).as("id of a new user, above every id answered before").isGreaterThan(highest);
        answered.add(created);
    }
}
