package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table of where each rule is enforced, in WORKSHOP.md, is the one found in the trees. */
class RulesTest {

    @Test
    void workshopMdShowsWhereEachRuleIsEnforced() throws Exception {
        Workshop.assertBlockShows(Workshop.markdown(), "rules", Rules.table(Workshop.ROOT),
                "java workshop-checks/src/main/java/workshop/checks/Rules.java");
    }

    @Test
    void aCopyOfARuleInAnotherFileIsListedAndACommentIsNot(@TempDir Path tree) throws Exception {
        Path controller = Files.createDirectories(tree.resolve("src/main/java/workshop/controller"));
        Files.writeString(controller.resolve("UserActions.java"), "if (suspended) throw new UserSuspendedException();");
        Files.writeString(controller.resolve("UserPageController.java"), "// no new UserSuspendedException() here");
        Rules.Rule suspended = Rules.RULES.stream().filter(rule -> rule.name().contains("suspended")).findFirst().orElseThrow();

        assertThat(Rules.filesEnforcing(tree, suspended)).containsExactly("controller/UserActions");

        Files.writeString(controller.resolve("UserPageController.java"), "throw new UserSuspendedException();");
        assertThat(Rules.filesEnforcing(tree, suspended)).containsExactly("controller/UserActions", "controller/UserPageController");
    }
}
