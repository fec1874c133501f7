package workshop.checks;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Path;
import java.util.List;
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
        var contract = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectPackage("workshop.contract"))
                .filters(includeClassNamePatterns(".*Test"))
                .build();
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
