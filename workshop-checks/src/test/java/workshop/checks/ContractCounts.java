package workshop.checks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * How many tests a run of the contract has, counted from this build's test reports and the suite's own
 * classes: what the quoted outputs of WORKSHOP.md must say.
 */
final class ContractCounts {

    /** The suite's sources; its test classes are in workshop.contract.users and workshop.contract.http. */
    private static final Path SOURCES = Workshop.ROOT.resolve("shared-test-suite/src/main/java");
    private static final Path CONTRACT = SOURCES.resolve("workshop/contract");
    private static final Path CONTRACT_REPORT =
            Workshop.ROOT.resolve("mvc-version/target/surefire-reports/TEST-workshop.ContractTest.xml");

    private ContractCounts() {}

    /** The contract's tests in the classes tagged with the group, as {@code -Dgroups=step1} runs them. */
    static int tagged(String group) throws Exception {
        return count(type -> isTagged(type, group));
    }

    /** Everything a run against a live server counts: the contract but the test that idles (LiveServerTest), and the suite's own unit tests. */
    static int live() throws Exception {
        return count(type -> !isTagged(type, "idle")) + unitTestsOfTheSuite();
    }

    private static boolean isTagged(Class<?> type, String tag) {
        return Arrays.stream(type.getAnnotationsByType(Tag.class)).anyMatch(each -> each.value().equals(tag));
    }

    /** What a run against a live server skips: the tests of the classes that start apps of their own. */
    static int skippedLive() throws Exception {
        Class<?> inProcess = Class.forName("workshop.contract.support.InProcess");
        return count(type -> Arrays.stream(type.getDeclaredConstructors())
                .anyMatch(constructor -> List.of(constructor.getParameterTypes()).contains(inProcess)));
    }

    /** The tests that restart an app on a file database, which no store in memory can pass (exercise 1). */
    static int onAFileDatabase() throws Exception {
        return count(type -> source(type).contains("fileDatabaseUrl("));
    }

    private static String source(Class<?> type) {
        try {
            return Files.readString(SOURCES.resolve(type.getName().replace('.', '/') + ".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The testcases of the contract's report whose class is one of those. */
    private static int count(Predicate<Class<?>> classes) throws Exception {
        List<String> names = contractClasses().filter(classes).map(ContractCounts::reportedName).toList();
        NodeList testcases = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(CONTRACT_REPORT.toFile()).getElementsByTagName("testcase");
        int count = 0;
        for (int i = 0; i < testcases.getLength(); i++) {
            if (names.contains(((Element) testcases.item(i)).getAttribute("classname"))) {
                count++;
            }
        }
        return count;
    }

    /** How a report names a test class: by its display name. */
    private static String reportedName(Class<?> type) {
        DisplayName name = type.getAnnotation(DisplayName.class);
        return name == null ? type.getName() : name.value();
    }

    /** The test classes of the contract, in its package and those below it. */
    private static Stream<Class<?>> contractClasses() throws IOException {
        try (Stream<Path> files = Files.walk(CONTRACT)) {
            return files.map(file -> SOURCES.relativize(file).toString()).filter(name -> name.endsWith("Test.java"))
                    .map(name -> name.replace(".java", "").replace(File.separatorChar, '.'))
                    .<Class<?>>map(ContractCounts::load).toList().stream();
        }
    }

    /** The suite's own unit tests (tagged unit), which a run against a live server runs too. */
    private static int unitTestsOfTheSuite() throws Exception {
        Path suite = Workshop.ROOT.resolve("shared-test-suite");
        int count = 0;
        try (Stream<Path> reports = Files.list(suite.resolve("target/surefire-reports"))) {
            for (Path report : reports.filter(r -> r.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
                Path source = suite.resolve("src/test/java").resolve(report.getFileName().toString()
                        .replaceFirst("^TEST-", "").replaceFirst("\\.xml$", "").replace('.', '/') + ".java");
                if (!Files.exists(source) || !Files.readString(source).contains("@Tag(\"unit\")")) {
                    continue;
                }
                count += DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                        .getElementsByTagName("testcase").getLength();
            }
        }
        return count;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
