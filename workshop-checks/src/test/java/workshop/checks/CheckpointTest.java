package workshop.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start of step 1, made from a copy of mvc-version by its steps' patches: both typed bodies empty, and it all compiles. */
class CheckpointTest {

    @TempDir
    static Path copy;
    private static List<String> said;
    private static List<String> compileErrors;

    @BeforeAll
    static void takeACopyToTheStartOfStep1() throws IOException {
        JavaSources.copy(Checkpoint.TREE, copy);
        Stages.copy(Workshop.ROOT.resolve("refactor"), copy.resolve("refactor"));
        said = Checkpoint.goTo(copy, 1);
        compileErrors = JavaSources.compile(copy.resolve(Checkpoint.TREE), classes(), false);
    }

    @Test
    void takesBackTheTypedStepsLastFirst() {
        assertThat(said).containsExactly("took back refactor/2-a-suspended-user-cannot-be-edited.patch",
                "took back refactor/1-the-body-of-suspend-and-activate.patch");
    }

    @Test
    void leavesEachTypedBodyEmpty() throws IOException {
        String actions = Files.readString(copy.resolve(Checkpoint.TREE + "/src/main/java/workshop/controller/UserActions.java"));
        for (String method : List.of("changeStatus", "update")) {
            assertThat(Snippets.expected(actions, method + "{}")).as(method)
                    .matches("throw new UnsupportedOperationException\\(\"to do in step [12]\"\\);");
        }
    }

    @Test
    void compilesWithItsTests() {
        assertThat(compileErrors).as("compile errors in the start of step 1").isEmpty();
    }

    @Test
    void answersAStepStillToDoAsAnUnexpectedFailure() throws Exception {
        assertThat(compileErrors).isEmpty();
        // The starting point's classes and schema, over the libraries of this test run.
        try (var app = LoadedApp.start(classes(), copy.resolve(Checkpoint.TREE + "/src/main/resources"))) {
            String json = "application/json";
            assertThat(app.send("POST", "/users", json, "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}")
                    .statusCode()).isEqualTo(201);

            HttpResponse<String> suspend = app.send("POST", "/users/1/suspend", json, "");
            assertThat(suspend.statusCode()).isEqualTo(500);
            assertThat(suspend.body()).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Internal Server Error\","
                    + "\"status\":500,\"detail\":\"an unexpected error occurred\",\"code\":\"internal_error\"}");
        }
    }

    private static Path classes() {
        return copy.resolve("classes");
    }
}
