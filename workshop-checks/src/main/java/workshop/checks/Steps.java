package workshop.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The session's seven steps, and what typing each takes, counted from the code and printed as a Markdown table.
 * From the repo root, with nothing but a JDK: {@code java workshop-checks/src/main/java/workshop/checks/Steps.java}.
 * Lines to type are the lines of code, neither blank nor comments, that a step's worked change
 * (refactor/N-....patch) adds to the app's main code; a step's tests are applied, not typed.
 */
public class Steps {

    /** The steps that carry an idea, which the session types; the others are applied with git apply. */
    static final Set<Integer> TYPED = Set.of(1, 2, 3, 6);

    public static void main(String[] args) throws IOException {
        System.out.print(table(Path.of("")));
    }

    /** The lines each typed step takes to type, by step. */
    public static Map<Integer, Integer> linesToType(Path root) throws IOException {
        Map<Integer, Integer> typed = new TreeMap<>();
        for (String row : table(root).lines().skip(2).toList()) {
            String[] cells = row.split("\\|");
            if (!cells[4].isBlank()) {
                typed.put(Integer.parseInt(cells[1].strip()), Integer.parseInt(cells[4].strip()));
            }
        }
        return typed;
    }

    public static String table(Path root) throws IOException {
        Map<Integer, String> what = new TreeMap<>();
        Map<Integer, List<String>> code = new TreeMap<>();
        try (Stream<Path> patches = Files.list(root.resolve("refactor"))) {
            for (Path patch : patches.filter(p -> p.toString().endsWith(".patch")).toList()) {
                String[] name = patch.getFileName().toString().replace(".patch", "").split("-", 2);
                what.put(Integer.parseInt(name[0]), name[1].replace('-', ' '));
                code.put(Integer.parseInt(name[0]), addedToMainCode(Files.readString(patch)));
            }
        }
        StringBuilder table = new StringBuilder("| step | what | typed or applied | lines to type |\n"
                + "| ---: | --- | --- | ---: |\n");
        for (int step : what.keySet()) {
            long lines = code.get(step).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.matches("(//|/\\*|\\*).*")).count();
            boolean typed = TYPED.contains(step);
            table.append("| " + step + " | " + what.get(step) + " | " + (typed ? "typed" : "applied") + " | "
                    + (typed ? lines : "") + " |\n");
        }
        return table.toString();
    }

    /** The lines a {@code git diff} adds to files under src/main. */
    private static List<String> addedToMainCode(String patch) {
        return Stream.of(patch.split("(?m)^(?=diff --git )"))
                .filter(file -> file.lines().findFirst().orElse("").matches("diff --git .*/src/main/.*"))
                .flatMap(String::lines)
                .filter(line -> line.startsWith("+") && !line.startsWith("+++"))
                .map(line -> line.substring(1))
                .toList();
    }
}
