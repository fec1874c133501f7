package workshop.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The students' starting point: empties, in place, the body of each method that the sources mark
 * as a workshop step ({@code // tag::step1[]} ... {@code // end::step1[]}), leaving the markers
 * and one line that answers 501 over HTTP. From the repo root, with nothing but a JDK:
 * {@code java workshop-checks/src/main/java/workshop/checks/Starter.java}. Running it twice
 * changes nothing more.
 */
public class Starter {

    static final List<String> TREES = List.of("mvc-version", "clean-version");

    // The region's first line (its indentation, its step number, its line end), up to its end line.
    private static final Pattern STEP = Pattern.compile(
            "(?ms)^([ \\t]*)// tag::step(\\d+)\\[\\](\\R).*?(?=^[ \\t]*// end::step\\2\\[\\])");
    private static final Pattern METHOD_NAME = Pattern.compile("(\\w+)\\s*\\([^()]*\\)[^()]*\\{\\s*$");

    /** One emptied method: where it is, relative to the repo root. */
    public record Step(int number, String file, String method) {}

    public static void main(String[] args) {
        Path root = Path.of("");
        if (!TREES.stream().allMatch(tree -> Files.isDirectory(sourcesOf(root, tree)))) {
            System.err.println("Run this from the repo root, where mvc-version and clean-version are.");
            System.exit(1);
        }
        for (Step step : emptySteps(root)) {
            System.out.println("step " + step.number() + ": emptied " + step.method() + " in " + step.file());
        }
        System.out.println("`git checkout -- mvc-version clean-version` brings the reference code back.");
    }

    /** Empties every step region under {@code root}'s two trees, and says which, in step order. */
    public static List<Step> emptySteps(Path root) {
        List<Step> steps = new ArrayList<>();
        for (String tree : TREES) {
            try (Stream<Path> files = Files.walk(sourcesOf(root, tree))) {
                files.filter(file -> file.toString().endsWith(".java")).sorted()
                        .forEach(file -> steps.addAll(emptyStepsIn(file, root.relativize(file).toString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        steps.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return steps;
    }

    private static List<Step> emptyStepsIn(Path file, String name) {
        try {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            List<Step> steps = new ArrayList<>();
            Matcher region = STEP.matcher(source);
            StringBuilder emptied = new StringBuilder();
            while (region.find()) {
                int number = Integer.parseInt(region.group(2));
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

    private static Path sourcesOf(Path root, String tree) {
        return root.resolve(tree).resolve("src/main/java");
    }
}
