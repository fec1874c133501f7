package workshop.contract;

/** An app started by an {@link AppLauncher}; closing it stops the server and closes its database. */
public interface RunningApp extends AutoCloseable {

    /** Where the app listens, such as {@code http://127.0.0.1:53117}, with no trailing slash. */
    String baseUrl();

    @Override
    void close();
}
