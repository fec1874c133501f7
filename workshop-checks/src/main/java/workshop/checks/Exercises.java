package workshop.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What each exercise's worked solution touches, counted from its patches and printed as a Markdown
 * table. From the repo root, with nothing but a JDK:
 * {@code java workshop-checks/src/main/java/workshop/checks/Exercises.java}.
 */
public class Exercises {

    static final List<String> TREES = List.of("mvc-version", "clean-version");

    /** What a patch does to one file: {@code how} is changed, added, deleted or moved (a move counts as a change). */
    public record FileChange(String path, String how, int added, int removed) {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of("");
        if (!Files.isDirectory(root.resolve("exercises"))) {
            System.err.println("Run this from the repo root, where the exercises folder is.");
            System.exit(1);
        }
        System.out.print(table(root));
    }

    public static String table(Path root) throws IOException {
        var table = new StringBuilder(row("exercise", "tree", "files touched", "changed", "added", "deleted",
                "lines added", "lines removed", "files")
                + row("---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---"));
        for (Path patch : patches(root)) {
            List<FileChange> files = perFile(Files.readString(patch)).stream().map(Exercises::change).toList();
            table.append(row(title(patch.getParent()), tree(patch), files.size(),
                    count(files, "changed") + count(files, "moved"), count(files, "added"), count(files, "deleted"),
                    files.stream().mapToInt(FileChange::added).sum(),
                    files.stream().mapToInt(FileChange::removed).sum(),
                    String.join(", ", files.stream().map(Exercises::shortName).toList())));
        }
        return table.toString();
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
        return new FileChange(path, how, added, removed);
    }

    private static String title(Path exercise) {
        String name = exercise.getFileName().toString(); // such as 1-swap-storage
        return name.replaceFirst("-", ". ").replace('-', ' ');
    }

    private static long count(List<FileChange> files, String how) {
        return files.stream().filter(file -> file.how().equals(how)).count();
    }

    /** {@code UserController}, {@code Phone (added)}, {@code schema.sql}: names are unique within a tree. */
    private static String shortName(FileChange file) {
        String name = Path.of(file.path()).getFileName().toString().replaceFirst("\\.java$", "");
        return file.how().equals("changed") ? name : name + " (" + file.how() + ")";
    }

    private static String row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        return row.append('\n').toString();
    }
}
