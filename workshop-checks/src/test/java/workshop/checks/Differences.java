package workshop.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** What differs between the refactor's end and clean-version: every line, but for the app's own name and port. */
final class Differences {

    private Differences() {}

    static List<String> between(Path landed, Path clean) throws IOException {
        TreeSet<String> files = new TreeSet<>(files(landed));
        files.addAll(files(clean));
        List<String> differences = new ArrayList<>();
        for (String file : files) {
            if (!Files.exists(landed.resolve(file)) || !Files.exists(clean.resolve(file))) {
                differences.add(file + ": only in " + (Files.exists(clean.resolve(file)) ? "clean-version" : "the refactor's end"));
                continue;
            }
            List<String> ours = Files.readAllLines(landed.resolve(file));
            List<String> theirs = Files.readAllLines(clean.resolve(file));
            for (int i = 0; i < Math.max(ours.size(), theirs.size()); i++) {
                String line = i < ours.size() ? ours.get(i) : "";
                String expected = i < theirs.size() ? theirs.get(i) : "";
                if (!line.equals(expected) && !asClean(line).equals(expected)) {
                    differences.add(file + ":" + (i + 1) + ": " + line + "\n   clean-version has: " + expected);
                    break;
                }
            }
        }
        return differences;
    }

    /** The line as clean-version would have it: its name and port where the refactor's end has mvc-version's. */
    private static String asClean(String line) {
        return line.replace("\"mvc-version\"", "\"clean-version\"").replace("7001", "7002");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/')).toList();
        }
    }
}
