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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Takes mvc-version to the start of any step of the workshop, and keeps a copy of what was there. From the
 * repo root, with a JDK and git: {@code java workshop-checks/src/main/java/workshop/checks/Checkpoint.java 4}.
 * <ul>
 * <li>Steps 1 and 2 are typed into the MVC app. Their start is the reference code with the body of each step
 * still to come emptied (a {@code // tag::stepN[]} region): it throws "to do in step N", so the app answers
 * 500 {@code internal_error}, as for any failure, and its log names the step.
 * <li>Steps 3 to 7 refactor it into Clean. The start of step N is the reference code with the worked change of
 * each step before it applied ({@code refactor/3-....patch} and on). 8 is the end: clean-version's code.
 * </ul>
 */
public class Checkpoint {

    static final String TREE = "mvc-version";
    static final int TYPED_STEPS = 2;

    // The region's first line (its indentation, its step number, its line end), up to its end line.
    private static final Pattern STEP = Pattern.compile(
            "(?ms)^([ \\t]*)// tag::step(\\d+)\\[\\](\\R).*?(?=^[ \\t]*// end::step\\2\\[\\])");
    private static final Pattern METHOD_NAME = Pattern.compile("(\\w+)\\s*\\([^()]*\\)[^()]*\\{\\s*$");

    /** One emptied method: where it is, relative to the repo root. */
    public record Step(int number, String file, String method) {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of("");
        int last = refactorSteps(root).size() + TYPED_STEPS + 1;
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
        for (Path patch : refactorSteps(root)) {
            if (stepOf(patch) < step) {
                git(root, "apply", "--whitespace=nowarn", root.relativize(patch).toString());
                done.add("applied " + root.relativize(patch).toString().replace('\\', '/'));
            }
        }
        if (step <= TYPED_STEPS) {
            emptySteps(root, step).forEach(emptied -> done.add("step " + emptied.number() + ": emptied "
                    + emptied.method() + " in " + emptied.file()));
        }
        return done;
    }

    /** The worked changes of the refactor, in step order: {@code refactor/3-the-rule-moves-into-the-model.patch}, ... */
    public static List<Path> refactorSteps(Path root) {
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

    /** Empties, in place, every step region numbered {@code from} or more in mvc-version; says which, in step order. */
    public static List<Step> emptySteps(Path root, int from) {
        List<Step> steps = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve(TREE).resolve("src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).sorted()
                    .forEach(file -> steps.addAll(emptyStepsIn(file, root.relativize(file).toString(), from)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        steps.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return steps;
    }

    private static List<Step> emptyStepsIn(Path file, String name, int from) {
        try {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            List<Step> steps = new ArrayList<>();
            Matcher region = STEP.matcher(source);
            StringBuilder emptied = new StringBuilder();
            while (region.find()) {
                int number = Integer.parseInt(region.group(2));
                if (number < from) {
                    region.appendReplacement(emptied, Matcher.quoteReplacement(region.group()));
                    continue;
                }
                steps.add(new Step(number, name.replace('\\', '/'), methodBefore(source, region.start())));
                String indent = region.group(1);
                String lineEnd = region.group(3);
                region.appendReplacement(emptied, Matcher.quoteReplacement(indent + "// tag::step" + number + "[]"
                        + lineEnd + indent + "throw new UnsupportedOperationException(\"to do in step " + number
                        + "\");" + lineEnd));
            }
            region.appendTail(emptied);
            if (!steps.isEmpty()) {
                Files.writeString(file, emptied, StandardCharsets.UTF_8);
            }
            return steps;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the method whose body starts just before {@code offset}: a region is a whole body. */
    private static String methodBefore(String source, int offset) {
        String[] lines = source.substring(0, offset).split("\\R");
        for (int i = lines.length - 1; i >= 0; i--) {
            Matcher declaration = METHOD_NAME.matcher(lines[i]);
            if (declaration.find()) {
                return declaration.group(1);
            }
        }
        throw new IllegalStateException("no method declaration before a step region");
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
