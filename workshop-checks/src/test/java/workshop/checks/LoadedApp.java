package workshop.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.UUID;
import workshop.contract.DatabaseSettings;

/**
 * An app started in this JVM from compiled classes that are not on the class path (a tree's build, or a copy
 * of it), through a class loader of its own over this module's libraries: two apps with the same class names
 * can run side by side. It listens on a free port of 127.0.0.1, on a new in-memory database.
 */
final class LoadedApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();

    private final URLClassLoader loader;
    private final AutoCloseable app;
    private final String baseUrl;

    private LoadedApp(URLClassLoader loader, AutoCloseable app, String baseUrl) {
        this.loader = loader;
        this.app = app;
        this.baseUrl = baseUrl;
    }

    /** {@code App.start(new Settings("127.0.0.1", 0, ...))}, by reflection, from these class and resource folders. */
    static LoadedApp start(Path... folders) throws Exception {
        String inMemory = "jdbc:h2:mem:loaded-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return start(new DatabaseSettings(inMemory, "sa", ""), folders);
    }

    /** The same, on that database. */
    static LoadedApp start(DatabaseSettings database, Path... folders) throws Exception {
        URL[] urls = new URL[folders.length];
        for (int i = 0; i < folders.length; i++) {
            urls[i] = folders[i].toUri().toURL();
        }
        URLClassLoader loader = new URLClassLoader(urls, LoadedApp.class.getClassLoader());
        Class<?> settings = loader.loadClass("workshop.Settings");
        Object anyPort = settings.getConstructor(String.class, int.class, String.class, String.class, String.class)
                .newInstance("127.0.0.1", 0, database.url(), database.user(), database.password());
        // JTE finds the precompiled templates through the thread's context class loader as the app starts: the app's.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        AutoCloseable app;
        try {
            app = (AutoCloseable) loader.loadClass("workshop.App").getMethod("start", settings).invoke(null, anyPort);
        } finally {
            thread.setContextClassLoader(before);
        }
        return new LoadedApp(loader, app, "http://127.0.0.1:" + app.getClass().getMethod("port").invoke(app));
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Sends a request as it is (redirects are not followed), with a body of that type unless the type is null. */
    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, contentType == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return HTTP.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        try (loader) {
            app.close();
        }
    }
}
