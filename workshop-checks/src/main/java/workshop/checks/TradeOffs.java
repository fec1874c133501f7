package workshop.checks;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What each architecture costs, measured from the trees and printed as Markdown. From the repo
 * root, with nothing but a JDK: {@code java workshop-checks/src/main/java/workshop/checks/TradeOffs.java}.
 * Everything before the last table (run times) is the same on every run; {@code --checked-only}
 * prints just that part, which WORKSHOP.md holds and TradeOffsTest keeps current.
 */
public class TradeOffs {

    // Each program here runs from its source file alone (java X.java), so each names the trees itself.
    static final List<String> TREES = List.of("mvc-version", "clean-version");

    enum Library {
        Javalin("io.javalin."), Jdbi("org.jdbi."), H2("org.h2."), Jackson("com.fasterxml.jackson.");
        final String packagePrefix;
        Library(String packagePrefix) { this.packagePrefix = packagePrefix; }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("");
        try {
            boolean checkedOnly = List.of(args).contains("--checked-only");
            System.out.print(checkedTables(root) + (checkedOnly ? "" : "\n" + runTimeTable(root)));
        } catch (NoSuchFileException | IllegalStateException cannotMeasure) {
            System.err.println(cannotMeasure instanceof NoSuchFileException
                    ? "No " + cannotMeasure.getMessage() + ": run this from the repo root." : cannotMeasure.getMessage());
            System.exit(1);
        }
    }

    public static String checkedTables(Path root) throws Exception {
        return codeTable(root) + "\n" + testTable(root, "Tests per level", "", tests -> tests.cases);
    }

    public static String runTimeTable(Path root) throws Exception {
        return testTable(root, "Test run time", " (s)", tests -> String.format(Locale.ROOT, "%.1f", tests.seconds));
    }

    // ---- code per layer: every package directory under src/main/java/workshop is a layer; its code is its
    // Java and its JTE templates (MVC's view is templates)

    static String codeTable(Path root) throws IOException {
        var table = new StringBuilder("#### Code per layer\n\n"
                + row("tree", "layer", "files", "lines of code", "imports")
                + row("---", "---", "---:", "---:", "---"));
        for (String tree : TREES) {
            Path workshop = root.resolve(tree).resolve("src/main/java/workshop");
            Code total = Code.NONE;
            for (Path layer : sorted(Files.walk(workshop).filter(Files::isDirectory))) {
                Code code = Code.NONE;
                for (Path file : sorted(Files.list(layer).filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".jte")))) {
                    code = code.plus(Code.of(Files.readString(file)));
                }
                String name = workshop.relativize(layer).toString().replace('\\', '/');
                if (code.files > 0) table.append(code.row(tree, name.isEmpty() ? "(root)" : name));
                total = total.plus(code);
            }
            table.append(total.row(tree, "**total**"));
        }
        return table.toString();
    }

    record Code(int files, int lines, List<Library> libraries) {
        static final Code NONE = new Code(0, 0, List.of());
        // Comments, and string and char literals (so that neither "//" nor "{" in them counts).
        static final Pattern COMMENT_OR_LITERAL = Pattern.compile(
                "//[^\\n]*|/\\*[\\s\\S]*?\\*/|\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'");
        static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+)");

        static Code of(String source) {
            // comments become nothing and literals x's, keeping the line breaks
            String code = COMMENT_OR_LITERAL.matcher(source).replaceAll(m ->
                    m.group().replaceAll("[^\\n]", m.group().startsWith("/") ? "" : "x"));
            List<String> imports = IMPORT.matcher(code).results().map(m -> m.group(1)).toList();
            return new Code(1, (int) code.lines().filter(line -> !line.isBlank()).count(),
                    Stream.of(Library.values()).filter(library -> imports.stream()
                            .anyMatch(i -> i.startsWith(library.packagePrefix))).toList());
        }

        Code plus(Code other) {
            return new Code(files + other.files, lines + other.lines, Stream.of(Library.values())
                    .filter(l -> libraries.contains(l) || other.libraries.contains(l)).toList());
        }

        String row(String tree, String layer) {
            String imports = libraries.stream().map(Library::name).collect(joining(", "));
            return TradeOffs.row(tree, layer, files, lines, imports.isEmpty() ? "none" : imports);
        }
    }

    // ---- tests per level, from the Surefire reports of the last build

    record Tests(int cases, double seconds) {}

    static String testTable(Path root, String title, String unit, Function<Tests, Object> cell) throws Exception {
        var table = new StringBuilder("#### " + title + "\n\n"
                + row("tree", "unit tests" + unit, "HTTP tests" + unit) + row("---", "---:", "---:"));
        for (String tree : TREES) {
            Path reports = root.resolve(tree).resolve("target/surefire-reports");
            Path contract = reports.resolve("TEST-workshop.PostgresContractTest.xml");
            if (!Files.exists(contract)) {
                throw new IllegalStateException("No test reports in " + reports + ": run ./mvnw verify first.");
            }
            // The contract runs twice, on H2 (ContractTest) and, whole, on PostgreSQL: one level, counted once, whole.
            List<Path> unitReports = sorted(Files.list(reports).filter(f -> f.getFileName().toString()
                    .matches("TEST-(?!.*ContractTest\\.xml).*\\.xml") && ofATestInTheTree(root.resolve(tree), f)));
            table.append(row(tree, cell.apply(testsIn(unitReports)), cell.apply(testsIn(List.of(contract)))));
        }
        return table.toString();
    }

    /**
     * Whether a report is of a test class the tree has now: a report stays in target/ after its test is gone
     * (an exercise's solution applied, tested, then taken out), and must not be counted then.
     */
    static boolean ofATestInTheTree(Path tree, Path report) {
        String testClass = report.getFileName().toString().replaceFirst("^TEST-", "").replaceFirst("\\.xml$", "");
        return Files.exists(tree.resolve("src/test/java").resolve(testClass.replace('.', '/') + ".java"));
    }

    static Tests testsIn(List<Path> reports) throws Exception {
        int cases = 0;
        double seconds = 0;
        for (Path report : reports) {
            NodeList testcases = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(report.toFile()).getElementsByTagName("testcase");
            cases += testcases.getLength();
            for (int i = 0; i < testcases.getLength(); i++) {
                seconds += Double.parseDouble(((Element) testcases.item(i)).getAttribute("time"));
            }
        }
        return new Tests(cases, seconds);
    }

    static List<Path> sorted(Stream<Path> paths) {
        try (paths) {
            return paths.sorted().toList();
        }
    }

    /** A Markdown table's row; its own, like {@link #TREES}, as this file runs alone. */
    static String row(Object... cells) {
        return Arrays.stream(cells).map(String::valueOf).collect(joining(" | ", "| ", " |\n"));
    }
}
