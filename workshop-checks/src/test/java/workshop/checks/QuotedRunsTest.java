package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract runs that WORKSHOP.md quotes say what such a run says now: a block of output below a line
 * {@code <!-- run: step1,step2 before step 2 -->} must hold Maven's summary for that run, its counts
 * taken from this build's reports ({@link ContractCounts}).
 */
class QuotedRunsTest {

    private static final Pattern RUN = Pattern.compile("<!-- run: ([\\w,]+)( before step \\d+)? -->");

    @Test
    void everyQuotedRunHasTheCountsOfThisBuild() throws Exception {
        List<String> lines = Workshop.markdown().lines().toList();
        List<String> problems = new ArrayList<>();
        int runs = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher run = RUN.matcher(lines.get(i).strip());
            if (run.matches()) {
                runs++;
                String summary = summary(run.group(1), run.group(2) != null);
                String block = String.join("\n", lines.subList(i + 1, Math.min(i + 12, lines.size())));
                if (!block.contains(summary)) {
                    problems.add("line " + (i + 1) + " (" + run.group() + "): its output should say\n" + summary
                            + "\nbut is:\n" + block);
                }
            }
        }
        assertThat(runs).as("quoted contract runs in WORKSHOP.md").isPositive();
        assertThat(problems).withFailMessage(() -> String.join("\n\n", problems)).isEmpty();
    }

    /** Maven's summary line of such a run: {@code live}, or groups such as {@code step1,step2}; before the last group's step, its tests fail. */
    private static String summary(String run, boolean beforeTheLastStep) throws Exception {
        if (run.equals("live")) {
            return "Tests run: " + ContractCounts.live() + ", Failures: 0, Errors: 0, Skipped: " + ContractCounts.skippedLive();
        }
        String[] groups = run.split(",");
        int tests = 0;
        for (String group : groups) {
            tests += ContractCounts.tagged(group);
        }
        int failures = beforeTheLastStep ? ContractCounts.tagged(groups[groups.length - 1]) : 0;
        return "Tests run: " + tests + ", Failures: " + failures + ", Errors: 0, Skipped: 0";
    }
}
