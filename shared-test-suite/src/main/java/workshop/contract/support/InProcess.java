package workshop.contract.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.UUID;
import workshop.contract.AppLauncher;
import workshop.contract.RunningApp;

/**
 * Starts apps of a test's own, for the rules that need a fresh database (ids start at 1, are never
 * reused, survive a restart), in this JVM or as processes of their own. Against a live server those
 * tests are skipped: its database is not fresh, and it is not the suite's to stop.
 */
public final class InProcess {

    private final AppLauncher launcher;

    InProcess(AppLauncher launcher) {
        this.launcher = launcher;
    }

    static InProcess disabled() {
        return new InProcess(null);
    }

    /** Whether the contract runs against a live server, where it starts no app of its own. */
    public boolean againstALiveServer() {
        return launcher == null;
    }

    static String newInMemoryDatabaseUrl() {
        return "jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** An H2 file database in that directory: it keeps users across restarts. */
    public static String fileDatabaseUrl(Path directory) {
        return "jdbc:h2:" + directory.toAbsolutePath().resolve("users");
    }

    public Instance startOnNewDatabase() {
        return start(newInMemoryDatabaseUrl());
    }

    public Instance start(String dbUrl) {
        RunningApp app = launcher("needs a fresh database; runs only in-process").start(dbUrl);
        return new Instance(app, new Api(app.baseUrl()));
    }

    /** The app as an OS process of its own, for a test to stop with a signal; see {@link ProcessApp}. */
    public ProcessApp startProcess(String dbUrl) {
        String mainClass = launcher("sends the app SIGTERM and SIGKILL; runs only on apps it starts").mainClass();
        assumeTrue(mainClass != null, "sends the app SIGTERM and SIGKILL; runs only on an app whose classes are on"
                + " this JVM's class path");
        return ProcessApp.start(mainClass, dbUrl);
    }

    private AppLauncher launcher(String whySkipped) {
        assumeTrue(launcher != null, whySkipped + ", not against -D" + ContractTarget.BASE_URL_PROPERTY);
        return launcher;
    }

    /** An app of the test's own; closing it stops the server and closes its database. */
    public record Instance(RunningApp app, Api api) implements AutoCloseable {

        @Override
        public void close() {
            app.close();
        }
    }
}
