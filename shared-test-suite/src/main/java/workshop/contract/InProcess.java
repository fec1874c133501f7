package workshop.contract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;

/**
 * Starts apps of a test's own, for the rules that need a fresh database (ids start at 1, are never
 * reused, survive a restart). Against a live server those tests are skipped: its database is not fresh.
 */
final class InProcess {

    private final AppLauncher launcher;

    InProcess(AppLauncher launcher) {
        this.launcher = launcher;
    }

    static InProcess disabled() {
        return new InProcess(null);
    }

    static String newInMemoryDatabaseUrl() {
        return "jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    Instance startOnNewDatabase() {
        return start(newInMemoryDatabaseUrl());
    }

    Instance start(String dbUrl) {
        assumeTrue(launcher != null,
                "needs a fresh database; runs only in-process, not against -D" + ContractTarget.BASE_URL_PROPERTY);
        RunningApp app = launcher.start(dbUrl);
        return new Instance(app, new Api(app.baseUrl()));
    }

    /** An app of the test's own; closing it stops the server and closes its database. */
    record Instance(RunningApp app, Api api) implements AutoCloseable {

        @Override
        public void close() {
            app.close();
        }
    }
}
