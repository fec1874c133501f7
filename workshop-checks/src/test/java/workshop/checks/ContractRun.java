package workshop.checks;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.TagFilter.excludeTags;
import static org.junit.platform.launcher.TagFilter.includeTags;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import workshop.contract.AppLauncher;

/**
 * The contract suite, run in this JVM: whole, against an app that {@link StageLauncher} starts from a stage's
 * folders; or as Maven runs it against an app already running, counted as Maven counts it.
 */
final class ContractRun {

    /** The suite module's own test classes, LiveServerTest and its unit tests, as its build leaves them. */
    private static final Path SUITE_TEST_CLASSES = Workshop.ROOT.resolve("shared-test-suite/target/test-classes");

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
     * reads the app's address from a system property; this module's test classes run one at a time.
     */
    static Summary asMaven(String baseUrl, List<String> tags) {
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
            Counts counts = new Counts();
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

    /**
     * Counts as Surefire does: each test that ran or was skipped is run; a test or class that failed with an
     * AssertionError is a failure, with another exception an error; a test whose assumption failed is skipped.
     */
    private static final class Counts implements TestExecutionListener {

        private final AtomicLong run = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private final AtomicLong errors = new AtomicLong();
        private final AtomicLong skipped = new AtomicLong();
        private final List<String> failed = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            run.incrementAndGet();
            skipped.incrementAndGet();
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            switch (result.getStatus()) {
                case SUCCESSFUL -> {
                    if (test.isTest()) {
                        run.incrementAndGet();
                    }
                }
                case ABORTED -> {
                    run.incrementAndGet();
                    skipped.incrementAndGet();
                }
                case FAILED -> {
                    run.incrementAndGet();
                    Throwable cause = result.getThrowable().orElse(null);
                    (cause instanceof AssertionError ? failures : errors).incrementAndGet();
                    String said = cause == null ? "" : String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
                    failed.add(test.getSource().filter(MethodSource.class::isInstance)
                            .map(source -> ((MethodSource) source).getMethodName()).orElse(test.getDisplayName())
                            + " " + said.strip());
                }
            }
        }

        Summary summary() {
            return new Summary(run.get(), failures.get(), errors.get(), skipped.get(), List.copyOf(failed));
        }
    }

    /**
     * The suite module's test class path as Surefire makes it: its test classes in the packages of the contract's
     * own classes (a unit test reaches package-private ones), so both are loaded here, apart from this module's
     * copy of the contract; everything else is this module's. One for all the runs of this JVM: the contract is
     * made to run more than once in one (each run keeps what it finds to itself), and it loads its OpenAPI document once.
     */
    private static final class SuiteModule extends URLClassLoader {

        private static final String CONTRACT = "workshop.contract.";
        private static SuiteModule loader;

        static synchronized SuiteModule get() throws IOException {
            if (loader == null) {
                loader = new SuiteModule();
            }
            return loader;
        }

        private SuiteModule() throws IOException {
            super(new URL[] {SUITE_TEST_CLASSES.toUri().toURL(),
                    AppLauncher.class.getProtectionDomain().getCodeSource().getLocation()},
                    ContractRun.class.getClassLoader());
        }

        /** The classes Surefire runs: named as its default includes say, nested classes aside. */
        ClassSelector[] testClasses() throws IOException {
            try (Stream<Path> files = Files.walk(SUITE_TEST_CLASSES)) {
                List<String> names = files.map(file -> SUITE_TEST_CLASSES.relativize(file).toString())
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> name.replaceFirst("\\.class$", "").replace(File.separatorChar, '.'))
                        .filter(name -> name.replaceFirst(".*\\.", "").matches("Test.*|.*Tests?|.*TestCase"))
                        .sorted().toList();
                if (names.isEmpty()) {
                    throw new IllegalStateException("no test classes in " + SUITE_TEST_CLASSES + ": build shared-test-suite");
                }
                List<ClassSelector> selectors = new ArrayList<>();
                for (String name : names) {
                    selectors.add(selectClass(loadClass(name)));
                }
                return selectors.toArray(ClassSelector[]::new);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(CONTRACT)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = findClass(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            // The contract's packages once, as JUnit scans them for LiveServerTest: these two folders only.
            return name.startsWith("workshop/contract") ? findResources(name) : super.getResources(name);
        }
    }
}
