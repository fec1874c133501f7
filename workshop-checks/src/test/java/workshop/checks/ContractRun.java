package workshop.checks;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.TagFilter.excludeTags;
import static org.junit.platform.launcher.TagFilter.includeTags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The contract suite, run in this JVM: whole, against an app that {@link StageLauncher} starts from a stage's
 * folders; or as Maven runs it against an app already running, counted as Maven counts it.
 */
final class ContractRun {


    private ContractRun() {}

    /** Each failure, as the contract reports it; empty when the app keeps the contract. Runs in this thread. */
    static List<String> failures(Path... classesAndResources) {
        StageLauncher.STAGE.set(List.of(classesAndResources));
        return failures(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("workshop.contract"))
                .filters(includeClassNamePatterns(".*Test"), excludeTags("idle")) // the half minute it waits checks Jetty, not the stage
                .build());
    }

    private static List<String> failures(LauncherDiscoveryRequest contract) {
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(contract, summary);
        TestExecutionSummary result = summary.getSummary();
        if (result.getTestsSucceededCount() == 0) {
            return List.of("the contract ran no test: " + result.getTestsFoundCount() + " found");
        }
        return result.getFailures().stream()
                .map(failure -> failure.getTestIdentifier().getDisplayName() + ": " + failure.getException())
                .toList();
    }

    /**
     * What {@code ./mvnw -pl shared-test-suite test -Dcontract.baseUrl=URL -Dgroups=TAGS} runs against the app
     * already running there, counted as Maven's summary line counts it. Surefire runs the suite module's own test
     * classes: LiveServerTest (the whole contract but the tests tagged unit and idle, those that need a fresh
     * database skipped) and the module's unit tests; with tags, only the tests that have one of them. The contract
     * reads the app's address from a system property, which the whole JVM shares: so the run is made in a JVM of
     * its own (see {@link #main}), and this module's other tests may run beside it.
     */
    static Summary asMaven(String baseUrl, List<String> tags) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djdk.httpclient.keepalive.timeout=20", "-cp", System.getProperty("java.class.path"),
                ContractRun.class.getName(), baseUrl));
        command.addAll(tags);
        try {
            Process run = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            List<String> said = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().toList();
            if (run.waitFor() != 0 || said.isEmpty() || !said.get(0).matches("\\d+ \\d+ \\d+ \\d+")) {
                throw new IllegalStateException("the contract's run against " + baseUrl + " said: " + said);
            }
            long[] counts = java.util.Arrays.stream(said.get(0).split(" ")).mapToLong(Long::parseLong).toArray();
            return new Summary(counts[0], counts[1], counts[2], counts[3], said.subList(1, said.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code ContractRun BASE_URL [TAG...]}: the run of {@link #asMaven}, its counts on a line, then what failed. */
    public static void main(String[] args) {
        Summary summary = inThisJvm(args[0], List.of(args).subList(1, args.length));
        System.out.println(summary.run() + " " + summary.failures() + " " + summary.errors() + " " + summary.skipped());
        summary.failed().forEach(failure -> System.out.println(failure.replace('\n', ' ')));
        System.exit(0); // the contract's client threads are not daemons
    }

    private static Summary inThisJvm(String baseUrl, List<String> tags) {
        System.setProperty("contract.baseUrl", baseUrl);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try {
            SuiteModule suite = SuiteModule.get();
            // JUnit finds the classes of LiveServerTest's packages through the context class loader.
            thread.setContextClassLoader(suite);
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(suite.testClasses())
                    // as the parent pom configures Surefire
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "true");
            if (!tags.isEmpty()) {
                request.filters(includeTags(tags));
            }
            SurefireCounts counts = new SurefireCounts();
            LauncherFactory.create().execute(request.build(), counts);
            return counts.summary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(before);
            System.clearProperty("contract.baseUrl");
        }
    }

    /**
     * A summary line of Maven's, {@code [ERROR] Tests run: 19, Failures: 7, Errors: 0, Skipped: 0}, and the tests
     * that failed (their method's name and the first line of what they said).
     */
    record Summary(long run, long failures, long errors, long skipped, List<String> failed) {

        String line() {
            String level = failures + errors > 0 ? "[ERROR]" : skipped > 0 ? "[WARNING]" : "[INFO]";
            return level + " Tests run: " + run + ", Failures: " + failures + ", Errors: " + errors + ", Skipped: " + skipped;
        }
    }
}
