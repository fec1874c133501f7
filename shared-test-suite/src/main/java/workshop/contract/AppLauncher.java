package workshop.contract;

/**
 * How the contract starts an app in-process, on a free port of 127.0.0.1, with the database it is given,
 * or as an OS process of its own, from its main class. Each app's tests provide one through
 * {@code META-INF/services/workshop.contract.AppLauncher}: that is all the suite knows of an app.
 * With {@code -Dcontract.baseUrl=...} no launcher is needed.
 */
public interface AppLauncher {

    /** Starts the app on that database and returns once it answers requests. */
    RunningApp start(DatabaseSettings database);

    /**
     * The class whose {@code main} starts the app from the environment's PORT, HOST and database settings; null
     * when the app's classes are not on this JVM's class path, so that it cannot run as a process of its own.
     */
    String mainClass();
}
