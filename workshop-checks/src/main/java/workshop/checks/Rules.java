package workshop.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where each business rule is enforced in each tree, found in the code and printed as a Markdown table.
 * A rule is known by what enforcing it takes (its message, its exception, its SQL), so a file that applies
 * it, or a copy of it, is listed. Three columns: MVC as it is (its rules in the controller layer), MVC with a
 * rich model (mvc-version after the refactor's step 3, made in a temporary folder), and Clean. From the repo
 * root, with a JDK and git: {@code java workshop-checks/src/main/java/workshop/checks/Rules.java}.
 */
public class Rules {

    // Each program here runs from its source file alone (java X.java), so each names the trees itself.
    static final List<String> TREES = List.of("mvc-version", "clean-version");

    /** A rule, and what a file that enforces it contains. */
    record Rule(String name, Pattern mark) {
        Rule(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }

    /** Comments, which may name a rule without enforcing it. */
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*[\\s\\S]*?\\*/");

    static final List<Rule> RULES = List.of(
            // Trimming is known by what white space is: the code that trims, for both rules.
            new Rule("a name is trimmed, 1 to 100 characters, no control characters", "\"must be 1 to 100 characters\"|boolean isWhiteSpace\\("),
            new Rule("an email is trimmed, lower-cased and well-formed", "\"must be a valid email address\"|boolean isWhiteSpace\\("),
            new Rule("a new user is stamped with the whole second it was created in", "truncatedTo\\(SECONDS\\)"),
            new Rule("an email is unique: checked first, then the database's constraint", "new EmailTakenException\\(|UNIQUE"),
            new Rule("a suspended user cannot be edited", "new UserSuspendedException\\("),
            new Rule("each change that reads, then writes, is one transaction", "inTransaction\\(|unitOfWork\\.run\\("),
            new Rule("the user is locked while it changes", "FOR UPDATE"));

    public static void main(String[] args) throws IOException {
        try {
            System.out.print(table(Path.of("")));
        } catch (NoSuchFileException e) {
            System.err.println("No " + e.getMessage() + ": run this from the repo root.");
            System.exit(1);
        }
    }

    public static String table(Path root) throws IOException {
        List<Path> trees = List.of(root.resolve(TREES.get(0)), richModel(root), root.resolve(TREES.get(1)));
        StringBuilder table = new StringBuilder("| rule | mvc-version | mvc-version, rich model (after step 3) | clean-version |\n"
                + "| --- | --- | --- | --- |\n");
        for (Rule rule : RULES) {
            table.append("| ").append(rule.name());
            for (Path tree : trees) {
                table.append(" | ").append(String.join(", ", filesEnforcing(tree, rule)));
            }
            table.append(" |\n");
        }
        return table.toString();
    }

    /** mvc-version as the refactor's step 3 leaves it, the rule of a suspended user moved into the model. */
    static Path richModel(Path root) throws IOException {
        Path copy = Files.createTempDirectory("rich-model");
        Path from = root.resolve("mvc-version/src");
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path to = copy.resolve("mvc-version/src").resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to);
                }
            }
        }
        Path step3;
        try (Stream<Path> patches = Files.list(root.resolve("refactor"))) {
            step3 = patches.filter(patch -> patch.getFileName().toString().startsWith("3-")).findFirst().orElseThrow();
        }
        try {
            Process git = new ProcessBuilder("git", "apply", step3.toAbsolutePath().toString())
                    .directory(copy.toFile()).redirectErrorStream(true).start();
            String said = new String(git.getInputStream().readAllBytes());
            if (git.waitFor() != 0) {
                throw new IllegalStateException(step3 + " does not apply to mvc-version: " + said);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try (Stream<Path> made = Files.walk(copy)) {
            made.forEach(path -> path.toFile().deleteOnExit()); // a folder before what it holds: deleted after it
        }
        return copy.resolve("mvc-version");
    }

    /**
     * The main sources of the tree that enforce the rule, such as {@code domain/User} or
     * {@code db/migration/V1__create_users.sql}.
     */
    static List<String> filesEnforcing(Path tree, Rule rule) throws IOException {
        Path main = tree.resolve("src/main");
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(main)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String code = COMMENT.matcher(Files.readString(file)).replaceAll("");
                if (rule.mark().matcher(code).find()) {
                    files.add(shortName(main, file));
                }
            }
        }
        return files;
    }

    private static String shortName(Path main, Path file) {
        String path = main.relativize(file).toString().replace('\\', '/');
        return path.replaceFirst("^java/workshop/", "").replaceFirst("^resources/", "").replaceFirst("\\.java$", "");
    }
}
