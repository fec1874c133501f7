package workshop.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Takes mvc-version to the start of any step of the workshop, and keeps a copy of what was there. From the
 * repo root, with a JDK and git: {@code java workshop-checks/src/main/java/workshop/checks/Checkpoint.java 4}.
 * Every step is a patch in {@code refactor/}, its worked change, from the start of the step to its end. The
 * reference code, mvc-version as committed, is the end of the last step typed into MVC (2) and the start of the
 * refactor (3): the start of an earlier step takes back the patches of that step and the ones after it; the
 * start of a later one applies the patches of the steps before it, from 3 on. 8 is the end: clean-version's code.
 */
public class Checkpoint {

    static final String TREE = "mvc-version";
    /** The step whose start the reference code is: the steps before it are typed into MVC. */
    static final int REFERENCE = 3;

    public static void main(String[] args) throws IOException {
        Path root = Path.of("");
        int last = stepOf(steps(root).get(steps(root).size() - 1)) + 1;
        if (args.length != 1 || !args[0].matches("\\d+") || Integer.parseInt(args[0]) < 1
                || Integer.parseInt(args[0]) > last || !Files.isDirectory(root.resolve(TREE))) {
            System.err.println("From the repo root: java workshop-checks/src/main/java/workshop/checks/Checkpoint.java N"
                    + "\n  N from 1 to " + last + ": mvc-version goes to the start of step N (" + last + ": the end).");
            System.exit(1);
        }
        run(root, Integer.parseInt(args[0])).forEach(System.out::println);
    }

    /** Saves mvc-version's sources, takes them back to the repository's, then to the start of the step. */
    static List<String> run(Path root, int step) throws IOException {
        Path saved = save(root, step);
        git(root, "checkout", "HEAD", "--", TREE + "/src");
        git(root, "clean", "-fdq", "--", TREE + "/src");
        List<String> said = new ArrayList<>(goTo(root, step));
        said.add("mvc-version is at the start of step " + step + ". What you had is in "
                + root.relativize(saved).toString().replace('\\', '/') + ".");
        return said;
    }

    /** Takes the reference code under {@code root} to the start of the step; says what it did. */
    public static List<String> goTo(Path root, int step) {
        List<String> done = new ArrayList<>();
        List<Path> steps = steps(root);
        for (int i = steps.size() - 1; i >= 0; i--) {
            Path patch = steps.get(i);
            if (stepOf(patch) >= step && stepOf(patch) < REFERENCE) {
                git(root, "apply", "-R", "--whitespace=nowarn", root.relativize(patch).toString());
                done.add("took back " + root.relativize(patch).toString().replace('\\', '/'));
            }
        }
        for (Path patch : steps) {
            if (stepOf(patch) >= REFERENCE && stepOf(patch) < step) {
                git(root, "apply", "--whitespace=nowarn", root.relativize(patch).toString());
                done.add("applied " + root.relativize(patch).toString().replace('\\', '/'));
            }
        }
        return done;
    }

    /** The worked changes of the refactor, from the reference code on: {@code refactor/3-the-rule-moves-into-the-model.patch}, ... */
    public static List<Path> refactorSteps(Path root) {
        return steps(root).stream().filter(patch -> stepOf(patch) >= REFERENCE).toList();
    }

    /** Every step's worked change, in step order: {@code refactor/1-the-body-of-suspend-and-activate.patch}, ... */
    public static List<Path> steps(Path root) {
        try (Stream<Path> patches = Files.list(root.resolve("refactor"))) {
            return patches.filter(patch -> patch.getFileName().toString().matches("\\d+-.+\\.patch"))
                    .sorted((a, b) -> Integer.compare(stepOf(a), stepOf(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int stepOf(Path patch) {
        return Integer.parseInt(patch.getFileName().toString().split("-", 2)[0]);
    }

    /** Copies mvc-version's sources to {@code saved/}, so that nothing typed is lost; returns where. */
    private static Path save(Path root, int step) throws IOException {
        String now = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"));
        Path saved = root.resolve("saved").resolve(now + "-before-step-" + step);
        Path from = root.resolve(TREE).resolve("src");
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path to = saved.resolve(TREE).resolve("src").resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        return saved;
    }

    /** Runs git in {@code directory}; a failure stops with what git said. */
    static void git(Path directory, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command).directory(directory.toAbsolutePath().toFile())
                    .redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("git is needed here, and could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
