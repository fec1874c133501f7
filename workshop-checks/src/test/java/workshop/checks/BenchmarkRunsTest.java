package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's figures that the README and the reference page quote are a run's own: below a line
 * {@code <!-- benchmark run: benchmark/runs/FILE -->}, the fenced block holds lines that the run's output, kept in
 * that file as the benchmark printed it, holds in the same order (the spaces that end a line aside). The build does
 * not run the benchmark (12 minutes of wrk); it keeps the quote and the run it came from together.
 */
class BenchmarkRunsTest {

    private static final Pattern MARKER = Pattern.compile("<!-- benchmark run: (\\S+) -->");

    @Test
    void everyQuotedTableIsInTheRunItNames() throws IOException {
        int quotes = 0;
        for (String page : List.of("README.md", "REFERENCE.md")) {
            List<String> lines = Files.readAllLines(Workshop.ROOT.resolve(page));
            for (int i = 0; i < lines.size(); i++) {
                Matcher marker = MARKER.matcher(lines.get(i));
                if (marker.find()) {
                    Path run = Workshop.ROOT.resolve(marker.group(1));
                    assertThat(run).as("%s line %d names a run that is not kept", page, i + 1).exists();
                    assertThat(stripped(Files.readAllLines(run)))
                            .as("%s line %d: the quote, against %s", page, i + 1, run)
                            .containsSubsequence(stripped(fencedBlockAfter(lines, i)));
                    quotes++;
                }
            }
        }
        assertThat(quotes).as("quoted benchmark runs").isGreaterThanOrEqualTo(2);
    }

    /** The lines without the spaces that pad the table's last column: a page's editor may drop them. */
    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(String::stripTrailing).toList();
    }

    private static List<String> fencedBlockAfter(List<String> lines, int marker) {
        int open = marker + 1;
        while (!lines.get(open).startsWith("```")) {
            open++;
        }
        List<String> block = new ArrayList<>();
        for (int i = open + 1; !lines.get(i).startsWith("```"); i++) {
            block.add(lines.get(i));
        }
        assertThat(block).as("the block below line %d", marker + 1).isNotEmpty();
        return block;
    }
}
