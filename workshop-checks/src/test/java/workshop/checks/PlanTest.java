package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The session fits its hour on paper that the build computes: WORKSHOP.md's plan is Steps' plan, no segment
 * passes its slot and the hour passes no 55 minutes; every command the plan counts is on the page in its
 * segment; every line a typed step adds is on the page, in its step; the page is short enough to teach from.
 */
class PlanTest {

    private static final String STEPS = "java workshop-checks/src/main/java/workshop/checks/Steps.java";

    @Test
    void thePlanAndTheMachineTimesOnThePagesAreComputed() throws IOException {
        Workshop.assertBlockShows(Workshop.markdown(), "plan", Steps.planTable(Steps.plan(Workshop.ROOT)), STEPS + " --plan");
        Workshop.assertBlockShows(Workshop.markdown(), "times", Steps.timesTable(Workshop.ROOT), STEPS + " --times");
    }

    @Test
    void theSessionFitsItsSlotsAndFiftyFiveMinutes() throws IOException {
        assertThat(Steps.overBudget(Steps.plan(Workshop.ROOT))).as("the plan's overruns").isEmpty();
    }

    @Test
    void aPlanPastItsSlotsOrTheHourFails() {
        Steps.Segment setUp = segment("0-10", 10, 9.5), mvc = segment("10-30", 20, 20.5);
        Steps.Segment refactor = segment("30-50", 20, 19), compare = segment("50-60", 10, 7);
        assertThat(Steps.overBudget(List.of(setUp, mvc, refactor, compare)))
                .containsExactly("10-30 is planned at 20.5 min, past its 20", "the session is planned at 56.0 min, past 55.0");
        assertThat(Steps.overBudget(List.of(setUp, segment("10-30", 20, 19), refactor, compare))).isEmpty();
    }

    @Test
    void everyCommandThePlanCountsIsOnThePageInItsSegment() throws IOException {
        String page = Workshop.sessionPage();
        List<String> missing = new ArrayList<>();
        for (Steps.Segment segment : Steps.plan(Workshop.ROOT)) {
            String section = section(page, "## " + segment.time() + ":");
            segment.items().stream().filter(item -> item.kind().equals("run")).map(Steps.Item::what).distinct().forEach(command -> {
                Pattern onPage = Pattern.compile(Pattern.quote(command).replace(" N\\E", "\\E \\d+"));
                if (!onPage.matcher(section).find()) missing.add(segment.time() + ": " + command);
            });
        }
        assertThat(missing).as("commands the plan counts that its segment of WORKSHOP.md does not give").isEmpty();
    }

    @Test
    void everyLineATypedStepAddsIsOnThePageInItsStepInOrder() throws IOException {
        String page = Workshop.sessionPage();
        List<String> problems = new ArrayList<>();
        for (int step : Steps.TYPED) {
            List<String> shown = codeBlocks(section(page, "### Step " + step + ":"));
            Map<String, List<String>> added = addedByFile(Files.readString(Steps.patches(Workshop.ROOT).get(step)));
            added.forEach((file, lines) -> {
                int from = 0;
                for (String line : lines) {
                    int at = shown.subList(from, shown.size()).indexOf(line);
                    if (at < 0) {
                        problems.add("step " + step + ", " + file + ": not on the page, or out of order: " + line);
                    } else {
                        from += at + 1;
                    }
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theSessionsPageIsThreeHundredLinesOrFewer() throws IOException {
        String page = Workshop.sessionPage();
        String session = page.substring(page.indexOf("\n## 0-10"), page.indexOf("\n## After the session"));
        assertThat(session.lines().count()).as("lines of WORKSHOP.md from the set-up to the end of the comparison")
                .isLessThanOrEqualTo(300);
    }

    private static Steps.Segment segment(String time, int slot, double minutes) {
        return new Steps.Segment(time, "", slot, List.of(new Steps.Item("idea", "", minutes)));
    }

    /** From the heading that starts with this text to the next heading of its level or above. */
    private static String section(String page, String heading) {
        int from = page.indexOf("\n" + heading);
        assertThat(from).as("WORKSHOP.md has a heading %s", heading).isNotNegative();
        String level = heading.substring(0, heading.indexOf(' '));
        Matcher next = Pattern.compile("\n#{1," + level.length() + "} ").matcher(page);
        return page.substring(from, next.find(from + 1) ? next.start() : page.length());
    }

    /** The code lines of the section's fenced blocks, stripped, in order. */
    private static List<String> codeBlocks(String section) {
        List<String> lines = new ArrayList<>();
        Matcher block = Pattern.compile("(?ms)^```\\w*\\n(.*?)^```").matcher(section);
        while (block.find()) {
            Steps.codeLines(block.group(1).lines().toList()).forEach(lines::add);
        }
        return lines;
    }

    /** The code lines a patch adds to the app's main code, file by file, stripped. */
    private static Map<String, List<String>> addedByFile(String patch) {
        Map<String, List<String>> added = new LinkedHashMap<>();
        for (String file : patch.split("(?m)^(?=diff --git )")) {
            String header = file.lines().findFirst().orElse("");
            if (header.matches("diff --git .*/src/main/.*")) {
                added.put(header.replaceFirst(".* b/", ""), Steps.codeLines(Steps.addedToMainCode(file)).toList());
            }
        }
        return added;
    }
}
