package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WORKSHOP.md and the trees it speaks of, as the tests of this module see them. */
final class Workshop {

    /** Surefire runs the tests in the module's directory, one below the repo root. */
    static final Path ROOT = Path.of("..");

    private Workshop() {}

    /**
     * WORKSHOP.md, or the file named by -Dworkshop.md (to try the checks on a draft), followed by the reference
     * page it links, REFERENCE.md: the checks read the two as one text.
     */
    static String markdown() throws IOException {
        Path file = Path.of(System.getProperty("workshop.md", ROOT.resolve("WORKSHOP.md").toString()));
        return (Files.readString(file) + "\n" + Files.readString(ROOT.resolve("REFERENCE.md"))).replace("\r\n", "\n");
    }

    /** WORKSHOP.md alone: the page the instructor reads while teaching. */
    static String sessionPage() throws IOException {
        return Files.readString(ROOT.resolve("WORKSHOP.md")).replace("\r\n", "\n");
    }

    /**
     * Checks that the lines between {@code <!-- NAME:begin -->} and {@code <!-- NAME:end -->} in
     * the markdown are exactly what {@code command} prints, which is {@code printed}.
     */
    static void assertBlockShows(String markdown, String name, String printed, String command) {
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        Matcher block = Pattern.compile("(?ms)^" + Pattern.quote(begin) + "\n(.*?)^" + Pattern.quote(end) + "$")
                .matcher(markdown);
        assertThat(block.find()).as("WORKSHOP.md has a line %s and below it a line %s", begin, end).isTrue();
        assertThat(block.group(1))
                .as("The %s block in WORKSHOP.md is out of date: run `%s` from the repo root"
                        + " and paste its output between %s and %s", name, command, begin, end)
                .isEqualTo(printed);
    }

    /**
     * A file of the repo, by its path from the root; empty if there is no such file. A path that ends in
     * {@code after step N} is the file as the refactor's step N leaves mvc-version.
     */
    static Optional<String> source(String path) {
        Matcher after = Pattern.compile("(.+) after step (\\d+)").matcher(path);
        Path file = ROOT.resolve(path);
        if (after.matches()) {
            Path stage = Stages.startOf(Integer.parseInt(after.group(2)) + 1);
            if (stage == null) {
                throw new IllegalStateException("step " + after.group(2) + " does not apply: see RefactorTest");
            }
            file = stage.resolve(after.group(1));
        }
        try {
            return Optional.of(Files.readString(file));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        } catch (IOException unreadable) {
            throw new IllegalStateException("Cannot read " + path, unreadable);
        }
    }
}
