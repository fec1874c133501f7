package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.checks.TradeOffs.Code;
import workshop.checks.TradeOffs.Library;

/** The trade-off tables in WORKSHOP.md are the ones measured from the trees and the test reports. */
class TradeOffsTest {

    private static final String BEGIN = "<!-- trade-offs:begin -->";
    private static final String END = "<!-- trade-offs:end -->";
    private static final String COMMAND = "java workshop-checks/src/main/java/workshop/checks/TradeOffs.java --checked-only";

    @Test
    void workshopMdShowsTheTablesMeasuredFromTheTrees() throws Exception {
        assertBlockShows(Workshop.markdown(), TradeOffs.checkedTables(Workshop.ROOT));
    }

    @Test
    void aChangedNumberInTheBlockIsCaught() {
        String measured = "| tree | unit tests | HTTP tests |\n| mvc-version | 41 | 483 |\n";
        assertBlockShows("Text.\n" + BEGIN + "\n" + measured + END + "\nText.\n", measured);
        String edited = measured.replace("483", "484");
        assertThatThrownBy(() -> assertBlockShows(BEGIN + "\n" + edited + END + "\n", measured))
                .hasMessageContaining(COMMAND).hasMessageContaining("484").hasMessageContaining("483");
    }

    @Test
    void aMissingBlockIsCaught() {
        assertThatThrownBy(() -> assertBlockShows("# Workshop\n", "| a |\n")).hasMessageContaining(BEGIN);
    }

    @Test
    void aReportLeftBehindByATestThatIsGoneIsNotCounted(@TempDir Path tree) throws Exception {
        Files.createDirectories(tree.resolve("src/test/java/workshop/domain"));
        Files.writeString(tree.resolve("src/test/java/workshop/domain/UserTest.java"), "class UserTest {}");

        assertThat(TradeOffs.ofATestInTheTree(tree, Path.of("TEST-workshop.domain.UserTest.xml"))).isTrue();
        assertThat(TradeOffs.ofATestInTheTree(tree, Path.of("TEST-workshop.domain.PhoneTest.xml"))).isFalse();
    }

    @Test
    void codeIsCountedWithoutComments() {
        Code code = Code.of("""
                import io.javalin.Javalin;
                // import org.jdbi.v3.core.Jdbi;

                /** A type, and a nested one. */
                class A {
                    String url = "http://example.com/*"; // a string, not a comment
                    record Nested() {}
                }
                /*
                 * { a block comment }
                 */
                interface B {}
                """);
        assertThat(code).isEqualTo(new Code(1, 6, List.of(Library.Javalin)));
    }

    private static void assertBlockShows(String markdown, String measured) {
        Workshop.assertBlockShows(markdown, "trade-offs", measured, COMMAND);
    }
}
