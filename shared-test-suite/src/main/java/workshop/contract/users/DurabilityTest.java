package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.UserAssertions.assertUser;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.InProcess;
import workshop.contract.support.ProcessApp;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.UserAssertions;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Settings": "The app stops cleanly on SIGTERM: it takes no new connection, lets the requests
 * under way finish and answer (for up to 5 s), then closes the database; a user whose creation was answered 201
 * is never lost from a file database."
 * <p>
 * The app as an OS process of its own, stopped as a service manager does (SIGTERM) and as a crash does
 * (SIGKILL), on a file database; skipped against a live server.
 */
@Contract
@DisplayName("The app stops cleanly on SIGTERM and a user whose creation was answered 201 is never lost"
        + " from a file database")
class DurabilityTest {

    /** Clients that keep the app busy while it is stopped, and how many answers they wait for before the stop. */
    private static final int CLIENTS = 8, ANSWERS_BEFORE_THE_STOP = 200;

    private final InProcess inProcess;
    /** Every user answered 201 in this test, as last answered; clients under load add to it in parallel. */
    private final List<User> answered = Collections.synchronizedList(new ArrayList<>());
    /** Where the test's file database lives, across the app's restarts. */
    @TempDir
    Path directory;

    DurabilityTest(InProcess inProcess) {
        this.inProcess = inProcess;
    }

    // One test for the quiet and the busy stop: each start of the app is a JVM of its own, seconds on two cores.
    @Test
    @DisplayName("on SIGTERM, even under load, the app exits cleanly and fails no request: each gets its answer"
            + " or none at all; restarted, it has every user as answered, and new ids go on above")
    void stopsCleanlyOnSigtermUnderLoad() throws Exception {
        List<Reply> failed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (ProcessApp app = start()) {
            answered.add(Users.create(app.api()));
            answered.add(Users.create(app.api(), "Zoë Ødegård 🚀", Users.uniqueEmail()));
            answered.add(Users.createSuspended(app.api()));
            CountDownLatch loaded = new CountDownLatch(ANSWERS_BEFORE_THE_STOP);
            List<Future<?>> load = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                load.add(clients.submit(() -> createAndListUntilStopped(app.api(), failed, loaded)));
            }
            assertThat(loaded.await(30, TimeUnit.SECONDS)).as("%d answers under load", ANSWERS_BEFORE_THE_STOP).isTrue();

            assertThat(app.terminate()).as("exit code after SIGTERM; output:%n%s", app.output()).isIn(0, 143);
            for (Future<?> client : load) {
                client.get(30, TimeUnit.SECONDS);
            }
            // A database closed before the server has stopped fails the requests still running.
            assertThat(app.output()).as("output after SIGTERM").doesNotContainPattern("Exception|\\tat ");
            assertThat(failed).as("answers other than 200 and 201 up to the SIGTERM").isEmpty();
        } finally {
            clients.shutdownNow();
        }
        try (InProcess.Instance app = restart()) {
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
        try (InProcess.Instance app = restart()) {
            assertEveryAnsweredUserIsThere(app.api());
            createAboveEveryAnsweredId(app.api());
        }
    }

    /** Creates a user and lists the first page, again and again, until the app no longer answers. */
    private void createAndListUntilStopped(Api api, List<Reply> failed, CountDownLatch loaded) {
        try {
            while (true) {
                String email = Users.uniqueEmail();
                Reply created = api.post("/users", Users.body(Users.NAME, email));
                if (created.status() == 201) {
                    answered.add(UserAssertions.assertCreated(created, Users.NAME, email));
                } else {
                    failed.add(created);
                }
                Reply listed = api.get("/users?limit=100");
                if (listed.status() != 200) {
                    failed.add(listed);
                }
                loaded.countDown();
            }
        } catch (UncheckedIOException stopped) {
            // no answer: the app has stopped, which a client must expect of a server shutting down
        }
    }

    /** The app as a process of its own, on the test's database, kept across its restarts. */
    private ProcessApp start() {
        return inProcess.startProcess(inProcess.keptDatabase(directory));
    }

    /** The app again on that database, in this JVM: a process of its own costs a second of CPU, and tells no more. */
    private InProcess.Instance restart() {
        return inProcess.start(inProcess.keptDatabase(directory));
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
