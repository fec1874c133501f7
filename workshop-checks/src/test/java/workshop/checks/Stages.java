package workshop.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The refactor's stages, made once per test run in a folder of their own: the start of each step from 3 on,
 * as mvc-version's sources with the worked change of each step before it applied, by git as a student does.
 */
final class Stages {

    private static final Map<Integer, Path> STARTS = new TreeMap<>();
    private static final Map<Integer, String> NOT_APPLIED = new TreeMap<>();

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

    private static void make() {
        if (!STARTS.isEmpty() || !NOT_APPLIED.isEmpty()) {
            return;
        }
        try {
            Path work = Files.createTempDirectory("refactor-stages");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work)));
            Path start = JavaSources.copy(Checkpoint.TREE, work.resolve("start-" + Checkpoint.stepOf(steps().get(0))))
                    .getParent();
            STARTS.put(Checkpoint.stepOf(steps().get(0)), start);
            for (Path step : steps()) {
                Path next = work.resolve("start-" + (Checkpoint.stepOf(step) + 1));
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
