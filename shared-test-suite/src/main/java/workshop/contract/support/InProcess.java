package workshop.contract.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.stream.Stream;
import workshop.contract.AppLauncher;
import workshop.contract.DatabaseSettings;
import workshop.contract.RunningApp;

/**
 * Starts apps of a test's own, for the rules that need a fresh database (ids start at 1, are never
 * reused, survive a restart), in this JVM or as processes of their own. Against a live server those
 * tests are skipped: its database is not fresh, and it is not the suite's to stop.
 */
public final class InProcess {

    private final AppLauncher launcher;
    private final Databases databases;

    InProcess(AppLauncher launcher, Databases databases) {
        this.launcher = launcher;
        this.databases = databases;
    }

    static InProcess disabled() {
        return new InProcess(null, null);
    }

    /** Whether the contract runs against a live server, where it starts no app of its own. */
    public boolean againstALiveServer() {
        return launcher == null;
    }

    /**
     * A database that keeps users across the app's restarts, the same one each time it is asked for with that
     * directory: an H2 file in it, or a database of its own on the run's PostgreSQL server.
     */
    public DatabaseSettings keptDatabase(Path directory) {
        return databases().kept(directory);
    }

    /** Whether the run's databases are H2's, the apps' default. */
    public boolean onH2() {
        return databases instanceof Databases.H2;
    }

    public Instance startOnNewDatabase() {
        return start(databases().fresh());
    }

    public Instance start(DatabaseSettings database) {
        RunningApp app = launcher("needs a fresh database; runs only in-process").start(database);
        return new Instance(app, new Api(app.baseUrl()));
    }

    /**
     * The app in this JVM with those folders on its class path too (more migrations, say): they are on the class
     * path of the thread that starts it, where an app looks for its resources as it starts.
     */
    public Instance start(DatabaseSettings database, Path... moreClassPath) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader more = new URLClassLoader(urls(moreClassPath), before)) {
            thread.setContextClassLoader(more);
            return start(database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static URL[] urls(Path... folders) {
        return Stream.of(folders).map(folder -> {
            try {
                return folder.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }).toArray(URL[]::new);
    }

    /** The app as an OS process of its own, for a test to stop with a signal; see {@link ProcessApp}. */
    public ProcessApp startProcess(DatabaseSettings database, Path... moreClassPath) {
        return ProcessApp.start(mainClass(), database, moreClassPath);
    }

    /** The app as a process that must refuse to start; returns once it has exited. */
    public ProcessApp startProcessThatRefuses(DatabaseSettings database, Path... moreClassPath) {
        return ProcessApp.refusedToStart(mainClass(), database, moreClassPath);
    }

    private String mainClass() {
        String mainClass = launcher("stops an app process of its own; runs only on apps it starts").mainClass();
        assumeTrue(mainClass != null, "stops an app process of its own; runs only on an app whose classes are on"
                + " this JVM's class path");
        return mainClass;
    }

    private Databases databases() {
        launcher("needs a database of its own; runs only in-process");
        return databases;
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
