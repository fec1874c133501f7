package workshop.contract.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import workshop.contract.DatabaseSettings;

/**
 * The app under test as an OS process of its own, started from its main class on this JVM's class path,
 * so that a test can stop it as an operator would: SIGTERM ({@link #terminate}) or SIGKILL ({@link #kill}).
 */
public final class ProcessApp implements AutoCloseable {

    /** What an app prints once it listens, such as {@code mvc-version serves http://127.0.0.1:53117/users}. */
    private static final Pattern SERVES = Pattern.compile("serves (http://\\S+)/users");
    private static final long START_SECONDS = 15;
    private static final long STOP_SECONDS = 10;

    private final Process process;
    private final Thread reader;
    private final StringBuffer output = new StringBuffer();
    /** The base URL once the app says where it serves; null if it exits first or takes too long. */
    private final CompletableFuture<String> baseUrl = new CompletableFuture<>();

    private ProcessApp(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "output of pid " + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Started on that database, with those folders first on its class path (more migrations, say). */
    static ProcessApp start(String mainClass, DatabaseSettings database, Path... moreClassPath) {
        ProcessApp app = launch(mainClass, database, moreClassPath);
        try {
            app.awaitServing(mainClass);
            return app;
        } catch (RuntimeException | Error e) {
            app.close();
            throw e;
        }
    }

    /** An app that must not start: returns once it has exited, failing if it serves. */
    static ProcessApp refusedToStart(String mainClass, DatabaseSettings database, Path... moreClassPath) {
        try (ProcessApp app = launch(mainClass, database, moreClassPath)) {
            String served = app.baseUrl.completeOnTimeout(null, START_SECONDS, TimeUnit.SECONDS).join();
            assertThat(served).as("%s served, and should not have; its output:%n%s", mainClass, app.output()).isNull();
            app.awaitExit("its refusal");
            return app;
        }
    }

    /** The exit code of an app that has exited. */
    public int exitCode() {
        return process.exitValue();
    }

    private static ProcessApp launch(String mainClass, DatabaseSettings database, Path... moreClassPath) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> classPath = new ArrayList<>();
        Stream.of(moreClassPath).map(Path::toString).forEach(classPath::add);
        classPath.add(System.getProperty("java.class.path"));
        // C1 only: the app lives a second or two, so a quicker start beats faster code.
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1",
                "-cp", String.join(File.pathSeparator, classPath), mainClass).redirectErrorStream(true);
        builder.environment().put("PORT", "0");
        builder.environment().put("HOST", "127.0.0.1");
        builder.environment().putAll(database.environment());
        try {
            return new ProcessApp(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass, e);
        }
    }

    public Api api() {
        return new Api(baseUrl.join());
    }

    /** SIGTERM, as a service manager stops the app; returns its exit code once it has exited. */
    public int terminate() {
        assumeTrue(process.supportsNormalTermination(), "needs SIGTERM, which this OS does not have");
        // Through the handle: Process.destroy() would also close the pipe, losing what the app prints as it stops.
        process.toHandle().destroy();
        return awaitExit("SIGTERM");
    }

    /** SIGKILL: the app gets no chance to finish anything, as when it crashes or the OOM killer strikes. */
    public void kill() {
        process.toHandle().destroyForcibly();
        awaitExit("SIGKILL");
    }

    /** Everything the app has printed, stdout and stderr together. */
    public String output() {
        return output.toString();
    }

    /** Kills the app if it still runs: a test that fails half-way leaves no process behind. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitServing(String mainClass) {
        if (baseUrl.completeOnTimeout(null, START_SECONDS, TimeUnit.SECONDS).join() == null) {
            fail("%s did not serve within %d s (%s); its output:%n%s", mainClass, START_SECONDS,
                    process.isAlive() ? "still running" : "exit code " + process.exitValue(), output());
        }
    }

    private int awaitExit(String signal) {
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                fail("still running %d s after %s; its output:%n%s", STOP_SECONDS, signal, output());
            }
            reader.join(TimeUnit.SECONDS.toMillis(STOP_SECONDS)); // the output is whole only once read to its end
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                Matcher serves = SERVES.matcher(line);
                if (serves.find()) {
                    baseUrl.complete(serves.group(1));
                }
            }
        } catch (IOException e) {
            output.append("(output unreadable: ").append(e).append(")\n");
        } finally {
            baseUrl.complete(null);
        }
    }
}
