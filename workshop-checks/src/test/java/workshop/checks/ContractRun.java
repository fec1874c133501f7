package workshop.checks;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.TagFilter.excludeTags;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The whole contract suite, run here against an app that {@link StageLauncher} starts from these folders. */
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

    /**
     * The failures of these classes of the contract, named without their package (whichever of the contract's
     * packages holds them), run as a student runs them: against an app already running. The contract reads the
     * app's address from a system property; this module's test classes run one at a time.
     */
    static List<String> liveFailures(String baseUrl, String... contractClasses) {
        System.setProperty("contract.baseUrl", baseUrl);
        try {
            return failures(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectPackage("workshop.contract"))
                    .filters(includeClassNamePatterns(
                            Arrays.stream(contractClasses).map(name -> ".*\\." + name).toArray(String[]::new)))
                    .build());
        } finally {
            System.clearProperty("contract.baseUrl");
        }
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
}
