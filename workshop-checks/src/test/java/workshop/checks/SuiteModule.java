package workshop.checks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.engine.discovery.ClassSelector;
import workshop.contract.AppLauncher;

/**
 * The suite module's test class path as Surefire makes it: its test classes in the packages of the contract's
 * own classes (a unit test reaches package-private ones), so both are loaded here, apart from this module's
 * copy of the contract; everything else is this module's. One for all the runs of this JVM: the contract is
 * made to run more than once in one (each run keeps what it finds to itself), and it loads its OpenAPI document once.
 */
final class SuiteModule extends URLClassLoader {

    /** The suite module's own test classes, LiveServerTest and its unit tests, as its build leaves them. */
    static final Path SUITE_TEST_CLASSES = Workshop.ROOT.resolve("shared-test-suite/target/test-classes");
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
