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
     * database skipped) and the module's unit tests; with tags, only the tests that have one of them. The app's
     * address is a parameter of this run alone (where Maven sets a system property), so other runs of the contract
     * may go on in this JVM meanwhile.
     */
    static Summary asMaven(String baseUrl, List<String> tags) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try {
            SuiteModule suite = SuiteModule.get();
            // JUnit finds the classes of LiveServerTest's packages through the context class loader.
            thread.setContextClassLoader(suite);
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(suite.testClasses())
                    // as the parent pom configures Surefire
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("contract.baseUrl", baseUrl);
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
