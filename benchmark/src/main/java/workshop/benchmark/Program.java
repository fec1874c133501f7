package workshop.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What to start: a module's classes and libraries (its own class path, as Maven wrote it), its main class, and any
 * setting of its own in its environment.
 */
record Program(String name, String classpath, String mainClass, Map<String, String> environment) {

    /** The same for every server, the ceiling included; the heap bound keeps five JVMs side by side modest. */
    static final List<String> JVM_FLAGS = List.of("-Xmx512m");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Program of(String name, Path root, String module, String mainClass) throws IOException {
        Path target = root.resolve(module).resolve("target");
        String libraries = Files.readString(target.resolve("runtime-classpath.txt")).strip();
        return new Program(name, target.resolve("classes") + File.pathSeparator + libraries, mainClass, Map.of());
    }

    Program with(String variable, Object value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(variable, value.toString());
        return new Program(name, classpath, mainClass, Map.copyOf(more));
    }

    /**
     * Starts it on a free port with a database (null: the app's default, in memory) and returns
     * once /health first answers 200; the time from launch to then is the server's start time.
     */
    Server start(String dbUrl, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", classpath, mainClass));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("HOST", "127.0.0.1");
        builder.environment().put("PORT", "0");
        builder.environment().putAll(environment);
        if (dbUrl != null) {
            builder.environment().put("DB_URL", dbUrl);
        }
        long launched = System.nanoTime();
        Server server = new Server(this, builder.start());
        try {
            int port = CompletableFuture.supplyAsync(server::awaitPort).get(60, TimeUnit.SECONDS);
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build();
            while (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                Thread.sleep(5);
            }
            server.started(port, (System.nanoTime() - launched) / 1e6);
            return server;
        } catch (Exception e) {
            server.close();
            throw new IllegalStateException(name + " did not start; its log: " + log, e);
        }
    }
}
