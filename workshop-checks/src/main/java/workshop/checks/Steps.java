package workshop.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The session's steps and its plan, computed: what typing each step takes, what reading each applied step
 * takes, and the minutes of each segment, from the patches, the page and the machine times measured by
 * benchmark/session-times.sh. From the repo root, with nothing but a JDK:
 * {@code java workshop-checks/src/main/java/workshop/checks/Steps.java} prints the steps' table,
 * {@code ... Steps.java --plan} the plan, {@code ... Steps.java --times} the machine times.
 * Lines to type are the lines of code, neither blank nor comments, that a typed step's worked change
 * (refactor/N-....patch) adds to the app's main code, and the lines of each block the page marks
 * {@code <!-- typed -->}; a typed step's tests are applied, not typed.
 */
public class Steps {

    /** The steps that are typed in the session; the others are applied with git apply. */
    static final Set<Integer> TYPED = Set.of(1, 2, 3);
    /** The refactor's steps done in the session; the ones after are on the reference page. */
    static final int LAST_IN_SESSION = 5;
    /** How fast a room types, reads on a projector and takes in an idea. */
    static final double LINES_A_MINUTE = 5, MINUTES_A_FILE = 0.5, MINUTES_AN_IDEA = 1;
    /** The hour, less five minutes for questions. */
    static final double PLANNED_AT_MOST = 55;

    /** One thing the session does, and its minutes on the plan. */
    record Item(String kind, String what, double minutes) {}

    /** A part of the hour: its slot in minutes, and what it does. */
    record Segment(String time, String what, int slot, List<Item> items) {

        double minutes() {
            return items.stream().mapToDouble(Item::minutes).sum();
        }

        double minutesOf(String kind) {
            return items.stream().filter(item -> item.kind().equals(kind)).mapToDouble(Item::minutes).sum();
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of("");
        String option = args.length == 0 ? "" : args[0];
        switch (option) {
            case "--plan" -> {
                List<Segment> plan = plan(root);
                System.out.print(planTable(plan));
                List<String> overruns = overBudget(plan);
                overruns.forEach(System.err::println);
                if (!overruns.isEmpty()) System.exit(1);
            }
            case "--times" -> System.out.print(timesTable(root));
            default -> System.out.print(table(root));
        }
    }

    // ---- the steps

    /** The lines each typed step takes to type, by step. */
    public static Map<Integer, Integer> linesToType(Path root) throws IOException {
        Map<Integer, Integer> typed = new TreeMap<>();
        for (Map.Entry<Integer, Path> step : patches(root).entrySet()) {
            if (TYPED.contains(step.getKey())) {
                typed.put(step.getKey(), (int) codeLines(addedToMainCode(Files.readString(step.getValue()))).count());
            }
        }
        return typed;
    }

    /** The files each step's patch touches, by step. */
    public static Map<Integer, Integer> filesTouched(Path root) throws IOException {
        Map<Integer, Integer> files = new TreeMap<>();
        for (Map.Entry<Integer, Path> step : patches(root).entrySet()) {
            files.put(step.getKey(), Files.readString(step.getValue()).split("(?m)^diff --git ", -1).length - 1);
        }
        return files;
    }

    public static String table(Path root) throws IOException {
        Map<Integer, Integer> typed = linesToType(root);
        Map<Integer, Integer> files = filesTouched(root);
        StringBuilder table = new StringBuilder("| step | what | typed or applied | lines to type | files touched | when |\n"
                + "| ---: | --- | --- | ---: | ---: | --- |\n");
        for (Map.Entry<Integer, Path> step : patches(root).entrySet()) {
            int n = step.getKey();
            String name = step.getValue().getFileName().toString().replace(".patch", "").split("-", 2)[1].replace('-', ' ');
            table.append("| " + n + " | " + name + " | " + (TYPED.contains(n) ? "typed" : "applied") + " | "
                    + (TYPED.contains(n) ? typed.get(n) : "") + " | " + files.get(n) + " | "
                    + (n <= LAST_IN_SESSION ? "in the session" : "after it") + " |\n");
        }
        return table.toString();
    }

    // ---- the plan

