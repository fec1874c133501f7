package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The refactor from MVC to Clean, step by step (refactor/*.patch): each worked change applies to the start of
 * its step, each stage between compiles and keeps the contract, and the last step lands on clean-version.
 */
@Execution(ExecutionMode.CONCURRENT) // beside LiveRunTest: the two together took 52-54 s, one after the other 60-64 s
class RefactorTest {

    /** For each stage between the steps: its compile errors, or else the contract's failures. */
    private static final Map<Integer, List<String>> PROBLEMS = new ConcurrentHashMap<>();

    static List<Path> steps() {
        return Stages.steps();
    }

    /** The stages between the steps; mvc-version and clean-version, at both ends, keep the contract in their own builds. */
    static List<Integer> stagesBetween() {
        List<Path> steps = steps();
        return IntStream.range(1, steps.size()).mapToObj(i -> Checkpoint.stepOf(steps.get(i))).toList();
    }

    @BeforeAll
    static void compileEachStageAndRunTheContractAgainstIt() {
        // All stages at once: a stage's contract mostly waits on its app's answers, one request at a time
        // (measured: the four stages in 25-27 s, against 31 s two at a time).
        ExecutorService allAtOnce = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int stage : stagesBetween()) {
                if (Stages.startOf(stage) != null) {
                    runs.add(allAtOnce.submit(() -> PROBLEMS.put(stage, compileAndRunTheContract(Stages.startOf(stage)))));
                }
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            allAtOnce.shutdownNow();
        }
    }

    /** The stage's compile errors, or else the failures of the contract against it; empty when all is well. */
    private static List<String> compileAndRunTheContract(Path start) {
        Path tree = start.resolve(Checkpoint.TREE);
        Path classes = start.resolve("classes");
        List<String> compileErrors = JavaSources.compile(tree, classes, true);
        if (!compileErrors.isEmpty()) {
            return compileErrors.stream().map(error -> "does not compile: " + error).toList();
        }
        return ContractRun.failures(classes, tree.resolve("src/main/resources"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void appliesToTheStartOfItsStep(Path step) {
        assertThat(Stages.notApplied(Checkpoint.stepOf(step))).as("step %s no longer applies to the start of step %s;"
                + " make it again as refactor/README.md says", step.getFileName(), Checkpoint.stepOf(step)).isNull();
    }

    @ParameterizedTest(name = "the start of step {0}")
    @MethodSource("stagesBetween")
    void compilesAndKeepsTheContract(int step) {
        assertThat(Stages.startOf(step)).as("the start of step %s, which an earlier step did not reach", step).isNotNull();
        List<String> problems = PROBLEMS.get(step);
        assertThat(problems).withFailMessage(() -> "at the start of step " + step + ", the app fails:\n"
                + String.join("\n", problems)).isEmpty();
    }

    @Test
    void theLastStepLandsOnCleanVersion() throws IOException {
        Path landed = Stages.startOf(Stages.end());
        assertThat(landed).as("the end of the refactor, which a step did not reach").isNotNull();

        List<String> differences = Differences.between(landed.resolve(Checkpoint.TREE).resolve("src"),
                Workshop.ROOT.resolve("clean-version/src"));
        assertThat(differences).as("the last step, %s, no longer lands on clean-version (apart from the app's name"
                + " and port); make it again as refactor/README.md says", steps().get(steps().size() - 1).getFileName())
                .isEmpty();
    }

    @Test
    void workshopMdCountsEachStep() throws IOException {
        Workshop.assertBlockShows(Workshop.markdown(), "refactor", Exercises.refactorTable(Workshop.ROOT),
                "java workshop-checks/src/main/java/workshop/checks/Exercises.java --refactor");
        Workshop.assertBlockShows(Workshop.markdown(), "steps", Steps.table(Workshop.ROOT),
                "java workshop-checks/src/main/java/workshop/checks/Steps.java");
    }

    @Test
    void checkpointKeepsWhatWasTypedAndTakesMvcVersionToTheStartOfAStep(@TempDir Path work) throws IOException {
        Path clone = work.resolve("clone");
        JavaSources.copy(Checkpoint.TREE, clone);
        Stages.copy(Workshop.ROOT.resolve("refactor"), clone.resolve("refactor"));
        Checkpoint.git(clone, "init", "-q");
        Checkpoint.git(clone, "add", "-A");
        Checkpoint.git(clone, "-c", "user.name=workshop", "-c", "user.email=workshop@example.com", "commit", "-qm", "clone");
        Path typed = clone.resolve(Checkpoint.TREE).resolve("src/main/java/workshop/Typed.java");
        Files.writeString(typed, "// what a student typed");

        List<String> said = Checkpoint.run(clone, 6);

        assertThat(said.get(said.size() - 1)).startsWith("mvc-version is at the start of step 6. What you had is in saved/");
        Path saved = clone.resolve(said.get(said.size() - 1).replaceFirst(".* is in ", "").replaceFirst("\\.$", ""));
        assertThat(saved.resolve(Checkpoint.TREE).resolve("src/main/java/workshop/Typed.java")).hasContent("// what a student typed");
        assertThat(typed).doesNotExist();
        assertThat(Differences.between(clone.resolve(Checkpoint.TREE).resolve("src"), Stages.startOf(6).resolve(Checkpoint.TREE).resolve("src")))
                .as("mvc-version after the checkpoint, against the start of step 6").isEmpty();
    }
}
