package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The session answers the Flask workshop's table (code structure, scalability, business logic, testability) with
 * figures; each figure is computed here from where it comes from (the trees, the exercises' patches, the kept
 * benchmark runs, the testability report), and the row of WORKSHOP.md's {@code seed} block must hold it.
 */
class SeedTableTest {

    @Test
    void codeStructureIsCountedFromTheTrees() throws Exception {
        List<String> figures = new ArrayList<>();
        String code = TradeOffs.codeTable(Workshop.ROOT);
        for (String tree : TradeOffs.TREES) {
            long layers = code.lines().filter(line -> line.startsWith("| " + tree + " |") && !line.contains("**total**")).count();
            String[] total = code.lines().filter(line -> line.startsWith("| " + tree + " | **total**")).findFirst()
                    .orElseThrow().split(" \\| ");
            figures.add(tree + ": " + total[2] + " files, " + total[3] + " lines of code in " + layers + " layers");
        }
        assertThat(row("code structure")).contains(figures);
    }

    @Test
    void scalabilityIsTheBenchmarksAndTheExercises() throws Exception {
        List<Double> ratios = new ArrayList<>();
        // The runs the README quotes, by their markers (<!-- benchmark run: FILE -->), which BenchmarkRunsTest keeps true.
        List<String> quoted = Pattern.compile("<!-- benchmark run: (\\S+) -->")
                .matcher(Files.readString(Workshop.ROOT.resolve("README.md"))).results().map(run -> run.group(1)).toList();
        for (String run : quoted) {
            for (String line : Files.readAllLines(Workshop.ROOT.resolve(run))) {
                Matcher rate = Pattern.compile("^(GET /users/\\{id}|POST /users|GET /users\\?limit=100), req/s +[\\d,]+ .*?  (\\d\\.\\d\\d) (PASS|GAP) ")
                        .matcher(line);
                if (rate.find()) {
                    ratios.add(Double.parseDouble(rate.group(2)));
                }
            }
        }
        assertThat(ratios).as("clean/mvc on a lookup, a create and a page, in the two runs").hasSize(6);
        List<String> figures = new ArrayList<>(List.of(String.format(Locale.ROOT, "Clean/MVC %.2f to %.2f",
                ratios.stream().mapToDouble(r -> r).min().orElseThrow(), ratios.stream().mapToDouble(r -> r).max().orElseThrow())));
        for (String exercise : Exercises.table(Workshop.ROOT).lines().skip(2).toList()) {
            String[] cells = exercise.split(" \\| ");
            figures.add(cells[1] + " " + cells[2] + " files, " + cells[6] + " lines added");
        }
        assertThat(row("scalability")).contains(figures);
    }

    @Test
    void businessLogicIsWhereTheRulesTableFindsIt() throws Exception {
        List<String[]> rules = Rules.table(Workshop.ROOT).lines().skip(2).map(line -> line.split(" \\| ")).toList();
        List<Long> inControllers = new ArrayList<>();
        for (int column = 1; column <= 3; column++) {
            int stage = column;
            inControllers.add(rules.stream().filter(rule -> rule[stage].contains("controller/")).count());
        }
        List<String> figures = new ArrayList<>(List.of("in the controller layer: " + inControllers.get(0) + ", "
                + inControllers.get(1) + " and " + inControllers.get(2) + " of " + rules.size()));
        long inTheCore = rules.stream().filter(rule -> rule[3].contains("domain/") || rule[3].contains("application/")).count();
        figures.add(inTheCore + " of " + rules.size() + " in the domain or the use cases");
        assertThat(row("business logic")).contains(figures);
    }

    @Test
    void testabilityIsTheTestabilityReports() throws IOException {
        String report = Files.readString(Workshop.ROOT.resolve(Testability.REPORT)).replace("\r\n", "\n");
        String table = report.substring(report.indexOf("<!-- testability:begin -->"), report.indexOf("<!-- testability:end -->"));
        List<String[]> stages = table.lines().skip(3).map(line -> line.split(" \\| ")).toList();
        assertThat(stages).as("the report's table, a row a stage").hasSize(3);
        List<String> figures = new ArrayList<>();
        for (int column : List.of(2, 4)) { // caught with no server and no database; caught only by the contract
            figures.add(stages.stream().map(cells -> percent(cells[column])).collect(Collectors.joining(" / ")));
        }
        assertThat(row("testability")).contains(figures);
    }

    /** "61 (60 %)" is 60 %. */
    private static String percent(String cell) {
        return cell.replaceFirst(".*\\((\\d+ %)\\).*", "$1");
    }

    /** The seed block's row for one of the Flask table's rows. */
    private static String row(String name) throws IOException {
        Matcher block = Pattern.compile("(?ms)^<!-- seed:begin -->\n(.*?)^<!-- seed:end -->$").matcher(Workshop.sessionPage());
        assertThat(block.find()).as("WORKSHOP.md has a seed block").isTrue();
        return block.group(1).lines().filter(line -> line.startsWith("| " + name + " |")).findFirst()
                .orElseThrow(() -> new AssertionError("the seed block has no row " + name));
    }
}
