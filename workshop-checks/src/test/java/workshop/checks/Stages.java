package workshop.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * The workshop's stages, made once per test run in a folder of their own: the start of each step from 3 on,
 * as mvc-version's sources with the worked change of each step before it applied, by git as a student does;
 * and the start of each typed step, 1 and 2, built to run.
 */
final class Stages {

    private static final Map<Integer, Path> STARTS = new TreeMap<>();
    private static final Map<Integer, String> NOT_APPLIED = new TreeMap<>();
    private static final Map<Integer, FutureTask<List<Path>>> TYPED_STARTS = new ConcurrentHashMap<>();
    private static Path work;

    private Stages() {}

    /** A folder holding mvc-version/src as it is at the start of the step; null when an earlier step did not apply. */
    static synchronized Path startOf(int step) {
        make();
        return STARTS.get(step);
    }

    /** Why the step did not apply to the start of it; null when it did. */
    static synchronized String notApplied(int step) {
        make();
        return NOT_APPLIED.get(step);
    }

    static List<Path> steps() {
        return Checkpoint.refactorSteps(Workshop.ROOT);
    }

    /** The step after the last: where the refactor ends. */
    static int end() {
        return Checkpoint.stepOf(steps().get(steps().size() - 1)) + 1;
    }

    /**
     * The start of a typed step, 1 or 2, built: mvc-version as Checkpoint leaves it there (the body of that step
     * and of each after it emptied: it throws "to do in step N"), compiled with its templates; its class folder
     * and its resource folder, to start it from. Made once; a second thread that asks waits for the first.
     */
    static List<Path> builtStartOf(int typedStep) {
        if (typedStep < 1 || typedStep >= Checkpoint.REFERENCE) {
            throw new IllegalArgumentException("not a typed step: " + typedStep);
        }
        FutureTask<List<Path>> build = TYPED_STARTS.computeIfAbsent(typedStep,
                step -> new FutureTask<>(() -> buildStartOf(step)));
        build.run(); // nothing when it has run, or runs in another thread
        try {
            return build.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot build the start of step " + typedStep, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> buildStartOf(int step) throws IOException {
        Path root = work().resolve("typed-start-" + step);
        JavaSources.copy(Checkpoint.TREE, root);
        copy(Workshop.ROOT.resolve("refactor"), root.resolve("refactor"));
        Checkpoint.goTo(root, step);
        Path tree = root.resolve(Checkpoint.TREE);
        Path classes = root.resolve("classes");
        List<String> errors = JavaSources.compile(tree, classes, true);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the start of step " + step + " does not compile:\n" + String.join("\n", errors));
        }
        return List.of(classes, tree.resolve("src/main/resources"));
    }

    private static synchronized Path work() throws IOException {
        if (work == null) {
            Path folder = Files.createTempDirectory("workshop-stages");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            work = folder;
        }
        return work;
    }

    private static void make() {
        if (!STARTS.isEmpty() || !NOT_APPLIED.isEmpty()) {
            return;
        }
        try {
            Path start = JavaSources.copy(Checkpoint.TREE, work().resolve("start-" + Checkpoint.stepOf(steps().get(0))))
                    .getParent();
            STARTS.put(Checkpoint.stepOf(steps().get(0)), start);
            for (Path step : steps()) {
                Path next = work().resolve("start-" + (Checkpoint.stepOf(step) + 1));
                copy(start, next);
                try {
                    Checkpoint.git(next, "apply", "--whitespace=nowarn", step.toAbsolutePath().toString());
                } catch (IllegalStateException e) {
                    NOT_APPLIED.put(Checkpoint.stepOf(step), e.getMessage());
                    return;
                }
                STARTS.put(Checkpoint.stepOf(step) + 1, next);
                start = next;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder: the system clears it in the end
        }
    }
}
