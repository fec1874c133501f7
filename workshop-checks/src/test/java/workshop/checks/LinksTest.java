package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every link of the project's pages leads to a file of the repository (to a heading of it, when it names one), or to
 * a web address: none leaves a clone.
 */
class LinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"README.md", "WORKSHOP.md", "REFERENCE.md", "HANDOUT.md", "docs/API.md", "refactor/README.md", "exercises/README.md"})
    void everyLinkResolvesInsideTheRepository(String page) throws Exception {
        Path file = Workshop.ROOT.resolve(page);
        List<String> broken = new ArrayList<>();
        Matcher link = LINK.matcher(Files.readString(file));
        while (link.find()) {
            String[] target = link.group(1).split("#", 2);
            if (target[0].matches("[a-z]+:.*")) {
                continue; // a web address
            }
            Path resolved = target[0].isEmpty() ? file : file.getParent().resolve(target[0]).normalize();
            if (!resolved.startsWith(Workshop.ROOT.normalize()) || !Files.exists(resolved)
                    || target.length == 2 && resolved.toString().endsWith(".md") && !anchors(resolved).contains(target[1])) {
                broken.add(link.group(1));
            }
        }
        assertThat(broken).as("links of %s that lead nowhere in the repository", page).isEmpty();
    }

    /** The anchors a Markdown page's headings get, as GitHub makes them. */
    private static List<String> anchors(Path page) throws java.io.IOException {
        return Files.readAllLines(page).stream().filter(line -> line.matches("#{1,6} .*"))
                .map(line -> line.replaceFirst("#+ ", "").toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .toList();
    }
}
