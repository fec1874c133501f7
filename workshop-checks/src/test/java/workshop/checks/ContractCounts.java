package workshop.checks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * How many of the contract's tests are in classes of a kind, counted from this build's report of mvc-version's
 * run of the contract and from the suite's sources: what exercises/README.md must say.
 */
final class ContractCounts {

    /** The suite's sources; its test classes are in workshop.contract.users and workshop.contract.http. */
    private static final Path SOURCES = Workshop.ROOT.resolve("shared-test-suite/src/main/java");
    private static final Path CONTRACT = SOURCES.resolve("workshop/contract");
    private static final Path CONTRACT_REPORT =
            Workshop.ROOT.resolve("mvc-version/target/surefire-reports/TEST-workshop.ContractTest.xml");

    private ContractCounts() {}

    /** The tests that restart an app on a database it keeps, which no store in memory can pass (exercise 1). */
    static int onAFileDatabase() throws Exception {
        return count(type -> source(type).contains("keptDatabase("));
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

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
