package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The testability table the session quotes is the one the last run of {@code Testability.java} wrote, and that run
 * was of the code as it is. The build does not run PIT (minutes of mutants, most of them against the contract):
 * it keeps the quote, the report and the code together.
 */
class TestabilityReportTest {

    private static final String COMMAND = "java workshop-checks/src/main/java/workshop/checks/Testability.java";

    @Test
    void theSessionQuotesTheReport() throws IOException {
        Workshop.assertBlockShows(Workshop.sessionPage(), "testability", block(report(), "testability"), COMMAND);
    }

    @Test
    void theReportWasMadeFromTheCodeAsItIs() throws IOException {
        Matcher fingerprint = Pattern.compile("(?m)^sha256:\\p{XDigit}{64}$").matcher(report());
        assertThat(fingerprint.find()).as("%s names what it was made from", Testability.REPORT).isTrue();
        assertThat(fingerprint.group())
                .as("A rule's class, a test, the refactor's step 3 or the contract changed since %s was written:"
                        + " run `%s` again", Testability.REPORT, COMMAND)
                .isEqualTo(Testability.fingerprint(Workshop.ROOT, Rules.table(Workshop.ROOT)));
    }

    @Test
    void everyMutantNoTestKillsIsEquivalentAndEveryListedOneIsStillAlive() throws IOException {
        String survivors = report().substring(report().indexOf("## The mutants no test kills"));
        survivors = survivors.substring(0, survivors.indexOf("\n## "));
        assertThat(survivors).as("in %s, a mutant no test kills and no line of %s explains: a rule to state in a test",
                Testability.REPORT, Testability.EQUIVALENT).doesNotContain("**not equivalent");
        for (String[] equivalent : Testability.equivalentMutants(Workshop.ROOT)) {
            assertThat(survivors.lines()).as("%s lists a mutant the last run killed or did not make: %s",
                    Testability.EQUIVALENT, String.join(" ", equivalent)).anyMatch(row -> row.contains(
                    "| " + equivalent[0] + " | " + equivalent[1] + " |") && row.contains("| " + equivalent[2] + " |"));
        }
        List<String[]> listed = Testability.equivalentMutants(Workshop.ROOT);
        for (String row : survivors.lines().filter(line -> line.startsWith("| mvc-version") || line.startsWith("| clean-version")).toList()) {
            assertThat(listed).as("%s says this mutant is equivalent, %s does not: %s", Testability.REPORT,
                    Testability.EQUIVALENT, row).anyMatch(equivalent -> row.contains("| " + equivalent[0] + " | " + equivalent[1] + " |")
                    && row.contains("| " + equivalent[2] + " | " + equivalent[3] + " |"));
        }
        long rows = survivors.lines().filter(line -> line.startsWith("| mvc-version") || line.startsWith("| clean-version")).count();
        assertThat(rows).as("the mutants the report lists, against the table's count").isEqualTo(equivalentInTable());
    }

    @Test
    void eachStageMutatesTheClassesItsColumnOfTheRulesTableNames() throws IOException {
        String rules = Rules.table(Workshop.ROOT);
        assertThat(Testability.targets(rules, Testability.STAGES.get(0))).contains("workshop.controller.UserActions",
                "workshop.controller.UserForm", "workshop.model.UserRepository").doesNotContain("workshop.model.User");
        assertThat(Testability.targets(rules, Testability.STAGES.get(1))).contains("workshop.model.User", "workshop.model.User$*");
        assertThat(Testability.targets(rules, Testability.STAGES.get(2))).contains("workshop.domain.Text",
                "workshop.application.service.UserService", "workshop.adapter.out.persistence.JdbiUnitOfWork")
                .noneMatch(target -> target.contains(".sql"));
    }

    @Test
    void aTestIsOfTheLevelOfWhatItNeeds() throws IOException {
        var levels = Testability.testsByLevel(Workshop.ROOT.resolve("clean-version"));
        assertThat(levels.get(Testability.Level.UNIT)).contains("workshop.domain.UserTest",
                "workshop.application.service.UserServiceTest").doesNotContain("workshop.application.port.out.UnitOfWorkTest");
        assertThat(levels.get(Testability.Level.DATABASE)).containsExactly("workshop.application.port.out.UnitOfWorkTest");
        assertThat(levels.get(Testability.Level.HTTP)).containsExactly("workshop.ContractTest");
    }

    /** The table's count of mutants no test kills that are equivalent, added up over the three stages. */
    private static long equivalentInTable() throws IOException {
        long equivalent = 0;
        for (String row : block(report(), "testability").lines().skip(2).toList()) {
            equivalent += Long.parseLong(row.split(" \\| ")[6].strip()); // the column "of them equivalent"
        }
        return equivalent;
    }

    private static String report() throws IOException {
        return Files.readString(Workshop.ROOT.resolve(Testability.REPORT)).replace("\r\n", "\n");
    }

    private static String block(String text, String name) {
        Matcher block = Pattern.compile("(?ms)^<!-- " + name + ":begin -->\n(.*?)^<!-- " + name + ":end -->$").matcher(text);
        assertThat(block.find()).as("%s has a %s block", Testability.REPORT, name).isTrue();
        return block.group(1);
    }
}
