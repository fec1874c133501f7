package workshop.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Which tests catch a broken rule, and how soon: PIT mutates the classes the rules table names (one small change
 * to the bytecode at a time: a condition negated, a call removed, a value returned empty), and each mutant is
 * charged to the cheapest kind of test that fails on it: a test with no server and no database, a test with a
 * database and no server, or only the HTTP contract (run in-process, on H2); or to none. Three stages, like the
 * rules table: mvc-version, the same after the refactor's step 3 (a rich model), clean-version. Also times each
 * kind's tests once, with Surefire. From the repo root, with a JDK (about 10 minutes on 2 cores):
 * {@code java workshop-checks/src/main/java/workshop/checks/Testability.java}; it prints the table and writes it,
 * with every mutant no test kills, to {@value #REPORT}.
 */
public class Testability {

    static final String REPORT = "workshop-checks/testability.md";
    /** The mutants no test kills that no test can kill, each with the reason. */
    static final String EQUIVALENT = "workshop-checks/equivalent-mutants.tsv";

    enum Level {
        UNIT("a test with no server and no database"),
        DATABASE("a test with a database, no server"),
        HTTP("the HTTP contract, in-process on H2");

        final String kind;

        Level(String kind) {
            this.kind = kind;
        }
    }

    /** A column of the rules table: its name, its tree, and whether it is MVC after the refactor's step 3. */
    record Stage(String name, String tree, boolean richModel) {}

    static final List<Stage> STAGES = List.of(new Stage("mvc-version", "mvc-version", false),
            new Stage("mvc-version, rich model (after step 3)", "mvc-version", true),
            new Stage("clean-version", "clean-version", false));

    /** Each PIT run and how long it took, for the report: a table's rows. */
    static final List<String> RUNS = new ArrayList<>();

    /**
     * One mutant as PIT reports it, the cheapest level whose tests kill it (null: none does) and the test class
     * that killed it there.
     */
    record Mutant(String key, String className, String method, int line, String mutation, Level killedBy, String killer) {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("refactor"))) {
            System.err.println("Run this from the repo root.");
            System.exit(1);
        }
        long start = System.nanoTime();
        String rules = run(root, List.of(java(), "workshop-checks/src/main/java/workshop/checks/Rules.java"));
        Path copy = copyOfTheRepo(root);
        String measuredOn = fingerprint(root, rules); // before the runs: the trees may change while they run
        Map<Stage, List<Mutant>> mutants = new LinkedHashMap<>();
        Map<Stage, Map<Level, Double>> seconds = new LinkedHashMap<>();
        Map<Stage, List<Level>> levels = new LinkedHashMap<>();
        try {
            for (Stage stage : List.of(STAGES.get(0), STAGES.get(2), STAGES.get(1))) { // step 3 changes the copy's MVC
                if (stage.richModel()) {
                    run(copy, List.of("git", "apply", root.resolve(step3(root)).toAbsolutePath().toString()));
                }
                Map<Level, List<String>> tests = testsByLevel(copy.resolve(stage.tree()));
                mutants.put(stage, mutate(copy, stage, targets(rules, stage), tests));
                seconds.put(stage, time(copy, stage, mutants.get(stage)));
                levels.put(stage, tests.keySet().stream().filter(level -> !tests.get(level).isEmpty()).toList());
            }
        } finally {
            try (Stream<Path> made = Files.walk(copy)) {
                made.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete()); // what a folder holds first
            }
        }
        List<String[]> equivalent = equivalentMutants(root);
        String table = table(mutants, levels, seconds, equivalent);
        System.out.print(table);
        long minutes = Duration.ofNanos(System.nanoTime() - start).toMinutes();
        Files.writeString(root.resolve(REPORT), "# Testability, measured\n\nWritten by `java workshop-checks/src/main/java/"
                + "workshop/checks/Testability.java` on " + LocalDate.now() + ", in " + minutes + " minutes, on "
                + Runtime.getRuntime().availableProcessors() + " cores with Java " + System.getProperty("java.version")
                + " (PIT's default mutators), from the trees whose fingerprint is\n\n" + measuredOn
                + "\n\n<!-- testability:begin -->\n" + table + "<!-- testability:end -->\n\n" + survivors(mutants, equivalent)
                + "\n## The runs\n\nEach PIT run, with Maven's start and the build of the modules it needs:\n\n"
                + row("stage", "tests", "seconds") + row("---", "---", "---:") + String.join("", RUNS));
    }

    // ---- what is mutated, and by which tests

    /** The classes a column of the rules table names ({@code controller/UserForm}), as PIT's class globs. */
    static List<String> targets(String rulesTable, Stage stage) {
        int column = STAGES.indexOf(stage) + 1;
        List<String> classes = new ArrayList<>();
        for (String row : rulesTable.lines().skip(2).toList()) {
            for (String file : row.split(" \\| ")[column].replace(" |", "").split(", ")) {
                String name = "workshop." + file.strip().replace('/', '.');
                if (!file.endsWith(".sql") && !classes.contains(name)) {
                    classes.add(name);
                }
            }
        }
        return classes.stream().sorted().flatMap(name -> Stream.of(name, name + "$*")).toList();
    }

    /**
     * A tree's test classes by what they need: a suite of the contract is HTTP (the one on PostgreSQL is left out:
     * the same contract, on a server PIT would start for every run), a class that opens a database is DATABASE,
     * the rest need neither.
     */
    static Map<Level, List<String>> testsByLevel(Path tree) throws IOException {
        Map<Level, List<String>> levels = new LinkedHashMap<>();
        Arrays.stream(Level.values()).forEach(level -> levels.put(level, new ArrayList<>()));
        Path tests = tree.resolve("src/test/java");
        try (Stream<Path> files = Files.walk(tests)) {
            for (Path file : files.filter(path -> path.toString().endsWith("Test.java")).sorted().toList()) {
                String code = Files.readString(file);
                String name = tests.relativize(file).toString().replace('\\', '.').replace('/', '.').replaceFirst("\\.java$", "");
                if (code.contains("@Suite")) {
                    if (!code.contains("\"postgresql\"")) {
                        levels.get(Level.HTTP).add(name);
                    }
                } else {
                    levels.get(code.contains("Database.open(") ? Level.DATABASE : Level.UNIT).add(name);
                }
            }
        }
        return levels;
    }

    /**
     * One PIT run per level, each with the tests of that level and every cheaper one; a mutant is charged to the
     * first run that kills it. PIT stops at a mutant's first failing test, so the costly runs spend their time on
     * what the cheap ones left.
     */
    static List<Mutant> mutate(Path copy, Stage stage, List<String> targets, Map<Level, List<String>> tests) throws Exception {
        Map<String, Mutant> mutants = new LinkedHashMap<>();
        List<String> upToHere = new ArrayList<>();
        for (Level level : Level.values()) {
            if (tests.get(level).isEmpty()) {
                continue;
            }
            upToHere.addAll(tests.get(level));
            System.err.print(stage.name() + ": mutants against " + level.kind + "... ");
            long start = System.nanoTime();
            run(copy, List.of(maven(copy), "-q", "-pl", stage.tree(), "-am", "test-compile",
                    "org.pitest:pitest-maven:mutationCoverage", "-DtargetClasses=" + String.join(",", targets),
                    "-DtargetTests=" + String.join(",", upToHere), "-DoutputFormats=XML",
                    "-DfailWhenNoMutations=false", "-DtimestampedReports=false"));
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            System.err.println(seconds + " s");
            RUNS.add(row(stage.name(), "the tests up to " + level.kind, seconds));
            for (Mutant mutant : read(copy.resolve(stage.tree()).resolve("target/pit-reports/mutations.xml"), level)) {
                Mutant before = mutants.get(mutant.key());
                if (before == null || before.killedBy() == null) {
                    mutants.put(mutant.key(), mutant);
                }
            }
        }
        return List.copyOf(mutants.values());
    }

    /** The mutants of a PIT report, those it detected charged to the level. */
    static List<Mutant> read(Path report, Level level) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                .getElementsByTagName("mutation");
        List<Mutant> mutants = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element mutation = (Element) nodes.item(i);
            String className = text(mutation, "mutatedClass");
            String method = text(mutation, "mutatedMethod");
            int line = Integer.parseInt(text(mutation, "lineNumber"));
            String key = String.join("|", className, method, text(mutation, "methodDescription"), String.valueOf(line),
                    text(mutation, "mutator"), text(mutation, "indexes"));
            boolean killed = mutation.getAttribute("detected").equals("true");
            String killer = text(mutation, "killingTest").replaceFirst("\\.\\[engine:.*", ""); // the class PIT ran
            mutants.add(new Mutant(key, className, method, line, text(mutation, "description"), killed ? level : null,
                    killed ? killer : null));
        }
        return mutants;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    /**
     * How long each level's tests take to fail on a broken rule: the test classes that killed a mutant at that level,
     * run once with Surefire as a developer runs them, their seconds added up. A failing class runs to its end, as a
     * passing one does.
     */
    static Map<Level, Double> time(Path copy, Stage stage, List<Mutant> mutants) throws Exception {
        Map<Level, List<String>> killers = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            killers.put(level, mutants.stream().filter(m -> m.killedBy() == level).map(Mutant::killer).distinct().sorted().toList());
        }
        List<String> all = killers.values().stream().flatMap(List::stream).toList();
        run(copy, List.of(maven(copy), "-q", "-pl", stage.tree(), "-am", "test", "-Dtest=" + String.join(",", all),
                "-Dsurefire.failIfNoSpecifiedTests=false"));
        Map<Level, Double> seconds = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            double sum = 0;
            for (String test : killers.get(level)) {
                Path report = copy.resolve(stage.tree()).resolve("target/surefire-reports/TEST-" + test + ".xml");
                Element suite = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                        .getElementsByTagName("testsuite").item(0);
                sum += Double.parseDouble(suite.getAttribute("time"));
            }
            seconds.put(level, killers.get(level).isEmpty() ? null : sum);
        }
        return seconds;
    }

    // ---- the table, and the mutants no test kills

    /** One row a stage: its mutants, where each was caught, and how long each kind of test takes to fail. */
    static String table(Map<Stage, List<Mutant>> mutants, Map<Stage, List<Level>> levels,
            Map<Stage, Map<Level, Double>> seconds, List<String[]> equivalent) {
        var table = new StringBuilder(row("stage", "mutants", "caught with no server, no database",
                "caught first with a database, no server", "caught only by the HTTP contract", "caught by no test",
                "of them equivalent", "seconds to fail: no server / a database / the contract"));
        table.append(row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"));
        for (Stage stage : STAGES) {
            List<Mutant> all = mutants.get(stage);
            List<Object> cells = new ArrayList<>(List.of(all.size()));
            for (Level level : Level.values()) {
                cells.add(!levels.get(stage).contains(level) ? "no such test"
                        : share(all.stream().filter(m -> m.killedBy() == level).count(), all.size()));
            }
            cells.add(share(all.stream().filter(m -> m.killedBy() == null).count(), all.size()));
            cells.add(all.stream().filter(m -> m.killedBy() == null && reason(m, equivalent) != null).count());
            cells.add(String.join(" / ", Arrays.stream(Level.values()).map(level -> seconds.get(stage).get(level))
                    .map(time -> time == null ? "-" : String.format(Locale.ROOT, "%.1f", time)).toList()));
            table.append(row(stage.name(), cells.toArray()));
        }
        return table.toString();
    }

    private static String share(long count, int all) {
        return count + " (" + Math.round(100.0 * count / all) + " %)";
    }

    static String survivors(Map<Stage, List<Mutant>> mutants, List<String[]> equivalent) {
        var list = new StringBuilder("## The mutants no test kills\n\nEach is equivalent (it changes nothing a client or a"
                + " caller can see), with the reason from `" + EQUIVALENT + "`; or it is not, and a test must state its rule.\n\n"
                + row("stage", "class", "method", "line", "mutation", "equivalent, because") + row("---", "---", "---", "---:", "---", "---"));
        for (Stage stage : STAGES) {
            mutants.get(stage).stream().filter(m -> m.killedBy() == null).forEach(m -> list.append(row(stage.name(),
                    m.className().replaceFirst("^workshop\\.", ""), m.method(), m.line(), m.mutation(),
                    Objects.requireNonNullElse(reason(m, equivalent), "**not equivalent: a rule no test states**"))));
        }
        return list.toString();
    }

    /** Rows of class, method, mutation and reason; a mutant matches its class, method and mutation. */
    static List<String[]> equivalentMutants(Path root) throws IOException {
        return Files.readAllLines(root.resolve(EQUIVALENT)).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\t")).toList();
    }

    /** Why the mutant is equivalent, if the list says it is. */
    static String reason(Mutant mutant, List<String[]> equivalent) {
        return equivalent.stream().filter(row -> mutant.className().equals("workshop." + row[0])
                && mutant.method().equals(row[1]) && mutant.mutation().equals(row[2])).map(row -> row[3]).findFirst().orElse(null);
    }

    // ---- what the figures were measured on

    /**
     * A digest of what the figures depend on: the classes the rules table names, every test of both trees, the
     * refactor's step 3 and the contract. The build compares it with the report's, so a change to any of them
     * without a new run fails the build.
     */
    static String fingerprint(Path root, String rulesTable) throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (Stage stage : STAGES) {
            for (String glob : targets(rulesTable, stage)) {
                Path source = root.resolve(stage.tree()).resolve("src/main/java")
                        .resolve(glob.replace('.', '/') + ".java");
                if (!glob.endsWith("$*") && Files.exists(source) && !inputs.contains(source)) {
                    inputs.add(source);
                }
            }
        }
        for (String folder : List.of("mvc-version/src/test", "clean-version/src/test", "shared-test-suite/src/main/java")) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                files.filter(Files::isRegularFile).sorted().forEach(inputs::add);
            }
        }
        inputs.add(root.resolve(step3(root)));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path input : inputs) {
                digest.update(root.relativize(input).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readString(input).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String step3(Path root) throws IOException {
        try (Stream<Path> patches = Files.list(root.resolve("refactor"))) {
            return "refactor/" + patches.map(patch -> patch.getFileName().toString()).filter(name -> name.startsWith("3-"))
                    .findFirst().orElseThrow();
        }
    }

    // ---- running things

    /** The working tree without git's folder and the build's output: the stages are made and built there. */
    static Path copyOfTheRepo(Path root) throws IOException, InterruptedException {
        Path copy = Files.createTempDirectory("testability");
        Pattern skipped = Pattern.compile("(^|/)(\\.git|target|saved)(/|$)");
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (relative.isEmpty() || skipped.matcher(relative).find()) {
                    continue;
                }
                Path to = copy.resolve(relative);
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        run(copy, List.of("git", "init", "-q")); // for git apply
        return copy;
    }

    static String run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed in " + directory + ":\n" + output);
        }
        return output;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String maven(Path copy) {
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        return copy.resolve(windows ? "mvnw.cmd" : "mvnw").toAbsolutePath().toString();
    }

    /** A Markdown table's row; its own, like {@link #STAGES}, as this file runs alone. */
    static String row(Object first, Object... cells) {
        var row = new StringBuilder("| " + first);
        for (Object cell : cells) {
            row.append(" | ").append(cell);
        }
        return row.append(" |\n").toString();
    }
}
