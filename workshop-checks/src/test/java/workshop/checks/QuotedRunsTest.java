package workshop.checks;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every contract run that WORKSHOP.md quotes is run by the build, at its stage, and says what the quote says.
 * Below a line {@code <!-- run: step1,step2 before step 2 -->}, a block of output holds Maven's summary line of
 * {@code ./mvnw -pl shared-test-suite test -Dcontract.baseUrl=http://127.0.0.1:7001 -Dgroups=step1,step2}: here,
 * run in this JVM ({@link ContractRun#asMaven}) against mvc-version at the start of step 2, as Checkpoint leaves it.
 * Without "before step N" it is the finished mvc-version; {@code live} is the whole contract, without -Dgroups,
 * against it (the run that LiveRunTest makes). The tests run, failures, errors and skipped must be the quote's,
 * and each failing test that the quote shows must have failed.
 */
class QuotedRunsTest {

    private static final Pattern RUN = Pattern.compile("<!-- run: ([\\w,]+)(?: before step (\\d+))? -->");
    private static final Pattern SUMMARY =
            Pattern.compile("\\[(INFO|WARNING|ERROR)] Tests run: \\d+, Failures: \\d+, Errors: \\d+, Skipped: \\d+");
    /** A failure as Maven lists it: {@code [ERROR]   LiveServerTest.switchesTheStatus(String)[1] what it said}. */
    private static final Pattern FAILURE = Pattern.compile("\\[ERROR]   \\w+\\.(\\w+)(?:\\([^)]*\\))?(?:\\[\\d+])? (.*)");
    private static final String APP = "./mvnw -q -pl mvc-version -am compile exec:exec -Dexec.async=false";

    /** The stages to build take javac seconds each: one thread builds them while the finished app's runs go. */
    private static final ExecutorService BUILDS = Executors.newSingleThreadExecutor();

    /**
     * One quoted run: the line of its marker, the JUnit tags it runs (none: live), the step it is before (0: none),
     * and its output, the fenced block below the marker, whose first line is {@code outputLine}.
     */
    record Quote(int line, String marker, List<String> tags, int before, int outputLine, List<String> output) {

        @Override
        public String toString() {
            return "line " + line + ": " + marker;
        }

        String stage() {
            return before == 0 ? "the finished mvc-version" : "mvc-version at the start of step " + before + ", as Checkpoint leaves it";
        }

        String command() {
            return "./mvnw -pl shared-test-suite test -Dcontract.baseUrl=http://127.0.0.1:7001"
                    + (tags.isEmpty() ? "" : " -Dgroups=" + String.join(",", tags));
        }
    }

    /** The quoted runs, those of the finished app first, then those of the start of step 1, of step 2. */
    static List<Quote> quotes() throws IOException {
        List<String> lines = Workshop.markdown().lines().toList();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher run = RUN.matcher(lines.get(i).strip());
            if (run.matches()) {
                List<String> tags = run.group(1).equals("live") ? List.of() : List.of(run.group(1).split(","));
                int before = run.group(2) == null ? 0 : Integer.parseInt(run.group(2));
                quotes.add(new Quote(i + 1, run.group(), tags, before, i + 3, fencedBlockAfter(lines, i)));
            }
        }
        quotes.sort(Comparator.comparingInt(Quote::before));
        return quotes;
    }

    private static List<String> fencedBlockAfter(List<String> lines, int marker) {
        if (marker + 1 >= lines.size() || !lines.get(marker + 1).startsWith("```")) {
            return List.of();
        }
        List<String> block = new ArrayList<>();
        for (int i = marker + 2; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
            block.add(lines.get(i));
        }
        return block;
    }

    @BeforeAll
    static void buildTheStagesBeforeTheSteps() throws IOException {
        quotes().stream().mapToInt(Quote::before).filter(step -> step > 0).distinct()
                .forEach(step -> BUILDS.submit(() -> Stages.builtStartOf(step)));
    }

    @AfterAll
    static void stopBuilding() {
        BUILDS.shutdownNow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotes")
    void saysWhatItsRunSays(Quote quote) throws Exception {
        int summary = quote.output().size() - 1;
        while (summary >= 0 && !SUMMARY.matcher(quote.output().get(summary).strip()).matches()) {
            summary--;
        }
        if (summary < 0) {
            fail("WORKSHOP.md line " + quote.line() + ", " + quote.marker() + ", must be followed by a fenced block"
                    + " that holds Maven's summary line, such as\n  [INFO] Tests run: 10, Failures: 0, Errors: 0, Skipped: 0");
        }
        String quoted = quote.output().get(summary).strip();
        Ran ran = run(quote);
        ContractRun.Summary run = ran.summary();

        List<String> problems = new ArrayList<>();
        if (!quoted.equals(run.line())) {
            problems.add("WORKSHOP.md line " + (quote.outputLine() + summary) + " quotes\n  " + quoted
                    + "\nbut the run gives\n  " + run.line());
        }
        for (int i = 0; i < quote.output().size(); i++) {
            Matcher failure = FAILURE.matcher(quote.output().get(i).stripTrailing());
            if (failure.matches() && !run.failed().contains(failure.group(1) + " " + failure.group(2).strip())) {
                problems.add("WORKSHOP.md line " + (quote.outputLine() + i) + " quotes a failure that the run does not have\n  "
                        + quote.output().get(i).strip());
            }
        }
        if (!problems.isEmpty()) {
            List<String> failed = run.failed();
            fail("The run that WORKSHOP.md quotes below " + quote.marker() + " (line " + quote.line() + "), "
                    + (quote.tags().isEmpty() ? "the whole contract" : "the contract's tests tagged " + String.join(" or ", quote.tags()))
                    + " against " + quote.stage() + ", made again by this build:\n" + String.join("\n", problems)
                    + (failed.isEmpty() ? "" : "\nIts failures:\n  " + String.join("\n  ", failed.subList(0, Math.min(12, failed.size())))
                            + (failed.size() > 12 ? "\n  ... and " + (failed.size() - 12) + " more" : ""))
                    + (ran.exceptions().isEmpty() ? "" : "\nThe app logged:\n  " + String.join("\n  ", ran.exceptions()))
                    + "\nQuote what the run gives (and fix the prose around it), or make the run by hand from the root of "
                    + (quote.before() > 0 ? "a clone of the repo (Checkpoint resets mvc-version):\n  java workshop-checks/src/main/java/workshop/checks/Checkpoint.java "
                            + quote.before() + "\n" : "the repo:\n")
                    + "  " + APP + "\nand, once it listens, in another terminal:\n  " + quote.command());
        }
    }

    /**
     * The quote's run, against a new app of its stage; the whole contract against the finished app is LiveRunTest's.
     * What the app logs meanwhile is kept apart: before a step, each request that reaches it logs a stack trace.
     */
    private static Ran run(Quote quote) throws Exception {
        if (quote.tags().isEmpty() && quote.before() == 0) {
            return new Ran(LiveRunTest.wholeContract().summary(), "");
        }
        List<Path> stage = quote.before() == 0 ? List.of(Workshop.ROOT.resolve("mvc-version/target/classes"))
                : Stages.builtStartOf(quote.before());
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (LoadedApp app = LoadedApp.start(stage.toArray(Path[]::new))) {
            return new Ran(ContractRun.asMaven(app.baseUrl(), quote.tags()), log.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(err);
        }
    }

    /** What a run counted, and what the app logged meanwhile. */
    private record Ran(ContractRun.Summary summary, String log) {

        /** The exceptions the app logged, once each: {@code java.lang.UnsupportedOperationException: to do in step 2}. */
        List<String> exceptions() {
            return log.lines().filter(line -> line.matches("[\\w.$]+(Exception|Error)(: .*)?")).distinct().toList();
        }
    }
}
