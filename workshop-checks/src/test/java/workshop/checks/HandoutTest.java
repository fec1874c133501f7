package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** HANDOUT.md is WORKSHOP.md's commands, cut from it: each line it gives to run is the page's own, in its order. */
class HandoutTest {

    private static final Pattern CODE_BLOCK = Pattern.compile("(?ms)^```\\n(.*?)^```$");

    @Test
    void everyCommandIsThePagesOwnInItsOrder() throws IOException {
        List<String> page = Workshop.markdown().lines().map(String::strip).toList();
        List<String> problems = new ArrayList<>();
        int from = 0;
        for (String command : commands(Files.readString(Workshop.ROOT.resolve("HANDOUT.md")))) {
            int at = page.subList(from, page.size()).indexOf(command);
            if (at < 0) {
                problems.add((page.contains(command) ? "out of WORKSHOP.md's order: " : "not in WORKSHOP.md: ") + command);
            } else {
                from += at;
            }
        }
        assertThat(problems).as("commands of HANDOUT.md").isEmpty();
    }

    private static List<String> commands(String handout) {
        List<String> commands = new ArrayList<>();
        Matcher block = CODE_BLOCK.matcher(handout.replace("\r\n", "\n"));
        while (block.find()) {
            block.group(1).lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(commands::add);
        }
        assertThat(commands).as("commands in HANDOUT.md").isNotEmpty();
        return commands;
    }
}