    /** The session, segment by segment: what each does, and what each thing costs. */
    static List<Segment> plan(Path root) throws IOException {
        Plan plan = new Plan(root);
        return List.of(
                plan.segment("0-10", "set-up: both apps, in a browser; then the start of step 1", 10,
                        plan.run("start-both"), plan.idea("the same pages and answers, from two trees"),
                        plan.idea("the API described, and tried, in Swagger UI"),
                        plan.run("checkpoint"), plan.run("start-one"), plan.run("step1-contract")),
                plan.segment("10-30", "the MVC app: a walk through, steps 1 and 2", 20,
                        plan.read("Routes.java", "controller/UserController.java", "controller/UserPageController.java",
                                "controller/UserActions.java", "model/User.java", "model/UserRepository.java",
                                "view/UserResponse.java"),
                        plan.idea("MVC's three parts, and where this app keeps its rules"),
                        plan.typed(1), plan.idea("a change that reads, then writes, is one transaction"),
                        plan.run("live-loop"), plan.run("start-one"), plan.run("step1-contract"),
                        plan.typed(2), plan.idea("a business rule, in the controller layer"),
                        plan.idea("a row lock: a race costs milliseconds, never a lost write"),
                        plan.run("live-loop"), plan.run("start-one"), plan.run("step2-contract")),
                plan.segment("30-50", "the refactor to Clean: steps 3 to 5", 20,
                        plan.typed(3), plan.readTestsOf(3),
                        plan.idea("a rich model: the rules of a user's life are the model's"),
                        plan.run("model-test"), plan.run("start-one"), plan.run("whole-contract"), plan.run("checkpoint"),
                        plan.applied(4), plan.idea("a port: the code that needs storage owns its interface"),
                        plan.idea("a unit of work hands the work the repository it may use"),
                        plan.run("start-one"), plan.run("whole-contract"),
                        plan.applied(5), plan.idea("use cases behind a port, tested without a database"),
                        plan.run("use-case-tests"), plan.run("start-one"), plan.run("whole-contract")),
                plan.segment("50-60", "compare", 10,
                        plan.run("checkpoint"), plan.run("start-both"),
                        plan.idea("the same pages again; what the refactor changed, file by file"),
                        plan.typedOnPage("## 50-60"), plan.run("architecture-test"), plan.run("architecture-test"),
                        plan.idea("the dependency rule is a test"), plan.idea("where each rule is enforced, in three trees"),
                        plan.idea("what the tests catch, in three trees"),
                        plan.idea("when to pick which: the Flask workshop's table, answered")));
    }

    /** What makes the plan fail: a segment past its slot, or the hour past 55 minutes. */
    static List<String> overBudget(List<Segment> plan) {
        List<String> problems = new ArrayList<>();
        for (Segment segment : plan) {
            if (segment.minutes() > segment.slot()) {
                problems.add(segment.time() + " is planned at " + tenths(segment.minutes()) + " min, past its " + segment.slot());
            }
        }
        double total = plan.stream().mapToDouble(Segment::minutes).sum();
        if (total > PLANNED_AT_MOST) {
            problems.add("the session is planned at " + tenths(total) + " min, past " + tenths(PLANNED_AT_MOST));
        }
        return problems;
    }

    static String planTable(List<Segment> plan) {
        StringBuilder table = new StringBuilder("| time | what | typing | reading | ideas | machines (worst run) | planned |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (Segment segment : plan) {
            table.append("| " + segment.time() + " | " + segment.what() + " | " + tenths(segment.minutesOf("typed")) + " | "
                    + tenths(segment.minutesOf("read")) + " | " + tenths(segment.minutesOf("idea")) + " | "
                    + tenths(segment.minutesOf("run")) + " | **" + tenths(segment.minutes()) + "** |\n");
        }
        double total = plan.stream().mapToDouble(Segment::minutes).sum();
        return table.append("| | **the hour** | | | | | **" + tenths(total) + "** |\n").toString();
    }

    /** The measured machine times: each command, its runs, their median and the worst. */
    static String timesTable(Path root) throws IOException {
        StringBuilder table = new StringBuilder("| command | what it does | runs | median (s) | worst (s) |\n"
                + "| --- | --- | ---: | ---: | ---: |\n");
        for (Measured measured : Measured.read(root).values()) {
            table.append("| `" + measured.command() + "` | " + measured.what() + " | " + measured.seconds().length + " | "
                    + tenths(measured.median()) + " | " + tenths(measured.worst()) + " |\n");
        }
        return table.toString();
    }

