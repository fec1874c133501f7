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

/** Every link of the project's pages leads to a file of the repository, or to a web address: none leaves a clone. */
class LinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"README.md", "WORKSHOP.md", "HANDOUT.md", "docs/API.md", "refactor/README.md", "exercises/README.md"})
    void everyLinkResolvesInsideTheRepository(String page) throws Exception {
        Path file = Workshop.ROOT.resolve(page);
        List<String> broken = new ArrayList<>();
        Matcher link = LINK.matcher(Files.readString(file));
        while (link.find()) {
            String target = link.group(1).split("#", 2)[0];
            if (target.isEmpty() || target.matches("[a-z]+:.*")) {
                continue; // an anchor on the same page, or a web address
            }
            Path resolved = file.getParent().resolve(target).normalize();
            if (!resolved.startsWith(Workshop.ROOT.normalize()) || !Files.exists(resolved)) {
                broken.add(link.group(1));
            }
        }
        assertThat(broken).as("links of %s that lead nowhere in the repository", page).isEmpty();
    }
}
