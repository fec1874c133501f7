package workshop.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What each exercise's worked solution touches, counted from its patches and printed as a Markdown
 * table. From the repo root, with nothing but a JDK:
 * {@code java workshop-checks/src/main/java/workshop/checks/Exercises.java}.
 */
public class Exercises {

    // Each program here runs from its source file alone (java X.java), so each names the trees itself.
    static final List<String> TREES = List.of("mvc-version", "clean-version");

    /**
     * What a patch does to one file: {@code how} is changed, added, deleted or moved (a move counts as a change);
     * {@code from} is the file it was, for a move.
     */
    public record FileChange(String path, String from, String how, int added, int removed) {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of("");
        if (!Files.isDirectory(root.resolve("exercises")) || !Files.isDirectory(root.resolve("refactor"))) {
            System.err.println("Run this from the repo root, where the exercises and refactor folders are.");
            System.exit(1);
        }
        System.out.print(List.of(args).contains("--refactor") ? refactorTable(root) : table(root));
    }

    /**
     * What each exercise's solution touches, in each tree. A file it moves was written before, for something
     * else (Clean's in-memory repository, for the unit tests): its lines are counted as reused, not as added.
     */
    public static String table(Path root) throws IOException {
        var table = new StringBuilder(row("exercise", "tree", "files touched", "changed", "added", "deleted",
                "lines added", "lines removed", "lines reused", "files")
                + row("---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---"));
        for (Path patch : patches(root)) {
            List<FileChange> files = changes(patch);
            int reused = 0;
            for (FileChange file : files) {
                if (file.how().equals("moved")) {
                    reused += Files.readAllLines(root.resolve(file.from())).size() - file.removed();
                }
            }
            table.append(row(title(patch.getParent()), tree(patch), files.size(),
                    count(files, "changed") + count(files, "moved"), count(files, "added"), count(files, "deleted"),
                    sum(files, FileChange::added), sum(files, FileChange::removed), reused, names(files)));
        }
        return table.toString();
    }

    /** What each step of the refactor (3 on: 1 and 2 are typed into MVC) changes in mvc-version, in the order they are made. */
    public static String refactorTable(Path root) throws IOException {
        var table = new StringBuilder(row("step", "files touched", "changed", "added", "deleted", "moved",
                "lines added", "lines removed", "of them in tests", "files")
                + row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---"));
        try (Stream<Path> steps = Files.list(root.resolve("refactor"))) {
            for (Path patch : steps.filter(path -> path.getFileName().toString().matches("([3-9]|\\d\\d+)-.+\\.patch"))
                    .sorted().toList()) {
                List<FileChange> files = changes(patch);
                List<FileChange> tests = files.stream().filter(file -> file.path().contains("/src/test/")).toList();
                table.append(row(title(patch).replace(".patch", ""), files.size(), count(files, "changed"),
                        count(files, "added"), count(files, "deleted"), count(files, "moved"),
                        sum(files, FileChange::added), sum(files, FileChange::removed),
                        sum(tests, FileChange::added) + " added, " + sum(tests, FileChange::removed) + " removed",
                        names(files)));
            }
        }
        return table.toString();
    }

    private static List<FileChange> changes(Path patch) throws IOException {
        return perFile(Files.readString(patch)).stream().map(Exercises::change).toList();
    }

    private static int sum(List<FileChange> files, java.util.function.ToIntFunction<FileChange> lines) {
        return files.stream().mapToInt(lines).sum();
    }

    private static String names(List<FileChange> files) {
        return String.join(", ", files.stream().map(Exercises::shortName).toList());
    }

    /** Each exercise's patches, one per tree: {@code exercises/1-swap-storage/mvc-version.patch}, ... */
    public static List<Path> patches(Path root) throws IOException {
        try (Stream<Path> exercises = Files.list(root.resolve("exercises"))) {
            return exercises.filter(Files::isDirectory).sorted()
                    .flatMap(exercise -> TREES.stream().map(tree -> exercise.resolve(tree + ".patch")))
                    .toList();
        }
    }

    /** The tree a patch applies to: its file name without {@code .patch}. */
    public static String tree(Path patch) {
        return patch.getFileName().toString().replace(".patch", "");
    }

    /** A {@code git diff}, cut into one piece per file, each starting with its {@code diff --git} line. */
    public static List<String> perFile(String patch) {
        List<String> pieces = new ArrayList<>();
        for (String piece : patch.split("(?m)^(?=diff --git )")) {
            if (piece.startsWith("diff --git ")) {
                pieces.add(piece);
            }
        }
        return pieces;
    }

    static FileChange change(String piece) {
        String[] lines = piece.split("\\R");
        String path = lines[0].substring(lines[0].lastIndexOf(" b/") + 3);
        String from = lines[0].substring("diff --git a/".length(), lines[0].lastIndexOf(" b/"));
        String how = "changed";
        int added = 0;
        int removed = 0;
        boolean inHunk = false; // before the first @@, lines starting with --- or +++ name the files
        for (String line : lines) {
            if (line.startsWith("@@")) {
                inHunk = true;
            } else if (inHunk && line.startsWith("+")) {
                added++;
            } else if (inHunk && line.startsWith("-")) {
                removed++;
            } else if (!inHunk && line.startsWith("new file mode")) {
                how = "added";
            } else if (!inHunk && line.startsWith("deleted file mode")) {
                how = "deleted";
            } else if (!inHunk && line.startsWith("rename from")) {
                how = "moved";
            }
        }
        return new FileChange(path, from, how, added, removed);
    }

    private static String title(Path exercise) {
        String name = exercise.getFileName().toString(); // such as 1-swap-storage
        return name.replaceFirst("-", ". ").replace('-', ' ');
    }

    private static long count(List<FileChange> files, String how) {
        return files.stream().filter(file -> file.how().equals(how)).count();
    }

    /** {@code UserController}, {@code Phone (added)}, {@code V2__add_phone.sql (added)}: unique names in a tree. */
    private static String shortName(FileChange file) {
        String name = Path.of(file.path()).getFileName().toString().replaceFirst("\\.java$", "");
        return file.how().equals("changed") ? name : name + " (" + file.how() + ")";
    }

    /** A Markdown table's row; its own, like {@link #TREES}, as this file runs alone. */
    private static String row(Object... cells) {
        return Arrays.stream(cells).map(String::valueOf).collect(Collectors.joining(" | ", "| ", " |\n"));
    }
}