    /** The things a plan is made of, each costed from the patches, the page or the measured times. */
    private record Plan(Path root, Map<Integer, Integer> typed, Map<Integer, Integer> files, Map<String, Measured> times,
            String page) {

        Plan(Path root) throws IOException {
            this(root, linesToType(root), filesTouched(root), Measured.read(root), Files.readString(root.resolve("WORKSHOP.md")));
        }

        /** Reading these files of mvc-version (as committed: the start of step 3), each of which must exist. */
        Item read(String... paths) {
            for (String path : paths) {
                if (!Files.exists(root.resolve("mvc-version/src/main/java/workshop").resolve(path))) {
                    throw new IllegalStateException("no file mvc-version/src/main/java/workshop/" + path + " to read");
                }
            }
            return new Item("read", "read " + String.join(", ", paths), paths.length * MINUTES_A_FILE);
        }

        /** Reading the tests a typed step's patch brings, which are applied, not typed. */
        Item readTestsOf(int step) throws IOException {
            long tests = Stream.of(Files.readString(patches(root).get(step)).split("(?m)^(?=diff --git )"))
                    .filter(file -> file.startsWith("diff --git") && file.lines().findFirst().orElse("").contains("/src/test/"))
                    .count();
            return new Item("read", "read step " + step + "'s tests: " + tests + " files", tests * MINUTES_A_FILE);
        }

        Segment segment(String time, String what, int slot, Item... items) {
            return new Segment(time, what, slot, List.of(items));
        }

        Item typed(int step) {
            return new Item("typed", "type step " + step + ": " + typed.get(step) + " lines", typed.get(step) / LINES_A_MINUTE);
        }

        Item applied(int step) {
            return new Item("read", "read step " + step + ": " + files.get(step) + " files", files.get(step) * MINUTES_A_FILE);
        }

        Item idea(String idea) {
            return new Item("idea", idea, MINUTES_AN_IDEA);
        }

        Item run(String key) {
            Measured measured = times.get(key);
            if (measured == null) throw new IllegalStateException("no machine time measured for " + key);
            return new Item("run", measured.command(), measured.worst() / 60);
        }

        /** The lines of the blocks marked {@code <!-- typed -->} in the section under this heading. */
        Item typedOnPage(String heading) {
            int from = page.indexOf("\n" + heading);
            int to = page.indexOf("\n## ", from + 1);
            String section = page.substring(from, to < 0 ? page.length() : to);
            Matcher block = Pattern.compile("(?ms)^<!-- typed -->\\n```\\w*\\n(.*?)^```").matcher(section);
            long lines = 0;
            while (block.find()) {
                lines += codeLines(block.group(1).lines().toList()).count();
            }
            return new Item("typed", "type " + lines + " lines", lines / LINES_A_MINUTE);
        }
    }

    /** A command of the session, what it does, and how long each measured run took. */
    record Measured(String command, String what, double[] seconds) {

        /** benchmark/session-times.tsv: key, command, what it does, the seconds of each run. */
        static Map<String, Measured> read(Path root) throws IOException {
            Map<String, Measured> times = new LinkedHashMap<>();
            for (String line : Files.readAllLines(root.resolve("benchmark/session-times.tsv"))) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                times.put(cells[0], new Measured(cells[1], cells[2],
                        Arrays.stream(cells[3].trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray()));
            }
            return times;
        }

        double median() {
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        double worst() {
            return Arrays.stream(seconds).max().orElseThrow();
        }
    }

    // ---- reading patches

    /** The refactor's patches, by step. */
    static Map<Integer, Path> patches(Path root) throws IOException {
        Map<Integer, Path> patches = new TreeMap<>();
        try (Stream<Path> files = Files.list(root.resolve("refactor"))) {
            files.filter(p -> p.toString().endsWith(".patch"))
                    .forEach(p -> patches.put(Integer.parseInt(p.getFileName().toString().split("-", 2)[0]), p));
        }
        return patches;
    }

    /** The lines a {@code git diff} adds to files under src/main. */
    static List<String> addedToMainCode(String patch) {
        return Stream.of(patch.split("(?m)^(?=diff --git )"))
                .filter(file -> file.lines().findFirst().orElse("").matches("diff --git .*/src/main/.*"))
                .flatMap(String::lines)
                .filter(line -> line.startsWith("+") && !line.startsWith("+++"))
                .map(line -> line.substring(1))
                .toList();
    }

    /** Lines of code: neither blank nor comments. */
    static Stream<String> codeLines(List<String> lines) {
        return lines.stream().map(String::strip).filter(line -> !line.isEmpty() && !line.matches("(//|/\\*|\\*).*"));
    }

    /** Minutes or seconds, to a tenth. */
    private static String tenths(double amount) {
        return String.format(Locale.ROOT, "%.1f", amount);
    }
}
